#include "desktop/ui/calendar/SessionDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace fitflow::desktop {

namespace {
constexpr int kMinLengthMinutes = 15;
constexpr int kMaxLengthMinutes = 8 * 60;
constexpr int kLengthStep = 15;
constexpr int kDefaultRepeatCount = 10;
} // namespace

SessionDialog::SessionDialog(const BookingChoices& choices, const QTimeZone& zone, QWidget* parent)
    : QDialog(parent)
    , m_choices(choices)
    , m_zone(zone)
{
    setObjectName(QStringLiteral("sessionDialog"));
    setWindowTitle(tr("Book a session"));

    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("sessionLocationCombo"));
    m_location->setAccessibleName(tr("Studio and location"));
    for (const BookableLocation& location : m_choices.locations) {
        m_location->addItem(tr("%1, %2").arg(location.orgName, location.name), location.id);
    }
    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("sessionClientCombo"));
    m_client->setAccessibleName(tr("Client"));

    // Created right after the client box: Tab goes client, package, start.
    m_package = new QComboBox(this);
    m_package->setObjectName(QStringLiteral("sessionPackageCombo"));
    m_package->setAccessibleName(tr("Package"));
    m_package->addItem(tr("No package"), QString());
    m_packageWarning = new QLabel(this);
    m_packageWarning->setObjectName(QStringLiteral("sessionPackageWarningLabel"));
    m_packageWarning->setWordWrap(true);
    m_packageWarning->hide();

    m_start = new QDateTimeEdit(this);
    m_start->setObjectName(QStringLiteral("sessionStartEdit"));
    m_start->setAccessibleName(tr("Start"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));

    m_length = new QSpinBox(this);
    m_length->setObjectName(QStringLiteral("sessionLengthSpin"));
    m_length->setAccessibleName(tr("Length in minutes"));
    m_length->setRange(kMinLengthMinutes, kMaxLengthMinutes);
    m_length->setSingleStep(kLengthStep);
    m_length->setSuffix(tr(" min"));

    m_repeat = new QComboBox(this);
    m_repeat->setObjectName(QStringLiteral("sessionRepeatCombo"));
    m_repeat->setAccessibleName(tr("Repeat"));
    m_repeat->addItem(tr("Does not repeat"), static_cast<int>(RepeatKind::None));
    m_repeat->addItem(tr("Every day"), static_cast<int>(RepeatKind::Daily));
    m_repeat->addItem(tr("Every week"), static_cast<int>(RepeatKind::Weekly));
    m_repeat->addItem(tr("Every two weeks"), static_cast<int>(RepeatKind::EveryTwoWeeks));
    m_repeatCount = new QSpinBox(this);
    m_repeatCount->setObjectName(QStringLiteral("sessionRepeatCountSpin"));
    m_repeatCount->setAccessibleName(tr("Number of sessions"));
    m_repeatCount->setRange(2, SeriesPlan::kMaxSessions);
    m_repeatCount->setValue(kDefaultRepeatCount);
    m_repeatCount->setSuffix(tr(" sessions"));
    m_repeatCount->setEnabled(false);

    m_conflicts = new QLabel(this);
    m_conflicts->setObjectName(QStringLiteral("conflictWarningLabel"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setTextFormat(Qt::PlainText);
    m_conflicts->setVisible(false);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("sessionProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("sessionSaveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("Pac&kage:"), m_package);
    form->addRow(QString(), m_packageWarning);
    form->addRow(tr("&Start (%1):").arg(QString::fromUtf8(m_zone.id())), m_start);
    form->addRow(tr("L&ength:"), m_length);
    m_repeatLabel = new QLabel(tr("&Repeat:"), this);
    m_repeatLabel->setBuddy(m_repeat);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_repeatCount);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    fillClients();
    connect(m_location, &QComboBox::currentIndexChanged, this, [this] {
        fillClients();
        refreshSaveButton();
        emit packagesWanted(m_client->currentData().toString());
        emit draftChanged();
    });
    connect(m_client, &QComboBox::currentIndexChanged, this, [this] {
        emit packagesWanted(m_client->currentData().toString());
        emit draftChanged();
    });
    connect(m_package, &QComboBox::currentIndexChanged, this,
            &SessionDialog::refreshPackageWarning);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &SessionDialog::draftChanged);
    connect(m_length, &QSpinBox::valueChanged, this, &SessionDialog::draftChanged);
    connect(m_repeat, &QComboBox::currentIndexChanged, this, [this] {
        m_repeatCount->setEnabled(repeat() != RepeatKind::None);
        emit draftChanged();
    });
    connect(m_repeatCount, &QSpinBox::valueChanged, this, &SessionDialog::draftChanged);
    refreshSaveButton();
}

const BookableLocation* SessionDialog::currentLocation() const
{
    const QString id = m_location->currentData().toString();
    for (const BookableLocation& location : m_choices.locations) {
        if (location.id == id) {
            return &location;
        }
    }
    return nullptr;
}

// Only the clients of the chosen location's organization can be booked there.
void SessionDialog::fillClients()
{
    const QString previous = m_client->currentData().toString();
    const BookableLocation* location = currentLocation();
    QSignalBlocker blocker(m_client);
    m_client->clear();
    for (const BookableClient& client : m_choices.clients) {
        if (location && client.orgId == location->orgId) {
            m_client->addItem(client.name, client.id);
        }
    }
    const int again = m_client->findData(previous);
    m_client->setCurrentIndex(again >= 0 ? again : 0);
}

void SessionDialog::startNew(const QDateTime& start, std::chrono::minutes length,
                             const QString& locationId)
{
    m_sessionId.clear();
    setWindowTitle(tr("Book a session"));
    if (const int index = m_location->findData(locationId); !locationId.isEmpty() && index >= 0) {
        m_location->setCurrentIndex(index); // refills the clients of its organization
    }
    const QDateTime local = start.toTimeZone(m_zone);
    m_start->setDateTime(QDateTime(local.date(), local.time()));
    m_length->setValue(static_cast<int>(length.count()));
    m_repeatLabel->setVisible(true);
    m_repeat->setVisible(true);
    m_repeatCount->setVisible(true);
    refreshSaveButton();
}

void SessionDialog::startEdit(const BookedSession& session)
{
    m_sessionId = session.id;
    setWindowTitle(tr("Change session"));
    m_location->setCurrentIndex(std::max(0, m_location->findData(session.locationId)));
    fillClients();
    m_client->setCurrentIndex(std::max(0, m_client->findData(session.clientId)));
    const QDateTime local = session.start.toTimeZone(m_zone);
    m_start->setDateTime(QDateTime(local.date(), local.time()));
    m_length->setValue(static_cast<int>(session.start.secsTo(session.end) / 60));
    // The package box fills when the client's packages arrive; the session's own is chosen then.
    m_sessionPackage = SessionPackage{session.clientId, session.packageId};
    m_package->setCurrentIndex(0);
    m_repeat->setCurrentIndex(0);
    m_repeatLabel->setVisible(false);
    m_repeat->setVisible(false);
    m_repeatCount->setVisible(false);
    refreshSaveButton();
}

void SessionDialog::setPackageChoices(const QString& clientId,
                                      const std::vector<PackageChoice>& choices)
{
    if (clientId != m_client->currentData().toString()) {
        return;
    }
    QString previous = m_package->currentData().toString();
    // The first answer for the edited session's client selects the session's package.
    const bool firstForSession = m_sessionPackage && m_sessionPackage->clientId == clientId;
    if (firstForSession) {
        previous = m_sessionPackage->packageId;
    }
    m_sessionPackage.reset();
    m_packageChoices = choices;
    {
        QSignalBlocker blocker(m_package);
        while (m_package->count() > 1) {
            m_package->removeItem(1);
        }
        for (const PackageChoice& choice : choices) {
            m_package->addItem(choice.label, choice.id);
        }
        // An expired package is no longer offered, but the session keeps it unless the user
        // picks another one or "No package".
        if (firstForSession && !previous.isEmpty() && m_package->findData(previous) < 0) {
            m_package->addItem(tr("Current package (expired)"), previous);
        }
        m_package->setCurrentIndex(std::max(0, m_package->findData(previous)));
    }
    refreshPackageWarning();
}

void SessionDialog::refreshPackageWarning()
{
    const QString id = m_package->currentData().toString();
    QString warning;
    for (const PackageChoice& choice : m_packageChoices) {
        if (choice.id == id) {
            warning = PackageBooking::warning(choice);
        }
    }
    m_packageWarning->setText(warning);
    m_packageWarning->setVisible(!warning.isEmpty());
}

SessionDraft SessionDialog::draft() const
{
    SessionDraft draft;
    draft.id = m_sessionId;
    if (const BookableLocation* location = currentLocation()) {
        draft.orgId = location->orgId;
        draft.locationId = location->id;
        draft.timeZone = location->timeZone;
    }
    draft.clientId = m_client->currentData().toString();
    draft.packageId = m_package->currentData().toString();
    draft.packageChosen = true; // "No package" clears the session's
    // The edit shows wall-clock time in the calendar's zone.
    const QDateTime wall = m_start->dateTime();
    draft.start = QDateTime(wall.date(), wall.time(), m_zone).toUTC();
    draft.end = draft.start.addSecs(static_cast<qint64>(m_length->value()) * 60);
    return draft;
}

RepeatKind SessionDialog::repeat() const
{
    return static_cast<RepeatKind>(m_repeat->currentData().toInt());
}

int SessionDialog::repeatCount() const
{
    return m_repeatCount->value();
}

std::chrono::minutes SessionDialog::length() const
{
    return std::chrono::minutes{m_length->value()};
}

void SessionDialog::showConflicts(const QStringList& warnings)
{
    const bool acceptNow = m_acceptWhenChecked && warnings.isEmpty();
    m_checkingConflicts = false;
    m_acceptWhenChecked = false;
    m_hasConflicts = !warnings.isEmpty();
    m_conflicts->setText(m_hasConflicts ? tr("Conflicts:\n%1").arg(warnings.join(QLatin1Char('\n')))
                                        : QString());
    m_conflicts->setVisible(m_hasConflicts);
    refreshSaveButton();
    if (acceptNow) {
        QDialog::accept();
    }
}

void SessionDialog::setCheckingConflicts(bool checking)
{
    m_checkingConflicts = checking;
    if (!checking) {
        m_acceptWhenChecked = false; // the check failed: the problem is shown, nothing is saved
    }
}

void SessionDialog::accept()
{
    if (m_checkingConflicts) {
        m_acceptWhenChecked = true;
        return;
    }
    QDialog::accept();
}

void SessionDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void SessionDialog::refreshSaveButton()
{
    QPushButton* save = m_buttons->button(QDialogButtonBox::Ok);
    if (m_hasConflicts) {
        save->setText(isNewBooking() ? tr("Book anyway") : tr("Save anyway"));
    } else {
        save->setText(isNewBooking() ? tr("Book") : tr("Save"));
    }
    save->setEnabled(m_client->count() > 0 && m_location->count() > 0);
}

} // namespace fitflow::desktop
