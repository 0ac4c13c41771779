#include "desktop/core/calendar/SeriesWriter.h"

#include "desktop/core/calendar/ConflictWarnings.h"
#include "desktop/storage/StoreTransaction.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/storage/calendar/CalendarQueries.h"
#include "desktop/storage/calendar/SeriesQueries.h"
#include "desktop/sync/LocalChanges.h"
#include "shared/codec/TextFormats.h"
#include "shared/scheduling/SeriesEdits.h"
#include "shared/scheduling/SeriesWire.h"

#include <algorithm>
#include <set>

namespace fitflow::desktop {

namespace {

const std::string kSeries = "series";
const std::string kSeriesException = "series_exception";
const std::string kSession = "session";
// The id splitSeries gives the tail before the store assigns the real one.
const std::string kNewSeriesId = "new-series";

std::string utcText(scheduling::Instant instant)
{
    return formatUtcInstant(std::chrono::time_point_cast<std::chrono::milliseconds>(instant));
}

// The series' own fields; `who` adds the client and location a draft chose. Its exceptions are
// records of their own (writeExceptions), so the old `exdates` list is emptied: what it held
// becomes records.
nlohmann::json seriesFields(const scheduling::SessionSeries& series, const SessionDraft* who)
{
    const scheduling::SeriesWireFields wire = scheduling::seriesToWire(series);
    nlohmann::json fields{{"rrule", wire.rrule},
                          {"first_starts_at", utcText(wire.firstStart)},
                          {"first_ends_at", utcText(wire.firstEnd)},
                          {"exdates", nullptr}};
    if (who != nullptr) {
        fields["client_id"] = who->clientId.toStdString();
        fields["location_id"] = who->locationId.toStdString();
    }
    return fields;
}

fitflow::Status prefixed(fitflow::Status status, const std::string& path)
{
    return status ? status : fitflow::Status(withPathPrefix(status.error(), path));
}

fitflow::Result<std::string> signedInTrainer(const QSqlDatabase& db)
{
    auto account = SyncStateRepository(db).account();
    if (!account) {
        return account.error();
    }
    if (!*account || (*account)->userId.empty()) {
        return makeError("missing_field", "sign in once so the series has a trainer", "trainer_id");
    }
    return (*account)->userId;
}

scheduling::TimeInterval draftTime(const SessionDraft& draft)
{
    return {toSysSeconds(draft.start), toSysSeconds(draft.end)};
}

fitflow::Status checkDraftTime(const SessionDraft& draft)
{
    if (!draft.start.isValid() || !draft.end.isValid() || draft.end <= draft.start) {
        return makeError("invalid_interval", "a session must end after it starts");
    }
    return {};
}

// The package field a draft writes on its sessions, if it names one (see SessionDraft).
void addPackage(nlohmann::json& fields, const SessionDraft& who)
{
    if (who.packageChosen || !who.packageId.isEmpty()) {
        fields["package_id"] = who.packageId.isEmpty()
                                   ? nlohmann::json(nullptr)
                                   : nlohmann::json(who.packageId.toStdString());
    }
}

// Runs `work` (one user action: several LocalChanges writes) as ONE store transaction: every
// row and outbox entry it wrote is kept, or none when any step fails.
template <typename Work>
auto asOneTransaction(const QSqlDatabase& db, Work&& work) -> decltype(work())
{
    auto transaction = StoreTransaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    auto result = work();
    if (!result) {
        return result; // the transaction rolls back
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return result;
}

} // namespace

struct SeriesWriter::Loaded {
    BookedSession session;
    StoredSeries stored;
    scheduling::SessionSeries series;
    scheduling::LocalDateTime original; // the occurrence's start, wall clock
    std::vector<scheduling::SeriesMember> members;
};

SeriesWriter::SeriesWriter(QSqlDatabase db, scheduling::Instant now)
    : m_db(std::move(db))
    , m_now(now)
{
}

fitflow::Result<SeriesWriter::Loaded> SeriesWriter::load(const QString& sessionId) const
{
    auto session = CalendarQueries(m_db).session(sessionId);
    if (!session) {
        return session.error();
    }
    if (!*session) {
        return makeError("not_found", "no session with id " + sessionId.toStdString());
    }
    if ((*session)->seriesId.isEmpty()) {
        return makeError("not_in_series", "the session is not part of a recurring series");
    }
    const SeriesQueries queries(m_db);
    auto stored = queries.series((*session)->seriesId);
    auto members = queries.members((*session)->seriesId);
    if (!stored || !members) {
        return !stored ? stored.error() : members.error();
    }
    if (!*stored) {
        return makeError("not_in_series", "the session's series was deleted");
    }
    auto series = scheduling::seriesFromWire((*stored)->fields, (*stored)->timeZone);
    if (!series) {
        return series.error();
    }
    const auto clock = scheduling::ZoneClock::forZone((*stored)->timeZone).value();
    const auto original = clock.toLocal(toSysSeconds((*session)->start));
    return Loaded{std::move(**session), std::move(**stored), std::move(*series), original,
                  std::move(*members)};
}

fitflow::Status SeriesWriter::writeSeries(const std::string& id,
                                          const scheduling::SessionSeries& series,
                                          const SessionDraft* who)
{
    if (auto written = LocalChanges(m_db).update(kSeries, id, seriesFields(series, who));
        !written) {
        return prefixed(written, "series");
    }
    return writeExceptions(id, series);
}

// Only the records that differ are written: a record this device never saw (another device's
// exclusion) is never deleted here, so concurrent exclusions all survive.
fitflow::Status SeriesWriter::writeExceptions(const std::string& seriesId,
                                              const scheduling::SessionSeries& series)
{
    const std::set<scheduling::Instant> wanted = scheduling::seriesToWire(series).exceptionDates;
    auto records = SeriesQueries(m_db).exceptionRecords(QString::fromStdString(seriesId));
    if (!records) {
        return records.error();
    }
    LocalChanges changes(m_db);
    std::set<scheduling::Instant> present;
    for (const SeriesExceptionRecord& record : *records) {
        if (wanted.contains(record.originalStart)) {
            present.insert(record.originalStart);
        } else if (auto removed = changes.remove(kSeriesException, record.id); !removed) {
            return prefixed(removed, "exceptions");
        }
    }
    for (const scheduling::Instant date : wanted) {
        if (present.contains(date)) {
            continue;
        }
        auto added = changes.add(kSeriesException, series.orgId,
                                 {{"series_id", seriesId}, {"original_starts_at", utcText(date)}});
        if (!added) {
            return withPathPrefix(added.error(), "exceptions");
        }
    }
    return {};
}

fitflow::Result<std::string> SeriesWriter::addSeries(const scheduling::SessionSeries& series,
                                                     const SessionDraft& who)
{
    nlohmann::json fields = seriesFields(series, &who);
    fields["trainer_id"] = series.trainerId;
    auto added = LocalChanges(m_db).add(kSeries, who.orgId.toStdString(), std::move(fields));
    if (!added) {
        return withPathPrefix(added.error(), "series");
    }
    scheduling::SessionSeries named = series;
    named.orgId = who.orgId.toStdString();
    if (auto excluded = writeExceptions(*added, named); !excluded) {
        return excluded.error();
    }
    return added;
}

fitflow::Status SeriesWriter::applyPlan(const scheduling::OccurrencePlan& plan,
                                        const std::string& seriesId, const SessionDraft& who)
{
    LocalChanges changes(m_db);
    const auto where = [&](nlohmann::json fields) {
        fields["client_id"] = who.clientId.toStdString();
        fields["location_id"] = who.locationId.toStdString();
        fields["series_id"] = seriesId;
        addPackage(fields, who);
        return fields;
    };
    for (const auto& [sessionId, time] : plan.retime) {
        if (auto moved = changes.update(
                kSession, sessionId,
                where({{"starts_at", utcText(time.start)}, {"ends_at", utcText(time.end)}}));
            !moved) {
            return withPathPrefix(moved.error(), "sessions." + sessionId);
        }
    }
    for (const std::string& sessionId : plan.remove) {
        if (auto removed = changes.remove(kSession, sessionId); !removed) {
            return withPathPrefix(removed.error(), "sessions." + sessionId);
        }
    }
    for (const scheduling::TimeInterval& time : plan.create) {
        auto added = changes.add(
            kSession, who.orgId.toStdString(),
            where({{"starts_at", utcText(time.start)}, {"ends_at", utcText(time.end)}}));
        if (!added) {
            return withPathPrefix(added.error(), "sessions.new");
        }
    }
    return {};
}

fitflow::Result<int> SeriesWriter::create(const SessionDraft& draft, const std::string& rrule)
{
    return asOneTransaction(m_db, [&] { return createSeries(draft, rrule); });
}

fitflow::Status SeriesWriter::edit(const SessionDraft& draft, SeriesScope scope)
{
    return asOneTransaction(m_db, [&] { return editOccurrence(draft, scope); });
}

fitflow::Status SeriesWriter::remove(const QString& sessionId, SeriesScope scope)
{
    return asOneTransaction(m_db, [&] { return removeOccurrence(sessionId, scope); });
}

fitflow::Result<int> SeriesWriter::createSeries(const SessionDraft& draft, const std::string& rrule)
{
    if (auto valid = checkDraftTime(draft); !valid) {
        return valid.error();
    }
    auto trainer = signedInTrainer(m_db);
    if (!trainer) {
        return trainer.error();
    }
    scheduling::SeriesWireFields wire;
    wire.id = kNewSeriesId;
    wire.orgId = draft.orgId.toStdString();
    wire.trainerId = *trainer;
    wire.locationId = draft.locationId.toStdString();
    wire.rrule = rrule;
    wire.firstStart = toSysSeconds(draft.start);
    wire.firstEnd = toSysSeconds(draft.end);
    auto series = scheduling::seriesFromWire(wire, draft.timeZone.toStdString());
    if (!series) {
        return series.error();
    }
    auto plan = scheduling::planOccurrences(*series, {}, wire.firstStart);
    if (!plan) {
        return plan.error();
    }
    auto id = addSeries(*series, draft);
    if (!id) {
        return id.error();
    }
    if (auto written = applyPlan(*plan, *id, draft); !written) {
        return written.error();
    }
    return static_cast<int>(plan->create.size());
}

fitflow::Status SeriesWriter::skipOccurrence(const Loaded& loaded)
{
    // One record per excluded occurrence: another device's exclusion of another date is a
    // record of its own, so neither overwrites the other.
    const scheduling::Instant original = toSysSeconds(loaded.session.start);
    if (loaded.stored.fields.exceptionDates.contains(original)) {
        return {};
    }
    if (loaded.stored.fields.exceptionDates.size() >= scheduling::kMaxExceptionDates) {
        return makeError("too_many_exceptions",
                         "this series has too many single changes: change all or split it",
                         "exceptions");
    }
    auto added = LocalChanges(m_db).add(
        kSeriesException, loaded.stored.fields.orgId,
        {{"series_id", loaded.stored.fields.id}, {"original_starts_at", utcText(original)}});
    return added ? fitflow::Status{} : fitflow::Status(withPathPrefix(added.error(), "exceptions"));
}

fitflow::Status SeriesWriter::editOccurrence(const SessionDraft& draft, SeriesScope scope)
{
    if (auto valid = checkDraftTime(draft); !valid) {
        return valid;
    }
    auto loaded = load(draft.id);
    if (!loaded) {
        return loaded.error();
    }
    const auto clock = scheduling::ZoneClock::forZone(loaded->stored.timeZone).value();
    const auto editedStart = clock.toLocal(toSysSeconds(draft.start));
    const auto length = std::chrono::duration_cast<std::chrono::minutes>(draftTime(draft).length());

    if (scope == SeriesScope::ThisOne) {
        // The session leaves the series (a plain session now) and the rule skips its date.
        if (auto skipped = skipOccurrence(*loaded); !skipped) {
            return skipped;
        }
        nlohmann::json fields{{"starts_at", utcText(draftTime(draft).start)},
                              {"ends_at", utcText(draftTime(draft).end)},
                              {"client_id", draft.clientId.toStdString()},
                              {"location_id", draft.locationId.toStdString()},
                              {"series_id", nullptr}};
        addPackage(fields, draft);
        return LocalChanges(m_db).update(kSession, draft.id.toStdString(), std::move(fields));
    }

    const scheduling::Instant occurrenceStart = toSysSeconds(loaded->session.start);
    std::vector<scheduling::SeriesMember> affected = loaded->members;
    std::string targetId = loaded->stored.fields.id;
    scheduling::SessionSeries target = loaded->series;
    scheduling::Instant from = m_now;

    if (scope == SeriesScope::ThisAndFollowing) {
        auto split = scheduling::splitSeries(loaded->series, loaded->original, kNewSeriesId);
        if (!split) {
            return split.error();
        }
        target = split->tail;
        from = std::min(m_now, occurrenceStart);
        if (split->head) {
            if (auto ended = writeSeries(targetId, *split->head, nullptr); !ended) {
                return ended;
            }
            std::erase_if(affected, [&](const scheduling::SeriesMember& member) {
                return member.time.start < occurrenceStart;
            });
            targetId.clear(); // a new series takes the tail
        }
    }
    auto changed = scheduling::rescheduleSeries(target, loaded->original, editedStart, length);
    if (!changed) {
        return changed.error();
    }
    if (targetId.empty()) {
        auto added = addSeries(*changed, draft);
        if (!added) {
            return added.error();
        }
        targetId = *added;
    } else if (auto written = writeSeries(targetId, *changed, &draft); !written) {
        return written;
    }
    auto plan = scheduling::planOccurrences(*changed, affected, from);
    if (!plan) {
        return plan.error();
    }
    // Sessions already at their new time still take the new client, place and series.
    for (const scheduling::SeriesMember& member : affected) {
        const bool planned =
            std::any_of(plan->retime.begin(), plan->retime.end(),
                        [&](const auto& entry) { return entry.first == member.sessionId; }) ||
            std::find(plan->remove.begin(), plan->remove.end(), member.sessionId) !=
                plan->remove.end();
        if (!planned && member.status == scheduling::SessionStatus::Scheduled &&
            member.time.start >= from) {
            plan->retime.emplace_back(member.sessionId, member.time);
        }
    }
    return applyPlan(*plan, targetId, draft);
}

fitflow::Status SeriesWriter::removeOccurrence(const QString& sessionId, SeriesScope scope)
{
    auto loaded = load(sessionId);
    if (!loaded) {
        return loaded.error();
    }
    LocalChanges changes(m_db);
    const scheduling::Instant occurrenceStart = toSysSeconds(loaded->session.start);
    const std::string& seriesId = loaded->stored.fields.id;

    if (scope == SeriesScope::ThisOne) {
        if (auto skipped = skipOccurrence(*loaded); !skipped) {
            return skipped;
        }
        return changes.remove(kSession, sessionId.toStdString());
    }
    scheduling::Instant from = std::min(m_now, occurrenceStart);
    bool seriesEnds = scope == SeriesScope::All;
    if (scope == SeriesScope::ThisAndFollowing) {
        auto split = scheduling::splitSeries(loaded->series, loaded->original, kNewSeriesId);
        if (!split) {
            return split.error();
        }
        if (split->head) {
            if (auto ended = writeSeries(seriesId, *split->head, nullptr); !ended) {
                return ended;
            }
        } else {
            seriesEnds = true;
        }
        from = occurrenceStart;
    }
    if (seriesEnds) {
        if (auto removed = changes.remove(kSeries, seriesId); !removed) {
            return withPathPrefix(removed.error(), "series");
        }
    }
    scheduling::OccurrencePlan plan = scheduling::planRemoval(loaded->members, from);
    // The chosen occurrence goes whatever its date: the user pointed at it.
    if (loaded->session.status == QStringLiteral("scheduled") &&
        std::find(plan.remove.begin(), plan.remove.end(), sessionId.toStdString()) ==
            plan.remove.end()) {
        plan.remove.push_back(sessionId.toStdString());
    }
    SessionDraft unchanged;
    unchanged.orgId = loaded->session.orgId;
    return applyPlan(plan, seriesId, unchanged);
}

} // namespace fitflow::desktop
