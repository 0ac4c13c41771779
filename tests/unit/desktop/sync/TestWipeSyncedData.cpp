// What a revoked device keeps: nothing synced (records, outbox, cursors, issues, refresh
// token), while the store itself, its device id and the server address stay usable.

#include "tests/unit/desktop/sync/SyncTestStore.h"

#include "desktop/storage/SyncStateRepository.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/SyncEngine.h"

#include <QTest>

using namespace fitflow;
using namespace fitflow::desktop;
using fitflow::test::kOrgA;

class TestWipeSyncedData : public QObject {
    Q_OBJECT

private slots:
    void wipeRemovesEverythingSynced()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        SyncStateRepository state(store.db());
        QVERIFY(state.saveAccount({"https://sync.example.test",
                                   {},
                                   "t@example.test",
                                   "01900000-0000-7000-8000-00000000000e",
                                   "refresh-secret"}));
        QVERIFY(state.saveCursor(kOrgA, {"cursor", false}));
        LocalChanges changes(store.db(), store.clock());
        QVERIFY(changes.add("client", kOrgA, {{"first_name", "A"}, {"last_name", "B"}}));
        QVERIFY(changes.add(
            "note", kOrgA, {{"client_id", "01900000-0000-7000-8000-000000000003"}, {"text", "x"}}));
        const QString deviceBefore =
            store.scalar(QStringLiteral("SELECT id FROM device")).toString();

        QVERIFY(wipeSyncedData(store.db()));

        for (const char* table : {"clients", "notes", "note_history", "sessions", "sync_outbox",
                                  "sync_cursors", "sync_rejections", "sync_conflicts"}) {
            QCOMPARE(
                store.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                    .toInt(),
                0);
        }
        auto account = state.account();
        QVERIFY(account && *account);
        QVERIFY((*account)->refreshToken.empty());
        QCOMPARE((*account)->serverUrl, std::string("https://sync.example.test"));
        QCOMPARE(store.scalar(QStringLiteral("SELECT id FROM device")).toString(), deviceBefore);
        QVERIFY(store.reopen());
    }
};

QTEST_GUILESS_MAIN(TestWipeSyncedData)
#include "TestWipeSyncedData.moc"
