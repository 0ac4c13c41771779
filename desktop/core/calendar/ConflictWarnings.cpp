#include "desktop/core/calendar/ConflictWarnings.h"

#include <QLocale>

#include <algorithm>

namespace fitflow::desktop {

namespace {

QString placeOf(const BookedSession& row)
{
    return row.locationName.isEmpty()
               ? row.orgName
               : ConflictWarnings::tr("%1, %2").arg(row.orgName, row.locationName);
}

} // namespace

std::chrono::sys_seconds toSysSeconds(const QDateTime& instant)
{
    return std::chrono::sys_seconds{std::chrono::seconds{instant.toSecsSinceEpoch()}};
}

scheduling::Session toSchedulingSession(const BookedSession& row)
{
    scheduling::Session session;
    session.id = row.id.toStdString();
    session.orgId = row.orgId.toStdString();
    session.trainerId = row.trainerId.toStdString();
    session.locationId = row.locationId.toStdString();
    session.timeZone = row.timeZone.toStdString();
    session.time = {toSysSeconds(row.start), toSysSeconds(row.end)};
    session.status = scheduling::parseStatus(row.status.toStdString())
                         .value_or(scheduling::SessionStatus::Scheduled);
    return session;
}

QDateTime fromSysSeconds(std::chrono::sys_seconds instant)
{
    return QDateTime::fromSecsSinceEpoch(instant.time_since_epoch().count(), QTimeZone::utc());
}

fitflow::Result<std::vector<ConflictWarning>>
ConflictWarnings::find(const std::vector<BookedSession>& existing, const SessionDraft& draft,
                       const QString& trainerId, std::chrono::minutes travelBuffer)
{
    if (!draft.start.isValid() || !draft.end.isValid() || draft.end <= draft.start) {
        return makeError("invalid_interval", "a session must end after it starts");
    }
    std::vector<scheduling::Session> sessions;
    std::vector<const BookedSession*> sources;
    for (const BookedSession& row : existing) {
        const bool otherTrainer =
            !trainerId.isEmpty() && !row.trainerId.isEmpty() && row.trainerId != trainerId;
        if (!otherTrainer) {
            sessions.push_back(toSchedulingSession(row));
            sources.push_back(&row);
        }
    }
    BookedSession proposed;
    proposed.id = draft.id;
    proposed.orgId = draft.orgId;
    proposed.locationId = draft.locationId;
    proposed.timeZone = draft.timeZone;
    proposed.trainerId = trainerId;
    proposed.start = draft.start;
    proposed.end = draft.end;
    auto conflicts = scheduling::findConflicts(sessions, toSchedulingSession(proposed),
                                               {.travelBuffer = travelBuffer});
    if (!conflicts) {
        return conflicts.error();
    }
    std::vector<ConflictWarning> warnings;
    for (const scheduling::Conflict& conflict : *conflicts) {
        const auto source = std::find_if(sources.begin(), sources.end(), [&](const auto* row) {
            return row->id.toStdString() == conflict.sessionId;
        });
        warnings.push_back(
            {conflict, source == sources.end() ? BookedSession{} : **source, std::nullopt});
    }
    return warnings;
}

std::optional<ConflictWarning>
ConflictWarnings::outsideAvailability(const std::vector<StoredAvailability>& records,
                                      const SessionDraft& draft)
{
    auto miss = AvailabilityCheck::check(records, draft);
    if (!miss) {
        return std::nullopt;
    }
    ConflictWarning warning;
    warning.outsideAvailability = std::move(miss);
    return warning;
}

QString ConflictWarnings::describe(const ConflictWarning& warning, const QTimeZone& shownIn,
                                   std::chrono::minutes travelBuffer)
{
    if (warning.outsideAvailability) {
        return AvailabilityCheck::describe(*warning.outsideAvailability);
    }
    const QLocale locale;
    const BookedSession& other = warning.existing;
    const QString when = tr("%1–%2").arg(
        locale.toString(other.start.toTimeZone(shownIn), QStringLiteral("ddd HH:mm")),
        locale.toString(other.end.toTimeZone(shownIn).time(), QStringLiteral("HH:mm")));
    const auto minutes = static_cast<int>(warning.conflict.amount.count());
    if (warning.conflict.kind == scheduling::ConflictKind::Overlap) {
        return tr("Overlaps by %1 min with %2 at %3 (%4).")
            .arg(minutes)
            .arg(other.clientName, placeOf(other), when);
    }
    return tr("Only %1 min between this session and %2 at %3 (%4); travelling between "
              "locations needs %5 min.")
        .arg(minutes)
        .arg(other.clientName, placeOf(other), when)
        .arg(static_cast<int>(travelBuffer.count()));
}

} // namespace fitflow::desktop
