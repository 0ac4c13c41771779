#include "desktop/core/SyncRunner.h"

#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/sync/CurlTransport.h"
#include "desktop/sync/SyncEngine.h"
#include "desktop/sync/SyncStatus.h"

namespace fitflow::desktop {

namespace {

const QString kDeviceRevoked = QStringLiteral("device_revoked");

void setError(SyncRunStatus& status, const fitflow::Error& error)
{
    status.lastErrorCode = QString::fromStdString(error.code);
    status.lastErrorMessage = QString::fromStdString(error.message);
}

QString text(const nlohmann::json& object, const char* key)
{
    const auto found = object.find(key);
    return found != object.end() && found->is_string()
               ? QString::fromStdString(found->get<std::string>())
               : QString();
}

// Fills pending, rejections and conflicts from the store (readSyncStatus).
void readCounts(const QSqlDatabase& db, SyncRunStatus& status)
{
    auto counts = readSyncStatus(db);
    if (!counts) {
        setError(status, counts.error());
        return;
    }
    status.pending = counts->value("pending", qint64{-1});
    for (const nlohmann::json& rejection : (*counts)["rejections"]) {
        status.rejections.append(
            {text(rejection, "entity"), text(rejection, "entity_id"), text(rejection, "code")});
    }
    for (const nlohmann::json& conflict : (*counts)["conflicts"]) {
        status.conflicts.append(
            {text(conflict, "entity"), text(conflict, "entity_id"), QStringLiteral("conflict")});
    }
}

SyncRunStatus runRound(const QSqlDatabase& db)
{
    SyncRunStatus result;
    SyncStateRepository state(db);
    auto account = state.account();
    if (!account) {
        setError(result, account.error());
    } else if (!*account || (*account)->refreshToken.empty()) {
        setError(result, fitflow::makeError("login_required", "this store is not signed in"));
    } else {
        CurlTransport transport((*account)->caCertPath);
        ServerSession server(transport, state, **account);
        SyncEngine engine(db, server);
        if (auto report = engine.syncOnce(); !report) {
            setError(result, report.error());
        } else {
            result.lastSuccess = QDateTime::currentDateTimeUtc();
        }
    }
    readCounts(db, result);
    return result;
}

SyncRunStatus closedStore()
{
    SyncRunStatus result;
    setError(result, fitflow::makeError("store_closed", "the store is not open"));
    return result;
}

} // namespace

SyncRunner::SyncRunner(StoreSession& session, StoreEvents& events, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_events(events)
{
}

void SyncRunner::syncNow()
{
    if (m_status.running || m_session.state() != StoreSession::State::Unlocked) {
        return;
    }
    m_status.running = true;
    emit statusChanged();
    m_session.runOnStore<SyncRunStatus>(
        this, [](LocalStore* store) { return store ? runRound(store->database()) : closedStore(); },
        [this](SyncRunStatus result) { apply(result, true); });
}

void SyncRunner::refreshCounts()
{
    m_session.runOnStore<SyncRunStatus>(
        this,
        [](LocalStore* store) {
            SyncRunStatus result;
            if (store) {
                readCounts(store->database(), result);
            }
            return result;
        },
        [this](SyncRunStatus result) { apply(result, false); });
}

void SyncRunner::apply(const SyncRunStatus& result, bool wasRound)
{
    m_status.pending = result.pending;
    m_status.rejections = result.rejections;
    m_status.conflicts = result.conflicts;
    if (wasRound) {
        m_status.running = false;
        m_status.lastErrorCode = result.lastErrorCode;
        m_status.lastErrorMessage = result.lastErrorMessage;
        if (result.lastSuccess.isValid()) {
            m_status.lastSuccess = result.lastSuccess;
        }
    }
    emit statusChanged();
    if (wasRound) {
        m_events.notifyAllChanged();
        if (result.lastErrorCode == kDeviceRevoked) {
            emit deviceRevoked();
        }
    }
}

} // namespace fitflow::desktop
