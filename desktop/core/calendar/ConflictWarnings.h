#pragma once
// Conflict detection for the calendar: a draft checked against the trainer's sessions at EVERY
// studio with the shared rules (overlaps, travel buffer between different locations) and
// against the trainer's availability at its location, and the sentence each warning is shown as.

#include "desktop/core/calendar/AvailabilityCheck.h"
#include "desktop/core/calendar/SessionDraft.h"
#include "desktop/storage/calendar/BookedSession.h"
#include "shared/core/Result.h"
#include "shared/scheduling/ConflictDetector.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <chrono>
#include <optional>
#include <vector>

namespace fitflow::desktop {

struct ConflictWarning {
    scheduling::Conflict conflict;
    BookedSession existing;
    // Set when the draft lies outside the trainer's availability (then `conflict` and
    // `existing` are empty).
    std::optional<AvailabilityMiss> outsideAvailability;
};

class ConflictWarnings {
    Q_DECLARE_TR_FUNCTIONS(ConflictWarnings)

public:
    // Conflicts of `draft` with `existing` (sessions of other trainers are ignored when both
    // trainer ids are known). Errors: "invalid_interval" and those of scheduling::findConflicts.
    static fitflow::Result<std::vector<ConflictWarning>>
    find(const std::vector<BookedSession>& existing, const SessionDraft& draft,
         const QString& trainerId, std::chrono::minutes travelBuffer);

    // The warning for a draft outside the trainer's availability (`records`: the trainer's
    // availability at every location), or nullopt (AvailabilityCheck::check).
    static std::optional<ConflictWarning>
    outsideAvailability(const std::vector<StoredAvailability>& records, const SessionDraft& draft);

    // E.g. "Overlaps by 30 min with Ada Lovelace at Northside Fitness, Downtown (10:00–11:00)."
    static QString describe(const ConflictWarning& warning, const QTimeZone& shownIn,
                            std::chrono::minutes travelBuffer);
};

// QDateTime <-> the shared library's instants (whole seconds).
std::chrono::sys_seconds toSysSeconds(const QDateTime& instant);
QDateTime fromSysSeconds(std::chrono::sys_seconds instant);

// A booked row as the shared scheduling rules see it (conflicts, free slots).
scheduling::Session toSchedulingSession(const BookedSession& row);

} // namespace fitflow::desktop
