// The offline write path against a real encrypted store: each change writes its row and its
// outbox entry together, bad input writes nothing, stamps never go backwards.

#include "tests/unit/desktop/sync/SyncTestStore.h"

#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/SyncDump.h"
#include "shared/sync/MutationCodec.h"

#include <QTest>

using namespace fitflow;
using namespace fitflow::desktop;
using fitflow::test::kOrgA;

namespace {

const nlohmann::json kAna{{"first_name", "Ana"}, {"last_name", "Lima"}};

qint64 outboxCount(const QSqlDatabase& db)
{
    auto count = OutboxRepository(db).pendingCount();
    return count ? *count : -1;
}

} // namespace

class TestLocalChanges : public QObject {
    Q_OBJECT

private slots:
    void addWritesRowAndOutboxEntry()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        LocalChanges changes(store.db(), store.clock());
        auto id = changes.add("client", kOrgA, kAna);
        QVERIFY2(id, id ? "" : id.error().message.c_str());
        QVERIFY(isCanonicalUuid(*id));

        auto entries = OutboxRepository(store.db()).oldest(10);
        QVERIFY(entries);
        QCOMPARE(entries->size(), std::size_t{1});
        const OutboxEntry& entry = entries->front();
        QCOMPARE(entry.mutationId, qint64{1});
        QCOMPARE(entry.orgId, kOrgA);
        QCOMPARE(entry.entity, std::string("client"));
        QCOMPARE(entry.entityId, *id);
        auto mutation = sync::recordMutationFromJson(entry.payload.at("change"));
        QVERIFY(mutation);
        QCOMPARE_JSON(mutation->fields.at("first_name"), nlohmann::json("Ana"));

        auto dump = dumpSyncedEntities(store.db());
        QVERIFY(dump);
        QCOMPARE((*dump)["client"].size(), std::size_t{1});
        QCOMPARE_JSON((*dump)["client"][0]["last_name"], nlohmann::json("Lima"));
        QCOMPARE_JSON((*dump)["client"][0]["email"], nlohmann::json(nullptr));
        QVERIFY(!(*dump)["client"][0].contains("field_state"));
    }

    void updateChangesOnlyTheGivenFields()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        LocalChanges changes(store.db(), store.clock());
        auto id = changes.add("client", kOrgA, kAna);
        QVERIFY(id);
        QVERIFY(changes.update("client", *id, {{"phone", "555-0100"}}));

        auto row = EntityRepository(store.db()).loadRecord(*findSyncedEntity("client"), *id);
        QVERIFY(row && *row);
        const sync::LwwRecord& record = (*row)->state.record();
        QCOMPARE_JSON(*record.value("phone"), nlohmann::json("555-0100"));
        QCOMPARE_JSON(*record.value("first_name"), nlohmann::json("Ana"));
        QVERIFY(record.fields().at("first_name").stamp < record.fields().at("phone").stamp);

        auto entries = OutboxRepository(store.db()).oldest(10);
        QVERIFY(entries);
        QCOMPARE(entries->size(), std::size_t{2});
        QCOMPARE(entries->at(1).mutationId, qint64{2});
        QCOMPARE_JSON(entries->at(1).payload["change"]["fields"],
                      nlohmann::json({{"phone", "555-0100"}}));
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("org");
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QString>("code");
        const QString org = QString::fromStdString(kOrgA);
        QTest::newRow("unknown field")
            << "client" << org << R"({"first_name":"A","last_name":"B","nick":"x"})"
            << "unknown_field";
        QTest::newRow("wrong type") << "client" << org << R"({"first_name":1,"last_name":"B"})"
                                    << "wrong_type";
        QTest::newRow("missing required") << "client" << org << R"({"first_name":"A"})"
                                          << "missing_field";
        QTest::newRow("bad org id") << "client"
                                    << "not-a-uuid"
                                    << R"({"first_name":"A","last_name":"B"})"
                                    << "invalid_value";
        QTest::newRow("bad client id")
            << "session" << org
            << R"({"client_id":"123","location_id":"01900000-0000-7000-8000-000000000001","trainer_id":"01900000-0000-7000-8000-000000000002","starts_at":"2026-03-15T14:00:00Z","ends_at":"2026-03-15T15:00:00Z"})"
            << "invalid_value";
        QTest::newRow("local time")
            << "session" << org
            << R"({"client_id":"01900000-0000-7000-8000-000000000003","location_id":"01900000-0000-7000-8000-000000000001","trainer_id":"01900000-0000-7000-8000-000000000002","starts_at":"2026-03-15T14:00:00+01:00","ends_at":"2026-03-15T15:00:00Z"})"
            << "invalid_value";
        QTest::newRow("bad status")
            << "session" << org
            << R"({"client_id":"01900000-0000-7000-8000-000000000003","location_id":"01900000-0000-7000-8000-000000000001","trainer_id":"01900000-0000-7000-8000-000000000002","starts_at":"2026-03-15T14:00:00Z","ends_at":"2026-03-15T15:00:00Z","status":"done"})"
            << "invalid_value";
        QTest::newRow("note without text")
            << "note" << org << R"({"client_id":"01900000-0000-7000-8000-000000000003"})"
            << "missing_field";
        QTest::newRow("name too long") << "client" << org
                                       << QStringLiteral(R"({"first_name":"%1","last_name":"B"})")
                                              .arg(QString(101, QLatin1Char('a')))
                                       << "invalid_value";
        QTest::newRow("null boolean")
            << "note" << org
            << R"({"client_id":"01900000-0000-7000-8000-000000000003","text":"x","shared_with_client":null})"
            << "invalid_value";
        QTest::newRow("non-canonical time")
            << "session" << org
            << R"({"client_id":"01900000-0000-7000-8000-000000000003","location_id":"01900000-0000-7000-8000-000000000001","trainer_id":"01900000-0000-7000-8000-000000000002","starts_at":"2026-03-15T14:00:00.000Z","ends_at":"2026-03-15T15:00:00Z"})"
            << "invalid_value";
        QTest::newRow("email that is no address")
            << "client" << org << R"({"first_name":"A","last_name":"B","email":"bob at gym"})"
            << "invalid_value";
        QTest::newRow("pull-only entity") << "location" << org << R"({"name":"X"})"
                                          << "unknown_entity";
    }

    void badInputWritesNothing()
    {
        QFETCH(QString, entity);
        QFETCH(QString, org);
        QFETCH(QString, fields);
        QFETCH(QString, code);
        test::SyncTestStore store;
        QVERIFY(store.ok());
        LocalChanges changes(store.db(), store.clock());
        auto id = changes.add(entity.toStdString(), org.toStdString(),
                              nlohmann::json::parse(fields.toStdString()));
        QVERIFY(!id);
        QCOMPARE(QString::fromStdString(id.error().code), code);
        QCOMPARE(outboxCount(store.db()), qint64{0});
        QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM clients")).toInt(), 0);
        QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM sessions")).toInt(), 0);
        QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM notes")).toInt(), 0);
    }

    void updateAndDeleteOfUnknownOrDeletedIdsFail()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        LocalChanges changes(store.db(), store.clock());
        const std::string unknown = "01900000-0000-7000-8000-0000000000ff";
        QCOMPARE(changes.update("client", unknown, {{"phone", "1"}}).error().code,
                 std::string("not_found"));
        QCOMPARE(changes.remove("client", unknown).error().code, std::string("not_found"));

        auto id = changes.add("client", kOrgA, kAna);
        QVERIFY(id);
        QVERIFY(changes.remove("client", *id));
        QCOMPARE(outboxCount(store.db()), qint64{2});
        QCOMPARE(changes.update("client", *id, {{"phone", "1"}}).error().code,
                 std::string("not_found"));
        QCOMPARE(outboxCount(store.db()), qint64{2});
        auto dump = dumpSyncedEntities(store.db());
        QVERIFY(dump);
        QVERIFY((*dump)["client"].empty());
    }

    void stampsNeverGoBackwardsAcrossRestarts()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        std::string id;
        {
            LocalChanges changes(store.db(), store.clock());
            auto added = changes.add("client", kOrgA, kAna);
            QVERIFY(added);
            id = *added;
        }
        QVERIFY(store.reopen());
        store.now -= std::chrono::hours{24}; // the wall clock was set back a day
        LocalChanges changes(store.db(), store.clock());
        QVERIFY(changes.update("client", id, {{"first_name", "Anna"}}));
        auto entries = OutboxRepository(store.db()).oldest(10);
        QVERIFY(entries && entries->size() == 2);
        auto first = sync::Hlc::parse(entries->at(0).payload["change"]["stamp"].get<std::string>());
        auto second =
            sync::Hlc::parse(entries->at(1).payload["change"]["stamp"].get<std::string>());
        QVERIFY(first && second);
        QVERIFY(*first < *second);
    }

    void sessionDefaultsToTheLoggedInTrainer()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        LocalChanges changes(store.db(), store.clock());
        const nlohmann::json session{{"client_id", "01900000-0000-7000-8000-000000000003"},
                                     {"location_id", "01900000-0000-7000-8000-000000000001"},
                                     {"starts_at", "2026-03-15T14:00:00Z"},
                                     {"ends_at", "2026-03-15T15:00:00Z"}};
        QCOMPARE(changes.add("session", kOrgA, session).error().code, std::string("missing_field"));
        const std::string trainer = "01900000-0000-7000-8000-00000000000e";
        QVERIFY(SyncStateRepository(store.db())
                    .saveAccount({"https://127.0.0.1:1", {}, "t@example.test", trainer, "r"}));
        auto id = changes.add("session", kOrgA, session);
        QVERIFY(id);
        auto dump = dumpSyncedEntities(store.db());
        QVERIFY(dump);
        QCOMPARE_JSON((*dump)["session"][0]["trainer_id"], nlohmann::json(trainer));
        QCOMPARE_JSON((*dump)["session"][0]["status"], nlohmann::json("scheduled"));
    }

    void noteTextEditsBuildOnTheCurrentHeads()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        LocalChanges changes(store.db(), store.clock());
        auto id = changes.add(
            "note", kOrgA,
            {{"client_id", "01900000-0000-7000-8000-000000000003"}, {"text", "Squats"}});
        QVERIFY(id);
        QVERIFY(changes.update("note", *id, {{"text", "Squats 3x8"}}));

        auto entries = OutboxRepository(store.db()).oldest(10);
        QVERIFY(entries);
        QCOMPARE(entries->size(), std::size_t{3}); // header write, first edit, second edit
        QVERIFY(entries->at(0).payload.contains("change"));
        const nlohmann::json firstEdit = entries->at(1).payload.at("note");
        const nlohmann::json secondEdit = entries->at(2).payload.at("note");
        QCOMPARE_JSON(secondEdit["bases"], nlohmann::json::array({firstEdit["stamp"]}));

        auto dump = dumpSyncedEntities(store.db());
        QVERIFY(dump);
        QCOMPARE_JSON((*dump)["note"][0]["text"], nlohmann::json("Squats 3x8"));
        QCOMPARE_JSON((*dump)["note"][0]["format"], nlohmann::json("free"));
        QVERIFY((*dump)["note"][0]["conflicting_texts"].empty());
    }
};

QTEST_GUILESS_MAIN(TestLocalChanges)
#include "TestLocalChanges.moc"
