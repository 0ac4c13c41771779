// Merge-on-pull against a real encrypted store, without a server: pulled pages are merged field
// by field with local state, pending local changes win where they are newer, a snapshot removes
// only rows that are neither sent nor pending, a bad page writes nothing.

#include "tests/unit/desktop/sync/SyncTestStore.h"

#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/SyncIssueRepository.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/PullApplier.h"
#include "desktop/sync/SyncDump.h"
#include "shared/sync/MutationCodec.h"

#include <QTest>

using namespace fitflow;
using namespace fitflow::desktop;
using fitflow::test::kOrgA;

namespace {

const std::string kServerDevice = "01900000-0000-7000-8000-00000000d0d0";
const std::string kOtherDevice = "01900000-0000-7000-8000-00000000d0d1";

std::string stampAt(const Instant& when, const std::string& device = kServerDevice)
{
    return sync::Hlc{when, 0, device}.toString();
}

nlohmann::json clientChange(const std::string& id, const nlohmann::json& fields)
{
    return {{"entity", "client"},
            {"id", id},
            {"version", 1},
            {"record", {{"fields", fields}, {"deleted", nullptr}, {"undeleted", nullptr}}},
            {"trainer_ids", nlohmann::json::array({"01900000-0000-7000-8000-00000000000e"})}};
}

nlohmann::json page(nlohmann::json changes, bool snapshot = false, bool hasMore = false)
{
    return {{"changes", std::move(changes)},
            {"removed", nlohmann::json::array()},
            {"cursor", "cursor-after-page"},
            {"has_more", hasMore},
            {"snapshot", snapshot}};
}

} // namespace

class TestPullApplier : public QObject {
    Q_OBJECT

private slots:
    void pulledFieldsMergeWithNewerLocalEdits()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        LocalChanges changes(store.db(), store.clock());
        auto id = changes.add("client", kOrgA, {{"first_name", "Ana"}, {"last_name", "Lima"}});
        QVERIFY(id);
        const Instant earlier = store.now - std::chrono::minutes{1};
        const Instant later = store.now + std::chrono::minutes{1};
        // The server has an older first name and a newer phone from another device.
        const nlohmann::json fields{
            {"first_name", {{"value", "Old"}, {"stamp", stampAt(earlier)}}},
            {"last_name", {{"value", "Lima"}, {"stamp", stampAt(earlier)}}},
            {"phone", {{"value", "555"}, {"stamp", stampAt(later, kOtherDevice)}}}};
        PullApplier applier(store.db(), store.clock());
        SnapshotSeen seen;
        auto counts = applier.apply(kOrgA, page({clientChange(*id, fields)}), &seen);
        QVERIFY2(counts, counts ? "" : counts.error().message.c_str());
        QCOMPARE(counts->applied, 1);

        auto dump = dumpSyncedEntities(store.db());
        QVERIFY(dump);
        const nlohmann::json& client = (*dump)["client"][0];
        QCOMPARE_JSON(client["first_name"], nlohmann::json("Ana"));
        QCOMPARE_JSON(client["phone"], nlohmann::json("555"));
        QCOMPARE(client["trainer_ids"].size(), std::size_t{1});
        auto cursor = SyncStateRepository(store.db()).cursor(kOrgA);
        QVERIFY(cursor && *cursor);
        QCOMPARE((*cursor)->cursor, std::string("cursor-after-page"));

        // Applying the same page again changes nothing (idempotent).
        const nlohmann::json before = *dump;
        QVERIFY(applier.apply(kOrgA, page({clientChange(*id, fields)}), &seen));
        QCOMPARE_JSON(*dumpSyncedEntities(store.db()), before);

        // The next local edit is stamped after what was pulled.
        QVERIFY(changes.update("client", *id, {{"phone", "556"}}));
        auto row = EntityRepository(store.db()).loadRecord(*findSyncedEntity("client"), *id);
        QVERIFY(row && *row);
        QVERIFY(sync::Hlc::parse(stampAt(later, kOtherDevice)).value() <
                (*row)->state.record().fields().at("phone").stamp);
    }

    void acknowledgedLocalStateGivesWayToTheServers()
    {
        // The device's clock ran a year ahead when it wrote; the server clamped that stamp and a
        // later edit of another device won there. Once nothing is pending, the device shows the
        // server's value instead of keeping its own far-future stamp (sync fault case 11).
        test::SyncTestStore store;
        QVERIFY(store.ok());
        const Instant honestTime = store.now;
        store.now += std::chrono::hours{24 * 365};
        LocalChanges changes(store.db(), store.clock());
        auto id = changes.add("client", kOrgA, {{"first_name", "Runaway"}, {"last_name", "Lima"}});
        QVERIFY(id);
        QVERIFY(OutboxRepository(store.db()).removeAll()); // acknowledged by the server
        const nlohmann::json fields{
            {"first_name", {{"value", "Honest"}, {"stamp", stampAt(honestTime, kOtherDevice)}}},
            {"last_name", {{"value", "Lima"}, {"stamp", stampAt(honestTime)}}}};
        PullApplier applier(store.db(), store.clock());
        SnapshotSeen seen;
        QVERIFY(applier.apply(kOrgA, page({clientChange(*id, fields)}), &seen));
        auto dump = dumpSyncedEntities(store.db());
        QVERIFY(dump);
        QCOMPARE_JSON((*dump)["client"][0]["first_name"], nlohmann::json("Honest"));
    }

    void completedSnapshotKeepsOnlySentAndPendingRows()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        const std::string stale = "01900000-0000-7000-8000-0000000000c1";
        const std::string sent = "01900000-0000-7000-8000-0000000000c2";
        const nlohmann::json fields{{"first_name", {{"value", "X"}, {"stamp", stampAt(store.now)}}},
                                    {"last_name", {{"value", "Y"}, {"stamp", stampAt(store.now)}}}};
        PullApplier applier(store.db(), store.clock());
        SnapshotSeen first;
        QVERIFY(applier.apply(kOrgA, page({clientChange(stale, fields)}), &first));
        LocalChanges changes(store.db(), store.clock());
        auto pending = changes.add("client", kOrgA, {{"first_name", "P"}, {"last_name", "Q"}});
        QVERIFY(pending);

        SnapshotSeen snapshot;
        auto firstPage = applier.apply(kOrgA, page(nlohmann::json::array(), true, true), &snapshot);
        QVERIFY(firstPage);
        QCOMPARE(firstPage->removed, 0); // an unfinished snapshot removes nothing
        auto last =
            applier.apply(kOrgA, page({clientChange(sent, fields)}, true, false), &snapshot);
        QVERIFY(last);
        QCOMPARE(last->removed, 1);

        auto dump = dumpSyncedEntities(store.db());
        QVERIFY(dump);
        std::set<std::string> ids;
        for (const auto& client : (*dump)["client"]) {
            ids.insert(client["id"].get<std::string>());
        }
        QCOMPARE(ids, (std::set<std::string>{sent, *pending}));
    }

    void invalidPageWritesNothing()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        const std::string good = "01900000-0000-7000-8000-0000000000c3";
        const nlohmann::json fields{
            {"first_name", {{"value", "X"}, {"stamp", stampAt(store.now)}}}};
        const nlohmann::json badStamp{{"first_name", {{"value", "X"}, {"stamp", "yesterday"}}}};
        PullApplier applier(store.db(), store.clock());
        auto result =
            applier.apply(kOrgA,
                          page({clientChange(good, fields),
                                clientChange("01900000-0000-7000-8000-0000000000c4", badStamp)}),
                          nullptr);
        QVERIFY(!result);
        QCOMPARE(result.error().code, std::string("invalid_value"));
        QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM clients")).toInt(), 0);
        QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM sync_cursors")).toInt(), 0);

        auto noCursor = applier.apply(kOrgA, {{"changes", nlohmann::json::array()}}, nullptr);
        QVERIFY(!noCursor);
        QCOMPARE(noCursor.error().code, std::string("invalid_page"));
    }

    void concurrentNoteEditsAreBothKeptAndFlagged()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        LocalChanges changes(store.db(), store.clock());
        auto id =
            changes.add("note", kOrgA,
                        {{"client_id", "01900000-0000-7000-8000-000000000003"}, {"text", "Mine"}});
        QVERIFY(id);
        const sync::NoteEdit theirs{sync::Hlc{store.now, 5, kOtherDevice}, {}, "Theirs"};
        const nlohmann::json change{
            {"entity", "note"},
            {"id", *id},
            {"version", 2},
            {"record",
             {{"fields",
               {{"client_id",
                 {{"value", "01900000-0000-7000-8000-000000000003"},
                  {"stamp", stampAt(store.now)}}}}},
              {"deleted", nullptr},
              {"undeleted", nullptr}}},
            {"history", nlohmann::json::array({sync::noteMutationToJson(theirs)})}};
        PullApplier applier(store.db(), store.clock());
        QVERIFY(applier.apply(kOrgA, page({change}), nullptr));

        auto dump = dumpSyncedEntities(store.db());
        QVERIFY(dump);
        const nlohmann::json& note = (*dump)["note"][0];
        std::set<std::string> texts{note["text"].get<std::string>()};
        for (const auto& text : note["conflicting_texts"]) {
            texts.insert(text.get<std::string>());
        }
        QCOMPARE(texts, (std::set<std::string>{"Mine", "Theirs"}));
        auto conflicts = SyncIssueRepository(store.db()).conflicts();
        QVERIFY(conflicts);
        QCOMPARE(conflicts->size(), std::size_t{1});
        QCOMPARE(conflicts->front().entityId, *id);

        // Editing the note again builds on both heads and resolves the conflict.
        QVERIFY(changes.update("note", *id, {{"text", "Merged"}}));
        QVERIFY(SyncIssueRepository(store.db()).conflicts()->empty());
    }

    void pullOnlyRowsAreReplaced()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        const std::string location = "01900000-0000-7000-8000-0000000000f1";
        const auto locationChange = [&](const char* name) {
            return nlohmann::json{
                {"entity", "location"},
                {"id", location},
                {"version", 3},
                {"values", {{"name", name}, {"province", "ON"}, {"time_zone", "America/Toronto"}}}};
        };
        PullApplier applier(store.db(), store.clock());
        QVERIFY(applier.apply(kOrgA, page({locationChange("Old")}), nullptr));
        QVERIFY(applier.apply(kOrgA, page({locationChange("Toronto")}), nullptr));
        auto dump = dumpSyncedEntities(store.db());
        QVERIFY(dump);
        QCOMPARE((*dump)["location"].size(), std::size_t{1});
        QCOMPARE_JSON((*dump)["location"][0]["name"], nlohmann::json("Toronto"));
        QCOMPARE_JSON((*dump)["location"][0]["org_id"], nlohmann::json(kOrgA));
    }
};

QTEST_GUILESS_MAIN(TestPullApplier)
#include "TestPullApplier.moc"
