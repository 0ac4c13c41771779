#include "desktop/core/calendar/CalendarService.h"

#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/calendar/SeriesWriter.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/storage/calendar/CalendarQueries.h"
#include "desktop/storage/clients/ClientExtrasQueries.h"
#include "desktop/sync/LocalChanges.h"
#include "shared/codec/TextFormats.h"
#include "shared/scheduling/SessionStateMachine.h"

#include <algorithm>

namespace fitflow::desktop {

namespace {

const QString kSessionEntity = QStringLiteral("session");

fitflow::Error storeClosed()
{
    return makeError("store_locked", "the store is locked");
}

std::string utcText(std::chrono::sys_seconds instant)
{
    return formatUtcInstant(std::chrono::time_point_cast<std::chrono::milliseconds>(instant));
}

std::string utcText(const QDateTime& instant)
{
    return utcText(toSysSeconds(instant));
}

fitflow::Result<QString> signedInTrainer(const QSqlDatabase& db)
{
    auto account = SyncStateRepository(db).account();
    if (!account) {
        return account.error();
    }
    return *account ? QString::fromStdString((*account)->userId) : QString();
}

// The stored sessions that can clash with the drafts: those within a day of any of them.
fitflow::Result<std::vector<BookedSession>> neighbours(const CalendarQueries& queries,
                                                       const std::vector<SessionDraft>& drafts)
{
    constexpr qint64 kMarginSeconds = 24 * 60 * 60;
    auto first = std::min_element(drafts.begin(), drafts.end(),
                                  [](const auto& a, const auto& b) { return a.start < b.start; });
    auto last = std::max_element(drafts.begin(), drafts.end(),
                                 [](const auto& a, const auto& b) { return a.end < b.end; });
    return queries.sessionsBetween(first->start.addSecs(-kMarginSeconds),
                                   last->end.addSecs(kMarginSeconds));
}

} // namespace

CalendarService::CalendarService(StoreSession& session, StoreEvents* events, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_events(events)
{
}

void CalendarService::announceSessionsChanged()
{
    if (m_events) {
        m_events->notifyChanged(kSessionEntity);
    }
}

void CalendarService::loadSessions(const QDateTime& from, const QDateTime& to,
                                   Reply<std::vector<BookedSession>> reply)
{
    using Answer = fitflow::Result<std::vector<BookedSession>>;
    m_session.runOnStore<Answer>(
        this,
        [from, to](LocalStore* store) -> Answer {
            if (!store) {
                return storeClosed();
            }
            return CalendarQueries(store->database()).sessionsBetween(from, to);
        },
        std::move(reply));
}

void CalendarService::loadAllSessions(Reply<std::vector<BookedSession>> reply)
{
    using Answer = fitflow::Result<std::vector<BookedSession>>;
    m_session.runOnStore<Answer>(
        this,
        [](LocalStore* store) -> Answer {
            if (!store) {
                return storeClosed();
            }
            return CalendarQueries(store->database()).allSessions();
        },
        std::move(reply));
}

void CalendarService::loadPackageChoices(const QString& clientId, std::chrono::minutes lateWindow,
                                         Reply<std::vector<PackageChoice>> reply)
{
    using Answer = fitflow::Result<std::vector<PackageChoice>>;
    m_session.runOnStore<Answer>(
        this,
        [clientId, lateWindow, at = now()](LocalStore* store) -> Answer {
            if (!store) {
                return storeClosed();
            }
            auto packages = ClientExtrasQueries(store->database()).packages(clientId);
            if (!packages) {
                return packages.error();
            }
            const auto today =
                std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(at));
            return PackageBooking::choices(*packages, lateWindow, today);
        },
        std::move(reply));
}

void CalendarService::loadBookingChoices(Reply<BookingChoices> reply)
{
    using Answer = fitflow::Result<BookingChoices>;
    m_session.runOnStore<Answer>(
        this,
        [](LocalStore* store) -> Answer {
            if (!store) {
                return storeClosed();
            }
            const CalendarQueries queries(store->database());
            auto clients = queries.clients();
            auto locations = queries.locations();
            auto trainer = signedInTrainer(store->database());
            if (!clients || !locations || !trainer) {
                return !clients     ? clients.error()
                       : !locations ? locations.error()
                                    : trainer.error();
            }
            return BookingChoices{std::move(*clients), std::move(*locations), *trainer};
        },
        std::move(reply));
}

void CalendarService::findConflicts(std::vector<SessionDraft> drafts,
                                    std::chrono::minutes travelBuffer,
                                    Reply<std::vector<ConflictWarning>> reply)
{
    using Answer = fitflow::Result<std::vector<ConflictWarning>>;
    m_session.runOnStore<Answer>(
        this,
        [drafts = std::move(drafts), travelBuffer](LocalStore* store) -> Answer {
            if (!store) {
                return storeClosed();
            }
            if (drafts.empty()) {
                return std::vector<ConflictWarning>();
            }
            auto trainer = signedInTrainer(store->database());
            auto existing = neighbours(CalendarQueries(store->database()), drafts);
            if (!trainer || !existing) {
                return !trainer ? trainer.error() : existing.error();
            }
            auto availability = AvailabilityQueries(store->database()).ofTrainer(*trainer);
            if (!availability) {
                return availability.error();
            }
            std::vector<ConflictWarning> all;
            for (const SessionDraft& draft : drafts) {
                auto found = ConflictWarnings::find(*existing, draft, *trainer, travelBuffer);
                if (!found) {
                    return found.error();
                }
                all.insert(all.end(), found->begin(), found->end());
                if (auto outside = ConflictWarnings::outsideAvailability(*availability, draft)) {
                    all.push_back(std::move(*outside));
                }
            }
            return all;
        },
        std::move(reply));
}

void CalendarService::createSessions(SessionDraft draft,
                                     std::vector<scheduling::TimeInterval> times, Reply<int> reply)
{
    using Answer = fitflow::Result<int>;
    m_session.runOnStore<Answer>(
        this,
        [draft = std::move(draft), times = std::move(times)](LocalStore* store) -> Answer {
            if (!store) {
                return storeClosed();
            }
            LocalChanges changes(store->database());
            int booked = 0;
            for (const scheduling::TimeInterval& time : times) {
                nlohmann::json fields{{"client_id", draft.clientId.toStdString()},
                                      {"location_id", draft.locationId.toStdString()},
                                      {"starts_at", utcText(time.start)},
                                      {"ends_at", utcText(time.end)}};
                if (!draft.packageId.isEmpty()) {
                    fields["package_id"] = draft.packageId.toStdString();
                }
                auto added = changes.add(kSessionEntity.toStdString(), draft.orgId.toStdString(),
                                         std::move(fields));
                if (!added) {
                    return withPathPrefix(added.error(),
                                          "sessions[" + std::to_string(booked) + "]");
                }
                ++booked;
            }
            return booked;
        },
        [this, reply = std::move(reply)](Answer answer) {
            // Even a failure part-way through a series may have booked the first sessions.
            announceSessionsChanged();
            reply(std::move(answer));
        });
}

void CalendarService::createSeries(SessionDraft draft, QString rrule, Reply<int> reply)
{
    using Answer = fitflow::Result<int>;
    m_session.runOnStore<Answer>(
        this,
        [draft = std::move(draft), rrule = std::move(rrule),
         at = now()](LocalStore* store) -> Answer {
            if (!store) {
                return storeClosed();
            }
            return SeriesWriter(store->database(), at).create(draft, rrule.toStdString());
        },
        [this, reply = std::move(reply)](Answer answer) {
            announceSessionsChanged(); // a failure part-way may have booked some
            reply(std::move(answer));
        });
}

void CalendarService::editInSeries(SessionDraft draft, SeriesScope scope, StatusReply reply)
{
    m_session.runOnStore<fitflow::Status>(
        this,
        [draft = std::move(draft), scope, at = now()](LocalStore* store) -> fitflow::Status {
            if (!store) {
                return storeClosed();
            }
            return SeriesWriter(store->database(), at).edit(draft, scope);
        },
        [this, reply = std::move(reply)](fitflow::Status status) {
            announceSessionsChanged();
            reply(std::move(status));
        });
}

void CalendarService::removeSession(QString sessionId, std::optional<SeriesScope> scope,
                                    StatusReply reply)
{
    m_session.runOnStore<fitflow::Status>(
        this,
        [sessionId = std::move(sessionId), scope,
         at = now()](LocalStore* store) -> fitflow::Status {
            if (!store) {
                return storeClosed();
            }
            if (scope) {
                return SeriesWriter(store->database(), at).remove(sessionId, *scope);
            }
            return LocalChanges(store->database())
                .remove(kSessionEntity.toStdString(), sessionId.toStdString());
        },
        [this, reply = std::move(reply)](fitflow::Status status) {
            announceSessionsChanged();
            reply(std::move(status));
        });
}

void CalendarService::updateSession(SessionDraft draft, StatusReply reply)
{
    m_session.runOnStore<fitflow::Status>(
        this,
        [draft = std::move(draft)](LocalStore* store) -> fitflow::Status {
            if (!store) {
                return storeClosed();
            }
            if (!draft.start.isValid() || !draft.end.isValid() || draft.end <= draft.start) {
                return makeError("invalid_interval", "a session must end after it starts");
            }
            nlohmann::json fields{{"starts_at", utcText(draft.start)},
                                  {"ends_at", utcText(draft.end)}};
            if (!draft.clientId.isEmpty()) {
                fields["client_id"] = draft.clientId.toStdString();
            }
            if (!draft.locationId.isEmpty()) {
                fields["location_id"] = draft.locationId.toStdString();
            }
            // The dialog's choice is written, "No package" clearing it; drags carry no package
            // and keep the session's.
            if (draft.packageChosen || !draft.packageId.isEmpty()) {
                fields["package_id"] = draft.packageId.isEmpty()
                                           ? nlohmann::json(nullptr)
                                           : nlohmann::json(draft.packageId.toStdString());
            }
            return LocalChanges(store->database())
                .update(kSessionEntity.toStdString(), draft.id.toStdString(), std::move(fields));
        },
        [this, reply = std::move(reply)](fitflow::Status status) {
            if (status) {
                announceSessionsChanged();
            }
            reply(std::move(status));
        });
}

void CalendarService::setClock(PhysicalClock clock)
{
    m_clock = std::move(clock);
}

std::chrono::sys_seconds CalendarService::now() const
{
    return std::chrono::floor<std::chrono::seconds>(m_clock());
}

void CalendarService::applyAction(QString sessionId, scheduling::SessionAction action,
                                  Reply<QString> reply)
{
    using Answer = fitflow::Result<QString>;
    m_session.runOnStore<Answer>(
        this,
        [sessionId = std::move(sessionId), action, at = now()](LocalStore* store) -> Answer {
            if (!store) {
                return storeClosed();
            }
            auto row = CalendarQueries(store->database()).session(sessionId);
            if (!row) {
                return row.error();
            }
            if (!*row) {
                return makeError("not_found", "no session with id " + sessionId.toStdString());
            }
            const auto from = scheduling::parseStatus((*row)->status.toStdString());
            if (!from) {
                return makeError("invalid_value", "the stored status is unknown", "status");
            }
            auto to = scheduling::applyAction(*from, action);
            if (!to) {
                return to.error();
            }
            if (auto started = scheduling::checkStarted(*to, toSysSeconds((*row)->start), at);
                !started) {
                return started.error();
            }
            const std::string wire(scheduling::statusName(*to));
            auto written = LocalChanges(store->database())
                               .update(kSessionEntity.toStdString(), sessionId.toStdString(),
                                       {{"status", wire}});
            if (!written) {
                return written.error();
            }
            return QString::fromStdString(wire);
        },
        [this, reply = std::move(reply)](Answer answer) {
            if (answer) {
                announceSessionsChanged();
            }
            reply(std::move(answer));
        });
}

} // namespace fitflow::desktop
