#pragma once
// One booking or change at a time: loads what can be booked, opens the session dialog, checks
// every change of the draft for conflicts (all studios, travel buffer) and shows them before
// the user saves, then writes through the calendar service. Also confirms drag reschedules that
// conflict before writing them. A repeating booking becomes a synced series; a change or deletion
// of one of its occurrences first asks "this one / this and following / all".

#include "desktop/core/calendar/CalendarPreferences.h"
#include "desktop/core/calendar/CalendarService.h"
#include "desktop/ui/calendar/SessionDialog.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

class QWidget;

namespace fitflow::desktop {

class BookingFlow : public QObject {
    Q_OBJECT

public:
    BookingFlow(CalendarService& service, QWidget* dialogParent);

    void setPreferences(const CalendarPreferences& preferences) { m_preferences = preferences; }
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }

    // Opens the dialog for a new session at `start` (UTC), at `locationId` when given.
    void bookAt(const QDateTime& start, const QString& locationId = {});
    // Opens the dialog for changing `session`.
    void edit(const BookedSession& session);
    // Moves or resizes `session` to the new times; conflicts are confirmed first. For an
    // occurrence of a series, asks which occurrences move.
    void reschedule(const BookedSession& session, const QDateTime& start, const QDateTime& end);
    // Deletes `session` after asking (which occurrences, for a series).
    void remove(const BookedSession& session);

    SessionDialog* dialog() const { return m_dialog; }

signals:
    // A write finished; `message` is shown to the user.
    void saved(const QString& message);
    void failed(const QString& message);

private:
    void openDialog(const std::function<void(SessionDialog&)>& prepare);
    void checkDialogConflicts();
    void loadPackages(const QString& clientId);
    // The drafts the dialog describes: one, or one per occurrence of a repeat.
    fitflow::Result<std::vector<SessionDraft>> dialogDrafts() const;
    void saveDialog();
    // Writes a change of `draft.id`: directly, or after asking the scope when `seriesId` is set.
    void writeChange(const SessionDraft& draft, const QString& seriesId, const QString& done);
    QStringList describe(const std::vector<ConflictWarning>& warnings) const;

    CalendarService& m_service;
    QWidget* m_dialogParent;
    CalendarPreferences m_preferences;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QPointer<SessionDialog> m_dialog;
    QString m_editedSeriesId; // series of the session the dialog changes; empty if none
    int m_checkGeneration = 0;
};

} // namespace fitflow::desktop
