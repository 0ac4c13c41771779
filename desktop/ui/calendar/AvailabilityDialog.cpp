#include "desktop/ui/calendar/AvailabilityDialog.h"

#include "desktop/core/ErrorText.h"
#include "desktop/core/calendar/AvailabilityBook.h"
#include "desktop/core/calendar/AvailabilityExceptionsModel.h"
#include "desktop/core/calendar/AvailabilityRulesModel.h"
#include "desktop/core/calendar/AvailabilityService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace fitflow::desktop {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& objectName, const QString& name,
                      QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view->setTabKeyNavigation(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

// The tables' editors in the user's words: a weekday or a kind of change is chosen by name from
// a list (the models' edit values are numbers: ISO day 1-7, kind 0/1), and times are typed as
// HH:mm like they are shown, not with seconds.
class AvailabilityEditorDelegate : public QStyledItemDelegate {
public:
    using Choices = QList<QPair<QString, int>>;

    AvailabilityEditorDelegate(int choiceColumn, Choices choices, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_choiceColumn(choiceColumn)
        , m_choices(std::move(choices))
    {
    }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        if (index.column() == m_choiceColumn) {
            auto* combo = new QComboBox(parent);
            combo->setObjectName(QStringLiteral("availabilityChoiceEditor"));
            for (const auto& [text, value] : m_choices) {
                combo->addItem(text, value);
            }
            return combo;
        }
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* time = qobject_cast<QTimeEdit*>(editor)) {
            time->setDisplayFormat(QStringLiteral("HH:mm"));
        }
        return editor;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = qobject_cast<QComboBox*>(editor);
        if (combo && index.column() == m_choiceColumn) {
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override
    {
        auto* combo = qobject_cast<QComboBox*>(editor);
        if (combo && index.column() == m_choiceColumn) {
            model->setData(index, combo->currentData(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    int m_choiceColumn;
    Choices m_choices;
};

AvailabilityEditorDelegate::Choices weekdayChoices()
{
    AvailabilityEditorDelegate::Choices days;
    for (int isoDay = 1; isoDay <= 7; ++isoDay) {
        days.append({QLocale().dayName(isoDay), isoDay});
    }
    return days;
}

QPushButton* makeButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    return button;
}

} // namespace

AvailabilityDialog::AvailabilityDialog(AvailabilityService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_rules(new AvailabilityRulesModel(this))
    , m_exceptions(new AvailabilityExceptionsModel(this))
{
    setObjectName(QStringLiteral("availabilityDialog"));
    setWindowTitle(tr("Availability"));
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("availabilityLocationCombo"));
    m_location->setAccessibleName(tr("Location"));
    m_rulesView =
        makeTable(m_rules, QStringLiteral("availabilityRulesView"), tr("Weekly hours"), this);
    m_exceptionsView = makeTable(m_exceptions, QStringLiteral("availabilityExceptionsView"),
                                 tr("Exceptions"), this);
    m_rulesView->setItemDelegate(new AvailabilityEditorDelegate(AvailabilityRulesModel::DayColumn,
                                                                weekdayChoices(), m_rulesView));
    m_exceptionsView->setItemDelegate(
        new AvailabilityEditorDelegate(AvailabilityExceptionsModel::KindColumn,
                                       {{AvailabilityExceptionsModel::kindName(false), 0},
                                        {AvailabilityExceptionsModel::kindName(true), 1}},
                                       m_exceptionsView));
    auto* addSpan = makeButton(tr("&Add hours"), QStringLiteral("availabilityAddSpanButton"), this);
    auto* removeSpan =
        makeButton(tr("&Remove hours"), QStringLiteral("availabilityRemoveSpanButton"), this);
    auto* addException =
        makeButton(tr("Add &exception"), QStringLiteral("availabilityAddExceptionButton"), this);
    auto* removeException = makeButton(tr("Remo&ve exception"),
                                       QStringLiteral("availabilityRemoveExceptionButton"), this);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("availabilityProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Highlight);
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("availabilitySaveButton"));

    auto* form = new QFormLayout;
    auto* locationLabel = new QLabel(tr("&Location:"), this);
    locationLabel->setBuddy(m_location);
    form->addRow(locationLabel, m_location);
    auto* spanButtons = new QHBoxLayout;
    spanButtons->addWidget(addSpan);
    spanButtons->addWidget(removeSpan);
    spanButtons->addStretch();
    auto* exceptionButtons = new QHBoxLayout;
    exceptionButtons->addWidget(addException);
    exceptionButtons->addWidget(removeException);
    exceptionButtons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* rulesLabel = new QLabel(tr("&Weekly hours (the location's local time):"), this);
    rulesLabel->setBuddy(m_rulesView);
    layout->addWidget(rulesLabel);
    layout->addWidget(m_rulesView, 1);
    layout->addLayout(spanButtons);
    auto* exceptionsLabel = new QLabel(tr("E&xceptions (time off or extra hours):"), this);
    exceptionsLabel->setBuddy(m_exceptionsView);
    layout->addWidget(exceptionsLabel);
    layout->addWidget(m_exceptionsView, 1);
    layout->addLayout(exceptionButtons);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 520);

    connect(m_location, &QComboBox::currentIndexChanged, this, &AvailabilityDialog::showLocation);
    connect(addSpan, &QPushButton::clicked, this, [this] {
        m_rulesView->setCurrentIndex(m_rules->index(m_rules->addSpan(), 0));
        m_rulesView->setFocus();
    });
    connect(removeSpan, &QPushButton::clicked, this, [this] {
        if (m_rulesView->currentIndex().isValid()) {
            m_rules->removeRow(m_rulesView->currentIndex().row());
        }
    });
    connect(addException, &QPushButton::clicked, this, [this] {
        m_exceptionsView->setCurrentIndex(
            m_exceptions->index(m_exceptions->addDayOff(QDate::currentDate()), 0));
        m_exceptionsView->setFocus();
    });
    connect(removeException, &QPushButton::clicked, this, [this] {
        if (m_exceptionsView->currentIndex().isValid()) {
            m_exceptions->removeRow(m_exceptionsView->currentIndex().row());
        }
    });
    for (QAbstractItemModel* model : {static_cast<QAbstractItemModel*>(m_rules),
                                      static_cast<QAbstractItemModel*>(m_exceptions)}) {
        connect(model, &QAbstractItemModel::dataChanged, this, &AvailabilityDialog::refreshProblem);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                &AvailabilityDialog::refreshProblem);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &AvailabilityDialog::refreshProblem);
        connect(model, &QAbstractItemModel::modelReset, this, &AvailabilityDialog::refreshProblem);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &AvailabilityDialog::save);
    refreshProblem();
}

AvailabilityDialog::~AvailabilityDialog()
{
    m_rules->disconnect(this);
    m_exceptions->disconnect(this);
}

void AvailabilityDialog::setLocations(std::vector<BookableLocation> locations)
{
    m_locations = std::move(locations);
    m_location->clear();
    for (const BookableLocation& location : m_locations) {
        m_location->addItem(tr("%1, %2").arg(location.orgName, location.name), location.id);
    }
    showLocation();
}

const BookableLocation* AvailabilityDialog::currentLocation() const
{
    const int index = m_location->currentIndex();
    return index < 0 || index >= static_cast<int>(m_locations.size())
               ? nullptr
               : &m_locations[static_cast<std::size_t>(index)];
}

void AvailabilityDialog::showLocation()
{
    const BookableLocation* location = currentLocation();
    std::vector<scheduling::WeeklyRule> rules;
    std::vector<scheduling::AvailabilityException> exceptions;
    if (location) {
        for (const StoredAvailability& record : AvailabilityBook::instance().records()) {
            if (QString::fromStdString(record.availability.locationId) == location->id) {
                rules = record.availability.weeklyRules;
                exceptions = record.availability.exceptions;
            }
        }
    }
    m_rules->setRules(rules);
    m_exceptions->setExceptions(exceptions);
}

void AvailabilityDialog::refreshProblem()
{
    QString problem = m_rules->problem();
    if (problem.isEmpty()) {
        problem = m_exceptions->problem();
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_save->setEnabled(problem.isEmpty() && currentLocation() != nullptr);
}

void AvailabilityDialog::save()
{
    const BookableLocation* location = currentLocation();
    if (!location || !m_problem->text().isEmpty()) {
        return;
    }
    scheduling::Availability availability;
    availability.locationId = location->id.toStdString();
    availability.timeZone = location->timeZone.toStdString();
    availability.weeklyRules = m_rules->rules();
    availability.exceptions = m_exceptions->exceptions();
    m_save->setEnabled(false);
    m_service.save(location->orgId, std::move(availability), [this](fitflow::Status saved) {
        if (saved) {
            accept();
            return;
        }
        m_problem->setText(ErrorText::forError(saved.error()));
        m_problem->show();
        m_save->setEnabled(true);
    });
}

} // namespace fitflow::desktop
