#include "desktop/sync/StoreSyncJob.h"

#include "desktop/storage/OutboxRepository.h"

namespace fitflow::desktop {

namespace {

SyncRoundOutcome failed(const fitflow::Error& error,
                        std::optional<std::chrono::seconds> retryAfter = {})
{
    SyncRoundOutcome outcome;
    outcome.result = {false, error.code, retryAfter};
    outcome.message = error.message;
    return outcome;
}

} // namespace

StoreSyncJob::StoreSyncJob(QString databasePath, QByteArray passphrase, PhysicalClock physical)
    : m_databasePath(std::move(databasePath))
    , m_passphrase(std::move(passphrase))
    , m_physical(std::move(physical))
{
}

StoreSyncJob::~StoreSyncJob()
{
    m_passphrase.fill('\0');
}

fitflow::Status StoreSyncJob::prepare()
{
    if (!m_store) {
        auto store = LocalStore::open(m_databasePath, m_passphrase);
        if (!store) {
            return store.error();
        }
        m_passphrase.fill('\0');
        m_passphrase.clear();
        m_store = std::move(*store);
        m_state = std::make_unique<SyncStateRepository>(m_store->database());
    }
    if (m_engine) {
        return {};
    }
    auto account = m_state->account();
    if (!account) {
        return account.error();
    }
    if (!*account || (*account)->refreshToken.empty()) {
        return makeError("login_required", "this store is not logged in");
    }
    m_transport = std::make_unique<CurlTransport>((*account)->caCertPath);
    m_session = std::make_unique<ServerSession>(*m_transport, *m_state, **account);
    m_engine = std::make_unique<SyncEngine>(m_store->database(), *m_session, m_physical);
    return {};
}

SyncRoundOutcome StoreSyncJob::runRound()
{
    if (auto ready = prepare(); !ready) {
        return failed(ready.error());
    }
    auto report = m_engine->syncOnce();
    SyncRoundOutcome outcome;
    if (report) {
        outcome.result.ok = true;
        outcome.report = *report;
    } else {
        outcome = failed(report.error(), m_engine->retryAfter());
        if (needsUser(report.error().code)) {
            // The account changed (wiped, or a new login is needed): read it again next time.
            m_engine.reset();
            m_session.reset();
            m_transport.reset();
        }
    }
    if (auto pending = OutboxRepository(m_store->database()).pendingCount(); pending) {
        outcome.pending = *pending;
    }
    return outcome;
}

} // namespace fitflow::desktop
