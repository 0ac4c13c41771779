#include "desktop/sync/SyncEngine.h"

#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/SnapshotSeenRepository.h"
#include "desktop/storage/StoreTransaction.h"
#include "desktop/storage/SyncIssueRepository.h"
#include "desktop/storage/money/MoneyRepository.h"
#include "desktop/sync/PostInFlight.h"
#include "desktop/sync/PullApplier.h"
#include "desktop/sync/PullPagePrefetch.h"
#include "desktop/sync/PushBatch.h"

#include <algorithm>
#include <optional>

namespace fitflow::desktop {

namespace {

constexpr long kOk = 200;
constexpr long kConflict = 409;
constexpr long kUnavailable = 503;
constexpr long kTooManyRequests = 429;
constexpr int kSchemaVersion = 1;
// A reset answered again right after a fresh snapshot means a broken server; stop, do not spin.
constexpr int kMaxResnapshotsPerOrganization = 2;
constexpr const char* kPullPath = "/api/v1/sync/pull";
constexpr const char* kPushPath = "/api/v1/sync/push";

// The body of POST /api/v1/sync/pull; `cursor` null asks for a snapshot.
nlohmann::json pullRequest(const std::string& orgId, nlohmann::json cursor)
{
    return {{"schema_version", kSchemaVersion},
            {"org_id", orgId},
            {"cursor", std::move(cursor)},
            {"limit", SyncEngine::kPullLimit}};
}

// The batch of the oldest outbox entries after `afterId` (0: from the oldest), or none.
fitflow::Result<std::optional<PushBatch>> readPushBatch(const OutboxRepository& outbox,
                                                        qint64 afterId)
{
    auto entries = outbox.after(afterId, SyncEngine::kMaxBatchMutations);
    if (!entries) {
        return entries.error();
    }
    if (entries->empty()) {
        return std::optional<PushBatch>();
    }
    return std::optional<PushBatch>(PushBatch::fromEntries(*entries, SyncEngine::kMaxBatchBytes));
}

} // namespace

SyncEngine::SyncEngine(QSqlDatabase db, ServerSession& session, PhysicalClock physical)
    : m_db(std::move(db))
    , m_session(session)
    , m_physical(std::move(physical))
{
}

fitflow::Result<SyncReport> SyncEngine::syncOnce()
{
    m_retryAfter.reset();
    SyncReport result;
    if (auto pushed = pushAll(result); !pushed) {
        return revoked(pushed.error());
    }
    auto organizations = memberOrganizations();
    if (!organizations) {
        return revoked(organizations.error());
    }
    for (const std::string& orgId : *organizations) {
        if (auto pulled = pullOrganization(orgId, result); !pulled) {
            return revoked(pulled.error());
        }
        ++result.organizations;
    }
    return result;
}

fitflow::Error SyncEngine::revoked(const fitflow::Error& error)
{
    if (error.code != "device_revoked") {
        return error;
    }
    if (auto wiped = wipeSyncedData(m_db); !wiped) {
        return makeError("device_revoked", "the server revoked this device, and wiping the local "
                                           "data failed: " +
                                               wiped.error().message);
    }
    return makeError("device_revoked",
                     "the server revoked this device; its synced data was wiped from this store");
}

fitflow::Error SyncEngine::failure(const ApiAnswer& answer, const std::string& what)
{
    if (answer.status == kUnavailable) {
        m_retryAfter = answer.retryAfter;
        return makeError("server_unavailable", what + ": the server is busy; retry later");
    }
    if (answer.status == kTooManyRequests) {
        m_retryAfter = answer.retryAfter;
        return makeError("rate_limited", what + ": too many requests; retry later");
    }
    std::string code = answer.errorCode();
    if (code.empty()) {
        code = "server_error";
    }
    return makeError(code, what + " failed (HTTP " + std::to_string(answer.status) +
                               "): " + answer.errorMessage());
}

void SyncEngine::report(const std::string& phase, const SyncReport& current) const
{
    if (m_progress) {
        m_progress(phase, current);
    }
}

fitflow::Status SyncEngine::pushAll(SyncReport& result)
{
    OutboxRepository outbox(m_db);
    PostInFlight inFlight(m_session, kPushPath);
    auto first = readPushBatch(outbox, 0);
    if (!first) {
        return first.error();
    }
    std::optional<PushBatch> sent = std::move(*first);
    if (!sent) {
        return {};
    }
    // The token refresh that starts a round comes before its first batch, as with post().
    if (auto ready = m_session.ensureAccessToken(); !ready) {
        return ready;
    }
    // A round's first batch opens its own connection (the fault tests count one per request);
    // the batches after it share one kept-alive connection.
    inFlight.start(sent->body(kSchemaVersion), false);
    while (true) {
        // Batch N+1 is read and encoded while N travels and the server applies it.
        auto following = readPushBatch(outbox, sent->lastId());
        auto answer = inFlight.take();
        if (!answer) {
            return answer.error();
        }
        if (answer->status == kConflict && answer->errorCode() == "mutation_gap") {
            // The server already has some of these (an answer lost on the way): drop them and
            // resend from its last + 1. A server behind our oldest entry cannot be helped.
            const qint64 last = answer->body.value("last_mutation_id", qint64{-1});
            if (last < sent->firstId() - 1 || last < 0) {
                return makeError("mutation_gap",
                                 "the server lost mutations this device no longer holds (server "
                                 "has " +
                                     std::to_string(last) + ", device starts at " +
                                     std::to_string(sent->firstId()) + ")");
            }
            if (auto dropped = outbox.removeThrough(last); !dropped) {
                return dropped;
            }
            following = readPushBatch(outbox, 0);
        } else {
            if (answer->status != kOk) {
                return failure(*answer, "push");
            }
            if (!following) {
                return following.error();
            }
            // The server has acknowledged batch N: N+1 leaves now, before N's acknowledgement is
            // stored here (one request at a time, each sent after the one before it was
            // answered). If storing fails, N+1's answer is dropped and the next round sends both
            // again: the server acknowledges what it already has.
            const bool wholeBatch =
                answer->body.is_object() &&
                answer->body.value("acknowledged_through", qint64{0}) >= sent->lastId();
            const PushBatch acknowledgedBatch = std::move(*sent);
            sent.reset();
            if (wholeBatch && *following) {
                sent = std::move(**following);
                inFlight.start(sent->body(kSchemaVersion), true);
            }
            auto acknowledged = acknowledgedBatch.acknowledge(m_db, answer->body);
            if (!acknowledged) {
                return acknowledged.error();
            }
            result.pushed += acknowledged->acknowledged;
            result.rejected += acknowledged->rejected;
            report("push", result);
            if (sent) {
                continue;
            }
            // Nothing in flight: look again from the oldest entry (written meanwhile, or left
            // unacknowledged by the answer).
            following = readPushBatch(outbox, 0);
        }
        if (!following) {
            return following.error();
        }
        if (!*following) {
            return {};
        }
        sent = std::move(**following);
        inFlight.start(sent->body(kSchemaVersion), true);
    }
}

fitflow::Result<std::vector<std::string>> SyncEngine::memberOrganizations()
{
    auto answer = m_session.get("/api/v1/me");
    if (!answer) {
        return answer.error();
    }
    if (answer->status != kOk) {
        return failure(*answer, "GET /api/v1/me");
    }
    std::vector<std::string> organizations;
    for (const nlohmann::json& membership :
         answer->body.value("memberships", nlohmann::json::array())) {
        const std::string orgId = membership.value("organization_id", std::string{});
        if (!orgId.empty() &&
            std::find(organizations.begin(), organizations.end(), orgId) == organizations.end()) {
            organizations.push_back(orgId);
        }
    }
    return organizations;
}

fitflow::Status SyncEngine::pullOrganization(const std::string& orgId, SyncReport& result)
{
    SyncStateRepository state(m_db);
    PullApplier applier(m_db, m_physical);
    PullPagePrefetch nextPage(m_session, kPullPath);
    auto cursor = state.cursor(orgId);
    if (!cursor) {
        return cursor.error();
    }
    // A snapshot resumed after an interruption lacks its first pages: it cannot tell which local
    // rows are gone, so it removes none (the next snapshot will).
    bool resumedMidSnapshot = *cursor && (*cursor)->midSnapshot;
    auto answer = m_session.post(
        kPullPath, pullRequest(orgId, *cursor ? nlohmann::json((*cursor)->cursor) : nullptr));
    SnapshotTracking tracking = SnapshotTracking::None;
    int resnapshots = 0;
    bool firstPage = true;
    while (true) {
        if (!answer) {
            return answer.error();
        }
        const std::string code = answer->errorCode();
        if (answer->status == kConflict && (code == "reset" || code == "resync_required")) {
            // Start over from a snapshot; the outbox stays and is pushed again next round.
            if (++resnapshots > kMaxResnapshotsPerOrganization) {
                return failure(*answer, "pull");
            }
            if (auto dropped = state.dropCursor(orgId); !dropped) {
                return dropped;
            }
            ++result.resnapshots;
            firstPage = true;
            resumedMidSnapshot = false;
            answer = m_session.post(kPullPath, pullRequest(orgId, nullptr));
            continue;
        }
        if (answer->status != kOk) {
            return failure(*answer, "pull");
        }
        if (firstPage) {
            const bool sawSnapshotStart = answer->body.is_object() &&
                                          answer->body.value("snapshot", false) &&
                                          !resumedMidSnapshot;
            tracking = sawSnapshotStart ? SnapshotTracking::Start : SnapshotTracking::None;
            firstPage = false;
        } else if (tracking == SnapshotTracking::Start) {
            tracking = SnapshotTracking::Continue;
        }
        const bool hasMore = answer->body.is_object() && answer->body.value("has_more", false);
        // The next page leaves now with this page's cursor and arrives while this one is
        // applied. Pages are still applied one after the other, each with its cursor: if this
        // one fails, the next answer is dropped; if the next fetch fails, this page is committed
        // and the next round resumes from its cursor, exactly as a pull page by page would.
        if (const auto next = answer->body.find("cursor");
            hasMore && next != answer->body.end() && next->is_string()) {
            nextPage.start(pullRequest(orgId, *next));
        }
        auto counts = applier.apply(orgId, answer->body, tracking);
        if (!counts) {
            return counts.error();
        }
        result.pulled += counts->applied;
        result.removed += counts->removed;
        report("pull", result);
        if (!hasMore) {
            return {};
        }
        answer = nextPage.take();
    }
}

fitflow::Status wipeSyncedData(const QSqlDatabase& db)
{
    auto transaction = StoreTransaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    SyncStateRepository state(db);
    if (auto removed = EntityRepository(db).removeAll(); !removed) {
        return removed;
    }
    if (auto removed = money::MoneyRepository(db).removeAll(); !removed) {
        return removed;
    }
    if (auto removed = OutboxRepository(db).removeAll(); !removed) {
        return removed;
    }
    if (auto removed = SyncIssueRepository(db).removeAll(); !removed) {
        return removed;
    }
    if (auto removed = SnapshotSeenRepository(db).clearAll(); !removed) {
        return removed;
    }
    if (auto removed = state.dropAllCursors(); !removed) {
        return removed;
    }
    auto account = state.account();
    if (!account) {
        return account.error();
    }
    if (*account) {
        (*account)->refreshToken.clear();
        if (auto saved = state.saveAccount(**account); !saved) {
            return saved;
        }
    }
    return transaction->commit();
}

} // namespace fitflow::desktop
