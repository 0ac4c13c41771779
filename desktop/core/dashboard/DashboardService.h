#pragma once
// Reads the dashboard's snapshot from the open store on the store thread: today's sessions and
// the next seven days' (days in the zone the dashboard is shown in), the sync summary
// (readSyncStatus) and money per studio (engineer M's InvoiceQueries and MoneyRepository).

#include "desktop/core/dashboard/DashboardSnapshot.h"
#include "shared/core/Result.h"

#include <QDate>
#include <QObject>
#include <QTimeZone>

#include <functional>

namespace fitflow::desktop {

class StoreSession;

class DashboardService : public QObject {
    Q_OBJECT

public:
    static constexpr int kComingDays = 7;

    explicit DashboardService(StoreSession& session, QObject* parent = nullptr);

    void load(QDate today, const QTimeZone& zone,
              std::function<void(fitflow::Result<DashboardSnapshot>)> reply);

private:
    StoreSession& m_session;
};

} // namespace fitflow::desktop
