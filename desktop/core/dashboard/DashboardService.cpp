#include "desktop/core/dashboard/DashboardService.h"

#include "desktop/core/StoreSession.h"
#include "desktop/storage/calendar/CalendarQueries.h"
#include "desktop/sync/SyncStatus.h"

namespace fitflow::desktop {

namespace {

int arraySize(const nlohmann::json& status, const char* key)
{
    const auto it = status.find(key);
    return it != status.end() && it->is_array() ? static_cast<int>(it->size()) : 0;
}

SyncSummary summaryOf(const nlohmann::json& status)
{
    SyncSummary summary;
    summary.pendingChanges = status.value("pending", 0);
    summary.rejections = arraySize(status, "rejections");
    summary.noteConflicts = arraySize(status, "conflicts");
    summary.loggedIn = status.value("logged_in", false);
    return summary;
}

} // namespace

DashboardService::DashboardService(StoreSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

void DashboardService::load(QDate today, const QTimeZone& zone,
                            std::function<void(fitflow::Result<DashboardSnapshot>)> reply)
{
    using Answer = fitflow::Result<DashboardSnapshot>;
    const QDateTime todayStart = today.startOfDay(zone).toUTC();
    const QDateTime tomorrowStart = today.addDays(1).startOfDay(zone).toUTC();
    const QDateTime weekEnd = today.addDays(1 + kComingDays).startOfDay(zone).toUTC();
    m_session.runOnStore<Answer>(
        this,
        [todayStart, tomorrowStart, weekEnd](LocalStore* store) -> Answer {
            if (!store) {
                return makeError("store_locked", "the store is locked");
            }
            const CalendarQueries queries(store->database());
            auto todaySessions = queries.sessionsBetween(todayStart, tomorrowStart);
            if (!todaySessions) {
                return todaySessions.error();
            }
            auto coming = queries.sessionsBetween(tomorrowStart, weekEnd);
            if (!coming) {
                return coming.error();
            }
            // A session running over midnight belongs to the day it starts on.
            std::erase_if(*coming,
                          [&](const BookedSession& row) { return row.start < tomorrowStart; });
            auto status = readSyncStatus(store->database());
            if (!status) {
                return status.error();
            }
            return DashboardSnapshot{std::move(*todaySessions), std::move(*coming), summaryOf(*status)};
        },
        std::move(reply));
}

} // namespace fitflow::desktop
