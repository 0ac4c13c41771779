#include "desktop/core/SyncRunner.h"

#include "desktop/core/JsonText.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/StoreSessionSyncJob.h"
#include "desktop/sync/SyncScheduler.h"
#include "desktop/sync/SyncStatus.h"

namespace fitflow::desktop {

namespace {

const QString kDeviceRevoked = QStringLiteral("device_revoked");

void setError(SyncRunStatus& status, const fitflow::Error& error)
{
    status.lastErrorCode = QString::fromStdString(error.code);
    status.lastErrorMessage = QString::fromStdString(error.message);
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
        status.rejections.append({jsonText(rejection, "entity"), jsonText(rejection, "entity_id"),
                                  jsonText(rejection, "code"), jsonText(rejection, "field")});
    }
    for (const nlohmann::json& conflict : (*counts)["conflicts"]) {
        status.conflicts.append({jsonText(conflict, "entity"), jsonText(conflict, "entity_id"),
                                 QStringLiteral("conflict"), QString()});
    }
}

SyncRunStatus runRound(const QSqlDatabase& db)
{
    const SyncRoundOutcome outcome = StoreSessionSyncJob::roundOn(db);
    SyncRunStatus result;
    if (outcome.result.ok) {
        result.lastSuccess = QDateTime::currentDateTimeUtc();
    } else {
        result.lastErrorCode = QString::fromStdString(outcome.result.errorCode);
        result.lastErrorMessage = QString::fromStdString(outcome.message);
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
    // Every local write adds outbox entries: re-read the count, so the status bar shows the same
    // pending number as the Dashboard (which reloads on the same signal) instead of the one from
    // the last round or unlock (issue 6: 30 in the status bar, 32 on the Dashboard).
    connect(&m_events, &StoreEvents::changed, this, [this] {
        if (m_session.state() == StoreSession::State::Unlocked) {
            refreshCounts();
        }
    });
}

void SyncRunner::useScheduler(SyncScheduler* scheduler)
{
    m_scheduler = scheduler;
    if (!m_scheduler) {
        return;
    }
    connect(m_scheduler, &SyncScheduler::statusChanged, this, &SyncRunner::onSchedulerStatus);
    // A page's write is a reason to push soon; "*" is what a finished round itself announces.
    connect(&m_events, &StoreEvents::changed, m_scheduler, [this](const QString& entity) {
        if (entity != StoreEvents::kAllEntities) {
            m_scheduler->notifyLocalWrite();
        }
    });
}

void SyncRunner::onSchedulerStatus()
{
    const SyncSchedulerStatus scheduled = m_scheduler->status();
    const bool roundFinished = scheduled.rounds != m_roundsSeen;
    m_roundsSeen = scheduled.rounds;
    m_status.running = scheduled.activity == SyncActivity::Syncing;
    m_status.lastSuccess = scheduled.lastSuccess;
    if (scheduled.pending >= 0) {
        m_status.pending = scheduled.pending;
    }
    const bool newlyRevoked =
        scheduled.lastErrorCode == kDeviceRevoked && m_status.lastErrorCode != kDeviceRevoked;
    m_status.lastErrorCode = scheduled.lastErrorCode;
    m_status.lastErrorMessage = scheduled.lastErrorMessage;
    emit statusChanged();
    if (roundFinished) {
        refreshCounts();
        m_events.notifyAllChanged();
    }
    if (newlyRevoked) {
        emit deviceRevoked();
    }
}

void SyncRunner::syncNow()
{
    if (m_scheduler) {
        m_scheduler->syncNow();
        return;
    }
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
