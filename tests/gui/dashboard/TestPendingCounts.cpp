// Issue 6: the Dashboard said "32 changes pending" while the status bar said 30. Both read the
// one definition (readSyncStatus "pending": every sync_outbox entry, money operations included),
// but the status bar only re-read it after a sync round or an unlock. Here, on a real encrypted
// store, after a write of each kind (client, session, note, invoice, payment) announced through
// StoreEvents as the pages do, the status bar and the Dashboard show the same number, and it is
// the number of outbox entries.

#include "../GuiTestSupport.h"
#include "../clients/ClientsTestStore.h"

#include "desktop/core/StoreEvents.h"
#include "desktop/core/SyncRunner.h"
#include "desktop/core/dashboard/DashboardService.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/SyncStatus.h"
#include "desktop/sync/money/InvoiceOperations.h"
#include "desktop/sync/money/MoneyPullApplier.h"
#include "desktop/ui/shell/SyncStatusWidget.h"
#include "tests/support/QuebecSampleInvoice.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace fitflow::desktop;
using fitflow::desktop::testing::child;
using fitflow::desktop::testing::ClientsTestStore;
using fitflow::desktop::testing::kTestLocationId;
using fitflow::desktop::testing::kTestOrgId;

namespace {

constexpr int kWaitMs = 20000;
const std::string kBlockId = "0190b000-0000-7000-8000-0000000000f1";

nlohmann::json draftFor(const std::string& clientId)
{
    return fitflow::test::quebecSampleDraft({.clientId = clientId, .locationId = kTestLocationId});
}

// The number in the status bar's "N change(s) pending", or -1 when it shows none.
int statusBarPending(const QLabel& label)
{
    static const QRegularExpression number(QStringLiteral("(\\d+) change"));
    const auto match = number.match(label.text());
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestPendingCounts : public QObject {
    Q_OBJECT

private slots:
    void statusBarAndDashboardAgreeAfterEveryKindOfWrite();
};

void TestPendingCounts::statusBarAndDashboardAgreeAfterEveryKindOfWrite()
{
    ClientsTestStore store;
    QVERIFY(store.open());
    SyncRunner runner(store.session(), store.events());
    SyncStatusWidget widget(runner);
    widget.show();
    auto* summary = child<QLabel>(&widget, QStringLiteral("syncSummaryLabel"));
    QVERIFY(summary);
    runner.refreshCounts(); // as the app does once the store opens
    DashboardService dashboard(store.session());

    std::string clientId;
    std::string invoiceId;
    // Each step writes through the real write path on the store thread; the page that would
    // have done it then announces the entity.
    const std::vector<std::pair<QString, std::function<bool(LocalStore*)>>> writes{
        {QStringLiteral("client"),
         [&clientId](LocalStore* db) {
             auto id =
                 LocalChanges(db->database())
                     .add("client", kTestOrgId, {{"first_name", "Ana"}, {"last_name", "Lima"}});
             clientId = id ? *id : std::string();
             return bool(id);
         }},
        {QStringLiteral("session"),
         [&clientId](LocalStore* db) {
             auto id = LocalChanges(db->database())
                           .add("session", kTestOrgId,
                                {{"client_id", clientId},
                                 {"location_id", kTestLocationId},
                                 {"trainer_id", "0190b000-0000-7000-8000-0000000000e1"},
                                 {"starts_at", "2026-11-24T14:00:00Z"},
                                 {"ends_at", "2026-11-24T15:00:00Z"},
                                 {"status", "scheduled"}});
             if (!id) {
                 qWarning("session: %s %s", id.error().code.c_str(), id.error().message.c_str());
             }
             return bool(id);
         }},
        {QStringLiteral("note"),
         [&clientId](LocalStore* db) {
             auto id = LocalChanges(db->database())
                           .add("note", kTestOrgId,
                                {{"client_id", clientId}, {"format", "free"}, {"text", "knee"}});
             return bool(id);
         }},
        {QStringLiteral("invoice"),
         [&clientId, &invoiceId](LocalStore* db) {
             fitflow::desktop::money::InvoiceOperations money(db->database());
             auto id = money.draft(kTestOrgId, draftFor(clientId));
             // A block as a pull delivers it (not an outbox entry), then issue from it.
             const bool issued =
                 id &&
                 fitflow::desktop::money::MoneyPullApplier(db->database())
                     .apply(kTestOrgId, {{"entity", "number_block"},
                                         {"id", kBlockId},
                                         {"version", 1},
                                         {"values", {{"first", 41}, {"count", 10}}}}) &&
                 money.issue(*id);
             invoiceId = id ? *id : std::string();
             return issued;
         }},
        {QStringLiteral("payment"),
         [&invoiceId](LocalStore* db) {
             auto id = fitflow::desktop::money::InvoiceOperations(db->database())
                           .recordPayment(invoiceId, {{"amount_cents", 5000},
                                                      {"method", "cash"},
                                                      {"received_on", "2026-11-21"}});
             if (!id) {
                 qWarning("payment: %s %s", id.error().code.c_str(), id.error().message.c_str());
             }
             return bool(id);
         }},
    };

    qint64 previous = 0;
    for (const auto& [entity, write] : writes) {
        QVERIFY2(store.onStore<bool>(write), qPrintable(entity));
        store.events().notifyChanged(entity);
        const qint64 outbox = store.onStore<qint64>([](LocalStore* db) -> qint64 {
            auto status = readSyncStatus(db->database());
            return status ? status->value("pending", qint64{-1}) : -2;
        });
        QVERIFY2(outbox > previous, qPrintable(entity));
        previous = outbox;

        std::optional<int> shown;
        dashboard.load(QDate(2026, 11, 24), QTimeZone("America/Toronto"),
                       [&shown](fitflow::Result<DashboardSnapshot> snapshot) {
                           shown = snapshot ? snapshot->sync.pendingChanges : -1;
                       });
        QTRY_VERIFY_WITH_TIMEOUT(shown.has_value(), kWaitMs);
        QCOMPARE(*shown, static_cast<int>(outbox));
        QTRY_COMPARE_WITH_TIMEOUT(statusBarPending(*summary), static_cast<int>(outbox), 5000);
    }
}

QTEST_MAIN(TestPendingCounts)
#include "TestPendingCounts.moc"
