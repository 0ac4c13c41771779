// A location's street address on the device (server migration 0023, local step 15): the pulled
// street, city and postal code land in the locations table's own columns, `fitflow-cli dump`
// shows them (null when unknown, so two converged devices print the same), and a later page
// that clears a part clears it locally.

#include "tests/unit/desktop/sync/SyncTestStore.h"

#include "desktop/storage/LocalMigrations.h"
#include "desktop/sync/PullApplier.h"
#include "desktop/sync/SyncDump.h"

#include <QSqlRecord>
#include <QTest>

using namespace fitflow;
using namespace fitflow::desktop;
using fitflow::test::kOrgA;

namespace {

const std::string kLocation = "01900000-0000-7000-8000-0000000000f1";

nlohmann::json locationPage(const nlohmann::json& street, const nlohmann::json& postalCode)
{
    const nlohmann::json change{{"entity", "location"},
                                {"id", kLocation},
                                {"version", 3},
                                {"values",
                                 {{"name", "Montréal"},
                                  {"province", "QC"},
                                  {"time_zone", "America/Toronto"},
                                  {"street", street},
                                  {"city", "Montréal"},
                                  {"postal_code", postalCode}}}};
    return {{"changes", nlohmann::json::array({change})},
            {"removed", nlohmann::json::array()},
            {"cursor", "cursor-after-page"},
            {"has_more", false},
            {"snapshot", false}};
}

} // namespace

class TestPulledLocationAddress : public QObject {
    Q_OBJECT

private slots:
    void stepFifteenAddsTheAddressColumns()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        QVERIFY(LocalMigrations::latestVersion() >= 15);
        const QSqlRecord columns = store.db().record(QStringLiteral("locations"));
        for (const char* column : {"street", "city", "postal_code"}) {
            QVERIFY2(columns.contains(QString::fromLatin1(column)), column);
        }
    }

    void thePulledAddressIsStoredAndDumped()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        PullApplier applier(store.db(), store.clock());
        QVERIFY(applier.apply(kOrgA, locationPage("4521 boul. Saint-Laurent\nSuite 200", "H2T 1R2"),
                              SnapshotTracking::None));
        QCOMPARE(store
                     .scalar(QStringLiteral("SELECT street || '|' || city || '|' || postal_code "
                                            "FROM locations"))
                     .toString(),
                 QStringLiteral("4521 boul. Saint-Laurent\nSuite 200|Montréal|H2T 1R2"));
        auto dump = dumpSyncedEntities(store.db());
        QVERIFY(dump);
        const nlohmann::json& dumped = (*dump)["location"].at(0);
        QCOMPARE_JSON(dumped["street"], "4521 boul. Saint-Laurent\nSuite 200");
        QCOMPARE_JSON(dumped["city"], "Montréal");
        QCOMPARE_JSON(dumped["postal_code"], "H2T 1R2");

        // The owner cleared the street: the next pull clears it here too.
        QVERIFY(applier.apply(kOrgA, locationPage(nullptr, "H2T 1R2"), SnapshotTracking::None));
        QVERIFY(store.scalar(QStringLiteral("SELECT street FROM locations")).isNull());
        dump = dumpSyncedEntities(store.db());
        QVERIFY(dump);
        QVERIFY((*dump)["location"].at(0)["street"].is_null());
        QCOMPARE_JSON((*dump)["location"].at(0)["postal_code"], "H2T 1R2");
    }
};

QTEST_GUILESS_MAIN(TestPulledLocationAddress)
#include "TestPulledLocationAddress.moc"
