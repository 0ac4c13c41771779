#include "desktop/ui/notes/NoteConflictDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fitflow::desktop {

namespace {

QPlainTextEdit* readOnlyText(const QString& objectName, const QString& accessibleName,
                             const QString& text, QWidget* parent)
{
    auto* view = new QPlainTextEdit(text, parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setReadOnly(true);
    return view;
}

} // namespace

NoteConflictDialog::NoteConflictDialog(const QString& currentText, const QString& otherText,
                                       QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("noteConflictDialog"));
    setWindowTitle(tr("Resolve conflicting versions"));
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(
        tr("This note was changed in two places at once. Keep one version, or combine them below "
           "and save."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto* sides = new QGridLayout;
    sides->addWidget(new QLabel(tr("Version A (newest)"), this), 0, 0);
    sides->addWidget(new QLabel(tr("Version B"), this), 0, 1);
    sides->addWidget(
        readOnlyText(QStringLiteral("conflictLeftText"), tr("Version A"), currentText, this), 1, 0);
    sides->addWidget(
        readOnlyText(QStringLiteral("conflictRightText"), tr("Version B"), otherText, this), 1, 1);
    auto* keepLeft = new QPushButton(tr("Use version &A"), this);
    keepLeft->setObjectName(QStringLiteral("conflictKeepLeftButton"));
    auto* keepRight = new QPushButton(tr("Use version &B"), this);
    keepRight->setObjectName(QStringLiteral("conflictKeepRightButton"));
    sides->addWidget(keepLeft, 2, 0);
    sides->addWidget(keepRight, 2, 1);
    layout->addLayout(sides, 1);

    layout->addWidget(new QLabel(tr("Text to keep:"), this));
    m_merged = new QPlainTextEdit(currentText, this);
    m_merged->setObjectName(QStringLiteral("conflictMergedText"));
    m_merged->setAccessibleName(tr("Text to keep"));
    // Tab moves on to Save (keyboard users); a tab character has no place in a note.
    m_merged->setTabChangesFocus(true);
    layout->addWidget(m_merged, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("conflictSaveButton"));
    layout->addWidget(buttons);
    connect(keepLeft, &QPushButton::clicked, this,
            [this, currentText] { m_merged->setPlainText(currentText); });
    connect(keepRight, &QPushButton::clicked, this,
            [this, otherText] { m_merged->setPlainText(otherText); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(820, 560);
}

QString NoteConflictDialog::resolvedText() const
{
    return m_merged->toPlainText();
}

} // namespace fitflow::desktop
