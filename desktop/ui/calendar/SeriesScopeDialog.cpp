#include "desktop/ui/calendar/SeriesScopeDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fitflow::desktop {

SeriesScopeDialog::SeriesScopeDialog(Action action, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("seriesScopeDialog"));
    const bool deleting = action == Action::Delete;
    setWindowTitle(deleting ? tr("Delete a recurring session") : tr("Change a recurring session"));

    auto* question = new QLabel(deleting ? tr("This session repeats. Which sessions do you want "
                                              "to delete?")
                                         : tr("This session repeats. Which sessions do you want "
                                              "to change?"),
                                this);
    question->setWordWrap(true);
    auto* history =
        new QLabel(tr("Sessions in the past and completed ones are never changed."), this);
    history->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(Qt::Vertical, this);
    const auto addChoice = [&](const QString& text, const char* objectName, SeriesScope scope) {
        QPushButton* button = buttons->addButton(text, QDialogButtonBox::AcceptRole);
        button->setObjectName(QLatin1String(objectName));
        button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        connect(button, &QPushButton::clicked, this, [this, scope] {
            emit scopeChosen(scope);
            accept();
        });
        return button;
    };
    QPushButton* thisOne =
        addChoice(tr("&This session only"), "scopeThisOneButton", SeriesScope::ThisOne);
    addChoice(tr("This and the &following sessions"), "scopeFollowingButton",
              SeriesScope::ThisAndFollowing);
    addChoice(tr("&All sessions of the series"), "scopeAllButton", SeriesScope::All);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("scopeCancelButton"));
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    thisOne->setDefault(true);
    thisOne->setFocus();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(history);
    layout->addWidget(buttons);
}

void SeriesScopeDialog::ask(Action action, QWidget* parent, std::function<void(SeriesScope)> chosen)
{
    auto* dialog = new SeriesScopeDialog(action, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SeriesScopeDialog::scopeChosen, dialog,
            [chosen = std::move(chosen)](SeriesScope scope) { chosen(scope); });
    dialog->open();
}

} // namespace fitflow::desktop
