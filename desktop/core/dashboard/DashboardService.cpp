#include "desktop/core/dashboard/DashboardService.h"

#include "desktop/core/StoreSession.h"
#include "desktop/storage/calendar/CalendarQueries.h"
#include "desktop/storage/money/MoneyRepository.h"
#include "desktop/sync/SyncStatus.h"
#include "desktop/sync/money/InvoiceQueries.h"

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

// Outstanding and overdue balances from the receivables ageing (what clients owe; a client's
// credit is not netted against it, see InvoiceQueries::ageingOf), and this month's payments
// less refunds.
fitflow::Result<std::vector<StudioMoney>> moneyByStudio(const QSqlDatabase& db, QDate today)
{
    auto studios = CalendarQueries(db).organizations();
    if (!studios) {
        return studios.error();
    }
    const money::InvoiceQueries invoices(db);
    const std::chrono::year_month_day asOf{std::chrono::year{today.year()},
                                           std::chrono::month{static_cast<unsigned>(today.month())},
                                           std::chrono::day{static_cast<unsigned>(today.day())}};
    const std::string monthPrefix = today.toString(QStringLiteral("yyyy-MM-")).toStdString();
    std::vector<StudioMoney> rows;
    for (const StudioName& studio : *studios) {
        auto ageing = invoices.ageing(studio.id.toStdString(), asOf);
        auto payments = invoices.clientPayments(studio.id.toStdString()); // not contractor pay
        if (!ageing || !payments) {
            return !ageing ? ageing.error() : payments.error();
        }
        StudioMoney row{studio.id, studio.name, ageing->total(), ageing->total() - ageing->current,
                        0};
        for (const money::LocalPayment& payment : *payments) {
            if (payment.values.value("received_on", std::string()).starts_with(monthPrefix)) {
                // A refund gives money back: it lowers what was received this month.
                const std::int64_t amount = payment.values.value("amount_cents", std::int64_t{0});
                row.paidThisMonthCents += payment.isRefund() ? -amount : amount;
            }
        }
        rows.push_back(row);
    }
    return rows;
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
        [today, todayStart, tomorrowStart, weekEnd](LocalStore* store) -> Answer {
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
            auto studioMoney = moneyByStudio(store->database(), today);
            if (!studioMoney) {
                return studioMoney.error();
            }
            return DashboardSnapshot{std::move(*todaySessions), std::move(*coming),
                                     summaryOf(*status), std::move(*studioMoney)};
        },
        std::move(reply));
}

} // namespace fitflow::desktop
