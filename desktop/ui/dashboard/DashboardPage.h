#pragma once
// The Dashboard page: today's sessions and the next seven days' across every studio (colour per
// studio), the sync state in numbers (pending changes, rejections, note conflicts), and per
// studio the invoices outstanding and overdue and the payments received this month.

#include "desktop/core/DesktopContext.h"

#include <QTimeZone>
#include <QWidget>

#include <vector>

class QLabel;
class QTableView;

namespace fitflow::desktop {

class DashboardService;
class SessionListModel;
struct StudioMoney;
struct SyncSummary;

class DashboardPage : public QWidget {
    Q_OBJECT

public:
    explicit DashboardPage(DesktopContext context, QWidget* parent = nullptr);

    // The zone whose "today" is shown (default: this computer's).
    void setTimeZone(const QTimeZone& zone);
    SessionListModel& todayModel() const { return *m_today; }
    SessionListModel& comingModel() const { return *m_coming; }

    // The text shown for a sync summary (also used by tests).
    static QString syncText(const SyncSummary& summary);
    // One line per studio: outstanding, overdue (over 30 days) and received this month.
    static QString moneyText(const std::vector<StudioMoney>& studios);

public slots:
    void reload();

signals:
    void reloaded();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QTableView* sessionTable(const QString& objectName, const QString& accessibleName,
                             SessionListModel* model);

    DesktopContext m_context;
    DashboardService* m_service = nullptr;
    SessionListModel* m_today = nullptr;
    SessionListModel* m_coming = nullptr;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QLabel* m_todayHeading = nullptr;
    QLabel* m_todayEmpty = nullptr;
    QLabel* m_syncSummary = nullptr;
    QLabel* m_invoices = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace fitflow::desktop
