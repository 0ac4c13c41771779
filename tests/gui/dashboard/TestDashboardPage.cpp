// The Dashboard page against a real encrypted store seeded with two studios: today's sessions of
// both, the next seven days (and nothing later), the sync summary read from the store, and money
// per studio from synced invoices and payments (outstanding, overdue, received this month).

#include "desktop/core/calendar/SessionListModel.h"
#include "desktop/core/dashboard/DashboardSnapshot.h"
#include "desktop/ui/dashboard/DashboardPage.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/gui/calendar/CalendarTestStore.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace fitflow::desktop;
using namespace fitflow::desktop::testing;

class TestDashboardPage : public QObject {
    Q_OBJECT

private slots:
    void showsTodayAcrossStudiosAndTheComingWeek();
    void aDayWithoutSessionsSaysSo();
    void syncTextNamesEveryCount();
};

void TestDashboardPage::showsTodayAcrossStudiosAndTheComingWeek()
{
    CalendarTestStore store;
    QVERIFY(store.seeded());
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(torontoZone()).date();
    // Early and late in the day, so both are "today" whenever the test runs.
    store.addSession(kOrgNorth, store.northClient(), kLocationNorth, torontoTime(today, 0, 15),
                     torontoTime(today, 1, 0));
    store.addSession(kOrgCoach, store.coachClient(), kLocationCoach, torontoTime(today, 22, 0),
                     torontoTime(today, 23, 0));
    store.addSession(kOrgCoach, store.coachClient(), kLocationCoach,
                     torontoTime(today.addDays(3), 10), torontoTime(today.addDays(3), 11));
    store.addSession(kOrgNorth, store.northClient(), kLocationNorth,
                     torontoTime(today.addDays(10), 10), torontoTime(today.addDays(10), 11));
    // Northside: one invoice 40 days old (overdue), one 5 days old, a payment today.
    QVERIFY(store.addIssuedInvoice(kOrgNorth, "01900000-0000-7000-8000-00000000f001", 10000,
                                   today.addDays(-40)));
    QVERIFY(store.addIssuedInvoice(kOrgNorth, "01900000-0000-7000-8000-00000000f002", 5000,
                                   today.addDays(-5)));
    const std::string invoiceId = "01900000-0000-7000-8000-00000000f002";
    QVERIFY(store.addPayment(kOrgNorth, "01900000-0000-7000-8000-00000000f101", invoiceId, 3000,
                             today));
    QVERIFY(store.addPayment(kOrgNorth, "01900000-0000-7000-8000-00000000f102", invoiceId, 999,
                             today.addMonths(-1)));
    QVERIFY(store.open());

    DashboardPage page(store.context());
    QAbstractItemModelTester todayTester(&page.todayModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester comingTester(&page.comingModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&page, &DashboardPage::reloaded);
    page.setTimeZone(torontoZone());
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() > 0, 10000);

    auto* todayView = child<QTableView>(&page, QStringLiteral("todaySessionsView"));
    QVERIFY(todayView && todayView->model() == &page.todayModel());
    QCOMPARE(page.todayModel().rowCount(), 2);
    QVERIFY(child<QLabel>(&page, QStringLiteral("dashboardTodayEmptyLabel"))->isHidden());
    QSet<QString> studios;
    QSet<QRgb> colours;
    for (int row = 0; row < page.todayModel().rowCount(); ++row) {
        studios << page.todayModel().index(row, SessionListModel::StudioColumn).data().toString();
        colours << page.todayModel()
                       .index(row, SessionListModel::WhenColumn)
                       .data(Qt::DecorationRole)
                       .value<QColor>()
                       .rgb();
    }
    QCOMPARE(studios, (QSet<QString>{kNorthName, kCoachName}));
    QCOMPARE(colours.size(), 2);
    QCOMPARE(page.comingModel().rowCount(), 1);
    QCOMPARE(page.comingModel().index(0, SessionListModel::ClientColumn).data().toString(),
             QStringLiteral("Grace Hopper"));

    // Two clients and four sessions were written through LocalChanges and never pushed.
    auto* sync = child<QLabel>(&page, QStringLiteral("syncSummaryLabel"));
    QVERIFY(sync);
    QVERIFY2(sync->text().contains(QLatin1String("Changes waiting to be sent: 6")),
             qPrintable(sync->text()));
    QVERIFY(sync->text().contains(QLatin1String("Refused by the server: 0")));
    auto* invoices = child<QLabel>(&page, QStringLiteral("invoicesSummaryLabel"));
    QVERIFY(invoices && invoices->isVisible());
    QVERIFY2(invoices->text().contains(QLatin1String(
                 "Northside Fitness: $150.00 outstanding, $100.00 overdue (over 30 days), "
                 "$30.00 received this month")),
             qPrintable(invoices->text()));
    QVERIFY(
        invoices->text().contains(QLatin1String("Alex Coaching: $0.00 outstanding, $0.00 overdue "
                                                "(over 30 days), $0.00 received this month")));
    page.grab().save(screenshotDirectory() + QStringLiteral("/dashboard.png"));

    // A write announced on StoreEvents reloads the page.
    reloaded.clear();
    store.events().notifyChanged(QStringLiteral("session"));
    QVERIFY(reloaded.wait(10000));
}

void TestDashboardPage::aDayWithoutSessionsSaysSo()
{
    CalendarTestStore store;
    QVERIFY(store.seeded());
    QVERIFY(store.open());
    DashboardPage page(store.context());
    QSignalSpy reloaded(&page, &DashboardPage::reloaded);
    page.setTimeZone(torontoZone());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() > 0, 10000);
    QCOMPARE(page.todayModel().rowCount(), 0);
    auto* empty = child<QLabel>(&page, QStringLiteral("dashboardTodayEmptyLabel"));
    QVERIFY(empty && empty->isVisible());
}

void TestDashboardPage::syncTextNamesEveryCount()
{
    SyncSummary summary;
    summary.pendingChanges = 3;
    summary.rejections = 1;
    summary.noteConflicts = 2;
    summary.loggedIn = true;
    const QString text = DashboardPage::syncText(summary);
    QVERIFY2(text.contains(QLatin1String("Changes waiting to be sent: 3")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Refused by the server: 1")));
    QVERIFY(text.contains(QLatin1String("Notes edited on two devices: 2")));
    QVERIFY(!text.contains(QLatin1String("Not signed in")));
    summary.loggedIn = false;
    QVERIFY(DashboardPage::syncText(summary).startsWith(QLatin1String("Not signed in")));
}

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
