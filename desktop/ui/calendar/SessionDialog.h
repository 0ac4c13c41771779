#pragma once
// Books or changes a session: client, location (studio), start (in the calendar's zone), length
// and, for a new booking, an optional repeat (booked as individual sessions). The page checks
// every change for conflicts and shows them here BEFORE the user saves; saving stays allowed,
// with the button saying so.

#include "desktop/core/calendar/CalendarService.h"
#include "desktop/core/calendar/SeriesPlan.h"
#include "desktop/core/calendar/SessionDraft.h"
#include "desktop/core/clients/PackageBooking.h"

#include <QDialog>

#include <QTimeZone>

#include <chrono>
#include <optional>
#include <vector>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace fitflow::desktop {

class SessionDialog : public QDialog {
    Q_OBJECT

public:
    SessionDialog(const BookingChoices& choices, const QTimeZone& zone, QWidget* parent = nullptr);

    // A new booking starting at `start` (UTC) lasting `length`, at `locationId` when given
    // (else the first location).
    void startNew(const QDateTime& start, std::chrono::minutes length,
                  const QString& locationId = {});
    // Changing an existing session: the repeat choice is hidden.
    void startEdit(const BookedSession& session);

    SessionDraft draft() const;
    RepeatKind repeat() const;
    int repeatCount() const;
    std::chrono::minutes length() const;
    bool isNewBooking() const { return m_sessionId.isEmpty(); }

    // Replaces the conflict list (empty hides it).
    void showConflicts(const QStringList& warnings);
    // While the conflict check of the current draft has not answered, Save waits for it: a quick
    // Enter must not book past a conflict the user has not been shown. With no conflict the save
    // then goes ahead; with one, the dialog stays open showing it ("Book anyway").
    void setCheckingConflicts(bool checking);
    void accept() override;
    void showProblem(const QString& text);
    // The chosen client's packages (answer to packagesWanted()); ignored when the client has
    // changed meanwhile. "No package" stays the first entry; the first answer after startEdit()
    // selects the session's package (kept as an entry of its own when it has expired).
    void setPackageChoices(const QString& clientId, const std::vector<PackageChoice>& choices);

signals:
    // Any field changed: the page re-checks conflicts.
    void draftChanged();
    // The chosen client changed: the flow answers with setPackageChoices().
    void packagesWanted(const QString& clientId);

private:
    void fillClients();
    void refreshSaveButton();
    void refreshPackageWarning();
    const BookableLocation* currentLocation() const;

    // The package of the session being edited, selected once its client's packages arrive.
    struct SessionPackage {
        QString clientId;
        QString packageId;
    };

    BookingChoices m_choices;
    QTimeZone m_zone;
    QString m_sessionId;
    bool m_hasConflicts = false;
    bool m_checkingConflicts = false;
    bool m_acceptWhenChecked = false;
    QComboBox* m_location = nullptr;
    QComboBox* m_client = nullptr;
    QComboBox* m_package = nullptr;
    QLabel* m_packageWarning = nullptr;
    std::vector<PackageChoice> m_packageChoices;
    std::optional<SessionPackage> m_sessionPackage;
    QDateTimeEdit* m_start = nullptr;
    QSpinBox* m_length = nullptr;
    QComboBox* m_repeat = nullptr;
    QSpinBox* m_repeatCount = nullptr;
    QLabel* m_repeatLabel = nullptr;
    QLabel* m_conflicts = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace fitflow::desktop
