// Merge-on-pull against a real encrypted store, without a server: pulled pages are merged field
// by field with local state, pending local changes win where they are newer, a snapshot removes
// only rows that are neither sent nor pending (tracked in the store across pages, also across a
// restart mid-snapshot), a bad page writes nothing.

#include "tests/unit/desktop/sync/SyncTestStore.h"

#include "desktop/storage/DeferredSyncScope.h"
#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/SyncIssueRepository.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/PullApplier.h"
#include "desktop/sync/SyncDump.h"
#include "shared/sync/MutationCodec.h"

#include <QSqlQuery>
#include <QTest>

#include <map>
#include <set>
#include <vector>

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

const std::string kOrgB = "01900000-0000-7000-8000-0000000000b1";

std::string clientIdAt(int n)
{
    return "01900000-0000-7000-8000-0000000001" + std::to_string(10 + n);
}

nlohmann::json sampleFields(const Instant& when)
{
    return {{"first_name", {{"value", "X"}, {"stamp", stampAt(when)}}},
            {"last_name", {{"value", "Y"}, {"stamp", stampAt(when)}}}};
}

nlohmann::json clientChanges(const std::vector<int>& numbers, const Instant& when)
{
    nlohmann::json changes = nlohmann::json::array();
    for (const int n : numbers) {
        changes.push_back(clientChange(clientIdAt(n), sampleFields(when)));
    }
    return changes;
}

std::set<std::string> clientIds(const test::SyncTestStore& store, const std::string& orgId)
{
    std::set<std::string> ids;
    QSqlQuery query(store.db());
    query.prepare(QStringLiteral("SELECT id FROM clients WHERE org_id = ?"));
    query.addBindValue(QString::fromStdString(orgId));
    if (query.exec()) {
        while (query.next()) {
            ids.insert(query.value(0).toString().toStdString());
        }
    }
    return ids;
}

int snapshotMarks(const test::SyncTestStore& store)
{
    return store.scalar(QStringLiteral("SELECT count(*) FROM snapshot_seen")).toInt();
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
        auto counts =
            applier.apply(kOrgA, page({clientChange(*id, fields)}), SnapshotTracking::None);
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
        QVERIFY(applier.apply(kOrgA, page({clientChange(*id, fields)}), SnapshotTracking::None));
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
        QVERIFY(applier.apply(kOrgA, page({clientChange(*id, fields)}), SnapshotTracking::None));
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
        QVERIFY(applier.apply(kOrgA, page({clientChange(stale, fields)}), SnapshotTracking::None));
        LocalChanges changes(store.db(), store.clock());
        auto pending = changes.add("client", kOrgA, {{"first_name", "P"}, {"last_name", "Q"}});
        QVERIFY(pending);

        auto firstPage = applier.apply(kOrgA, page(nlohmann::json::array(), true, true),
                                       SnapshotTracking::Start);
        QVERIFY(firstPage);
        QCOMPARE(firstPage->removed, 0); // an unfinished snapshot removes nothing
        auto last = applier.apply(kOrgA, page({clientChange(sent, fields)}, true, false),
                                  SnapshotTracking::Continue);
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

    void snapshotSpanningPagesRemovesExactlyTheUnseenRows()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        PullApplier applier(store.db(), store.clock());
        // Six rows known locally, one row of another organization, one pending local change.
        QVERIFY(applier.apply(kOrgA, page(clientChanges({1, 2, 3, 4, 5, 6}, store.now)),
                              SnapshotTracking::None));
        QVERIFY(applier.apply(kOrgB, page(clientChanges({7}, store.now)), SnapshotTracking::None));
        LocalChanges changes(store.db(), store.clock());
        auto pending = changes.add("client", kOrgA, {{"first_name", "P"}, {"last_name", "Q"}});
        QVERIFY(pending);
        QCOMPARE(snapshotMarks(store), 0); // pages outside a snapshot leave no marks

        // The snapshot sends 1, 2 / 4 / 6 over three pages; 3 and 5 are gone on the server.
        auto first = applier.apply(kOrgA, page(clientChanges({1, 2}, store.now), true, true),
                                   SnapshotTracking::Start);
        QVERIFY2(first, first ? "" : first.error().message.c_str());
        QCOMPARE(first->removed, 0);
        QCOMPARE(snapshotMarks(store), 2); // kept in the store with the page, not in memory
        auto second = applier.apply(kOrgA, page(clientChanges({4}, store.now), true, true),
                                    SnapshotTracking::Continue);
        QVERIFY(second);
        QCOMPARE(second->removed, 0);
        QCOMPARE(snapshotMarks(store), 3);
        QCOMPARE(clientIds(store, kOrgA).size(), std::size_t{7});
        auto last = applier.apply(kOrgA, page(clientChanges({6}, store.now), true, false),
                                  SnapshotTracking::Continue);
        QVERIFY(last);
        QCOMPARE(last->removed, 2);

        QCOMPARE(clientIds(store, kOrgA),
                 (std::set<std::string>{clientIdAt(1), clientIdAt(2), clientIdAt(4), clientIdAt(6),
                                        *pending}));
        QCOMPARE(clientIds(store, kOrgB), (std::set<std::string>{clientIdAt(7)}));
        QCOMPARE(snapshotMarks(store), 0); // a completed snapshot leaves no marks behind
        // The removed clients left the search index with their rows.
        QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM client_search")).toInt(), 6);
    }

    void interruptedSnapshotRemovesNothingUntilAFullOne()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        {
            PullApplier applier(store.db(), store.clock());
            QVERIFY(applier.apply(kOrgA, page(clientChanges({1, 2, 3, 4}, store.now)),
                                  SnapshotTracking::None));
            QVERIFY(applier.apply(kOrgA, page(clientChanges({1}, store.now), true, true),
                                  SnapshotTracking::Start));
            QCOMPARE(snapshotMarks(store), 1);
        }
        // The program was killed here; it restarts and resumes the snapshot from its cursor,
        // without the first page: it cannot tell what is missing and removes nothing.
        QVERIFY(store.reopen());
        PullApplier resumed(store.db(), store.clock());
        QVERIFY(resumed.apply(kOrgA, page(clientChanges({2}, store.now), true, true),
                              SnapshotTracking::None));
        QCOMPARE(snapshotMarks(store), 1);
        auto end = resumed.apply(kOrgA, page(clientChanges({3}, store.now), true, false),
                                 SnapshotTracking::None);
        QVERIFY(end);
        QCOMPARE(end->removed, 0);
        QCOMPARE(clientIds(store, kOrgA).size(), std::size_t{4});
        QCOMPARE(snapshotMarks(store), 0); // the interrupted snapshot's marks are dropped

        // The next full snapshot removes what the server no longer has (4), and only that.
        QVERIFY(resumed.apply(kOrgA, page(clientChanges({1, 2}, store.now), true, true),
                              SnapshotTracking::Start));
        auto full = resumed.apply(kOrgA, page(clientChanges({3}, store.now), true, false),
                                  SnapshotTracking::Continue);
        QVERIFY(full);
        QCOMPARE(full->removed, 1);
        QCOMPARE(clientIds(store, kOrgA),
                 (std::set<std::string>{clientIdAt(1), clientIdAt(2), clientIdAt(3)}));
    }

    void snapshotRestartForgetsMarksOfTheAbandonedOne()
    {
        // Marks of a snapshot abandoned mid-way (a reset answer) must not count for the next
        // one: row 2 was sent by the abandoned snapshot only, so the new one removes it.
        test::SyncTestStore store;
        QVERIFY(store.ok());
        PullApplier applier(store.db(), store.clock());
        QVERIFY(
            applier.apply(kOrgA, page(clientChanges({1, 2}, store.now)), SnapshotTracking::None));
        QVERIFY(applier.apply(kOrgA, page(clientChanges({2}, store.now), true, true),
                              SnapshotTracking::Start));
        auto restarted = applier.apply(kOrgA, page(clientChanges({1}, store.now), true, false),
                                       SnapshotTracking::Start);
        QVERIFY(restarted);
        QCOMPARE(restarted->removed, 1);
        QCOMPARE(clientIds(store, kOrgA), (std::set<std::string>{clientIdAt(1)}));
    }

    void snapshotIntoAnEmptyOrganizationMarksNoRows()
    {
        // A first pull: nothing of organization A is stored, so the snapshot has nothing to
        // remove and marks no rows; every row it sends stays, and so does a local row added
        // while it runs. Organization B's rows do not count as A's.
        test::SyncTestStore store;
        QVERIFY(store.ok());
        PullApplier applier(store.db(), store.clock());
        QVERIFY(applier.apply(kOrgB, page(clientChanges({7}, store.now)), SnapshotTracking::None));
        QVERIFY(applier.apply(kOrgA, page(clientChanges({1, 2}, store.now), true, true),
                              SnapshotTracking::Start));
        QCOMPARE(snapshotMarks(store), 1); // "started empty", no row marks
        LocalChanges changes(store.db(), store.clock());
        auto pending = changes.add("client", kOrgA, {{"first_name", "P"}, {"last_name", "Q"}});
        QVERIFY(pending);
        QVERIFY(applier.apply(kOrgA, page(clientChanges({3}, store.now), true, true),
                              SnapshotTracking::Continue));
        QCOMPARE(snapshotMarks(store), 1);
        auto last = applier.apply(kOrgA, page(clientChanges({4}, store.now), true, false),
                                  SnapshotTracking::Continue);
        QVERIFY(last);
        QCOMPARE(last->removed, 0);
        QCOMPARE(snapshotMarks(store), 0);
        QCOMPARE(clientIds(store, kOrgA),
                 (std::set<std::string>{clientIdAt(1), clientIdAt(2), clientIdAt(3), clientIdAt(4),
                                        *pending}));
        QCOMPARE(clientIds(store, kOrgB), (std::set<std::string>{clientIdAt(7)}));
    }

    void snapshotMarksRowsWhenAnyTableHoldsTheOrganization()
    {
        // Only a location of organization A is stored (no client): the snapshot still marks its
        // rows and removes the location it did not send.
        test::SyncTestStore store;
        QVERIFY(store.ok());
        const nlohmann::json location{
            {"entity", "location"},
            {"id", "01900000-0000-7000-8000-0000000000f1"},
            {"version", 3},
            {"values", {{"name", "Gone"}, {"province", "ON"}, {"time_zone", "America/Toronto"}}}};
        PullApplier applier(store.db(), store.clock());
        QVERIFY(applier.apply(kOrgA, page({location}), SnapshotTracking::None));
        QVERIFY(applier.apply(kOrgA, page(clientChanges({1}, store.now), true, true),
                              SnapshotTracking::Start));
        QCOMPARE(snapshotMarks(store), 1); // row 1's mark
        auto last = applier.apply(kOrgA, page(clientChanges({2}, store.now), true, false),
                                  SnapshotTracking::Continue);
        QVERIFY(last);
        QCOMPARE(last->removed, 1);
        auto dump = dumpSyncedEntities(store.db());
        QVERIFY(dump);
        QCOMPARE((*dump)["location"].size(), std::size_t{0});
        QCOMPARE(clientIds(store, kOrgA), (std::set<std::string>{clientIdAt(1), clientIdAt(2)}));
    }

    void failedSnapshotPageLeavesNoMarks()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        PullApplier applier(store.db(), store.clock());
        nlohmann::json changes = clientChanges({1}, store.now);
        changes.push_back(clientChange(clientIdAt(2),
                                       {{"first_name", {{"value", "X"}, {"stamp", "yesterday"}}}}));
        QVERIFY(!applier.apply(kOrgA, page(changes, true, true), SnapshotTracking::Start));
        QCOMPARE(snapshotMarks(store), 0);
        QCOMPARE(clientIds(store, kOrgA).size(), std::size_t{0});
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
                          SnapshotTracking::None);
        QVERIFY(!result);
        QCOMPARE(result.error().code, std::string("invalid_value"));
        QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM clients")).toInt(), 0);
        QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM sync_cursors")).toInt(), 0);

        auto noCursor =
            applier.apply(kOrgA, {{"changes", nlohmann::json::array()}}, SnapshotTracking::None);
        QVERIFY(!noCursor);
        QCOMPARE(noCursor.error().code, std::string("invalid_page"));
    }

    void storedFieldStateIsTheRecordsJson()
    {
        // The field_state column is written by hand (EntityRepository): it must be exactly the
        // record's JSON, whatever the stamps (two here), values (accents, quotes, a list, a
        // boolean, null) and key order of the page, and read back to the same record.
        test::SyncTestStore store;
        QVERIFY(store.ok());
        const std::string id = clientIdAt(1);
        const Instant later = store.now + std::chrono::minutes{1};
        const nlohmann::json fields{
            {"phone", {{"value", nullptr}, {"stamp", stampAt(store.now)}}},
            {"first_name", {{"value", "Zoë \"Z\" \\ Ünal\n"}, {"stamp", stampAt(later)}}},
            {"last_name", {{"value", "Côté"}, {"stamp", stampAt(store.now)}}},
            {"tags", {{"value", {"knee rehab", "été"}}, {"stamp", stampAt(later)}}},
            {"email", {{"value", "zoe@example.com"}, {"stamp", stampAt(store.now, kOtherDevice)}}},
            {"home_location_id", {{"value", true}, {"stamp", stampAt(store.now)}}}};
        PullApplier applier(store.db(), store.clock());
        QVERIFY(applier.apply(kOrgA, page({clientChange(id, fields)}), SnapshotTracking::None));
        auto pulled = SyncedRecord::fromJson(
            {{"fields", fields}, {"deleted", nullptr}, {"undeleted", nullptr}});
        QVERIFY(pulled);
        QCOMPARE(pulled->record().fields().size(), std::size_t{6});
        QCOMPARE(store
                     .scalar(QStringLiteral("SELECT field_state FROM clients WHERE id = '%1'")
                                 .arg(QString::fromStdString(id)))
                     .toString()
                     .toStdString(),
                 pulled->fieldsToJson().dump());
        auto stored = EntityRepository(store.db()).loadRecord(*findSyncedEntity("client"), id);
        QVERIFY(stored && *stored);
        QVERIFY((*stored)->state.record() == pulled->record());
    }

    void malformedFieldsAreRefusedWithTheirPath()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        const std::string stamp = stampAt(store.now);
        const std::vector<std::pair<nlohmann::json, std::string>> cases{
            {{{"first_name", {{"value", "X"}}}}, "wrong_type"},
            {{{"first_name", {{"stamp", stamp}}}}, "wrong_type"},
            {{{"first_name", "X"}}, "wrong_type"},
            {{{"first_name", {{"value", "X"}, {"stamp", nullptr}}}}, "invalid_value"},
            {{{"first_name", {{"value", "X"}, {"stamp", 12}}}}, "wrong_type"},
            {{{"first_name", {{"value", "X"}, {"stamp", "yesterday"}}}}, "invalid_value"}};
        PullApplier applier(store.db(), store.clock());
        for (const auto& [fields, code] : cases) {
            nlohmann::json mixed = fields;
            mixed["last_name"] = {{"value", "Y"}, {"stamp", stamp}};
            auto result = applier.apply(kOrgA, page({clientChange(clientIdAt(1), mixed)}),
                                        SnapshotTracking::None);
            QVERIFY(!result);
            QCOMPARE(result.error().code, code);
            QVERIFY2(result.error().path.rfind("changes[0].record.fields.first_name", 0) == 0,
                     result.error().path.c_str());
        }
        QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM clients")).toInt(), 0);
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
        QVERIFY(applier.apply(kOrgA, page({change}), SnapshotTracking::None));

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
        QVERIFY(applier.apply(kOrgA, page({locationChange("Old")}), SnapshotTracking::None));
        QVERIFY(applier.apply(kOrgA, page({locationChange("Toronto")}), SnapshotTracking::None));
        auto dump = dumpSyncedEntities(store.db());
        QVERIFY(dump);
        QCOMPARE((*dump)["location"].size(), std::size_t{1});
        QCOMPARE_JSON((*dump)["location"][0]["name"], nlohmann::json("Toronto"));
        QCOMPARE_JSON((*dump)["location"][0]["org_id"], nlohmann::json(kOrgA));
    }
    void pageCommitsWithoutFsyncAndRestoresFullDurability()
    {
        // A page commits under synchronous = NORMAL; the connection is back at FULL afterwards,
        // whether the page applied or failed, so a local edit is always synced to disk.
        constexpr int kFull = 2;
        test::SyncTestStore store;
        QVERIFY(store.ok());
        QCOMPARE(DeferredSyncScope::currentMode(store.db()).value(), kFull);
        PullApplier applier(store.db(), store.clock());
        QVERIFY(applier.apply(kOrgA, page(clientChanges({1}, store.now)), SnapshotTracking::None));
        QCOMPARE(DeferredSyncScope::currentMode(store.db()).value(), kFull);
        nlohmann::json bad = clientChanges({2}, store.now);
        bad[0]["record"]["fields"]["first_name"]["stamp"] = "yesterday";
        QVERIFY(!applier.apply(kOrgA, page(bad), SnapshotTracking::None));
        QCOMPARE(DeferredSyncScope::currentMode(store.db()).value(), kFull);
        {
            auto scope = DeferredSyncScope::begin(store.db());
            QVERIFY(scope);
            QCOMPARE(DeferredSyncScope::currentMode(store.db()).value(), 1);
        }
        QCOMPARE(DeferredSyncScope::currentMode(store.db()).value(), kFull);
    }

    void pullInterruptedBetweenPagesResumesFromTheLastCommittedPage()
    {
        // Page 1 of a snapshot commits (without an fsync) with its cursor; page 2 fails half way
        // and the program stops. After a restart the store holds page 1's rows and cursor, still
        // mid-snapshot, and nothing of page 2: the pull resumes from a consistent cursor.
        test::SyncTestStore store;
        QVERIFY(store.ok());
        {
            PullApplier applier(store.db(), store.clock());
            nlohmann::json first = page(clientChanges({1, 2}, store.now), true, true);
            first["cursor"] = "cursor-page-1";
            QVERIFY(applier.apply(kOrgA, first, SnapshotTracking::Start));
            nlohmann::json changes = clientChanges({3, 4}, store.now);
            changes[1]["record"]["fields"]["last_name"]["stamp"] = "yesterday";
            nlohmann::json second = page(changes, true, true);
            second["cursor"] = "cursor-page-2";
            QVERIFY(!applier.apply(kOrgA, second, SnapshotTracking::Continue));
        }
        QVERIFY(store.reopen());
        auto cursor = SyncStateRepository(store.db()).cursor(kOrgA);
        QVERIFY(cursor && *cursor);
        QCOMPARE((*cursor)->cursor, std::string("cursor-page-1"));
        QVERIFY((*cursor)->midSnapshot);
        QCOMPARE(clientIds(store, kOrgA), (std::set<std::string>{clientIdAt(1), clientIdAt(2)}));
        // The snapshot began with nothing of the organization stored: its one "started empty"
        // mark, no row marks (snapshotIntoAnEmptyOrganizationMarksNoRows).
        QCOMPARE(snapshotMarks(store), 1);
        QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM client_search")).toInt(), 2);
        QCOMPARE(DeferredSyncScope::currentMode(store.db()).value(), 2);

        // The resumed pull sends page 2 again and completes.
        PullApplier resumed(store.db(), store.clock());
        nlohmann::json again = page(clientChanges({3, 4}, store.now), true, false);
        QVERIFY(resumed.apply(kOrgA, again, SnapshotTracking::None));
        QCOMPARE(clientIds(store, kOrgA).size(), std::size_t{4});
    }

    void rowRepeatedInAPageKeepsItsLastState()
    {
        // A page's existing rows are read once before its writes; a row sent twice in the page
        // (new, or already stored) must still end with the second state and one search entry.
        test::SyncTestStore store;
        QVERIFY(store.ok());
        const std::string stored = clientIdAt(1);
        const std::string fresh = clientIdAt(2);
        PullApplier applier(store.db(), store.clock());
        QVERIFY(applier.apply(kOrgA, page({clientChange(stored, sampleFields(store.now))}),
                              SnapshotTracking::None));
        const Instant later = store.now + std::chrono::minutes{1};
        const auto named = [&](const std::string& first, const Instant& when) {
            return nlohmann::json{{"first_name", {{"value", first}, {"stamp", stampAt(when)}}},
                                  {"last_name", {{"value", "Y"}, {"stamp", stampAt(when)}}}};
        };
        auto counts = applier.apply(kOrgA,
                                    page({clientChange(fresh, named("Ana", store.now)),
                                          clientChange(stored, named("Bea", store.now)),
                                          clientChange(fresh, named("Cy", later)),
                                          clientChange(stored, named("Dee", later))}),
                                    SnapshotTracking::None);
        QVERIFY2(counts, counts ? "" : counts.error().message.c_str());
        QCOMPARE(counts->applied, 4);
        auto dump = dumpSyncedEntities(store.db());
        QVERIFY(dump);
        QCOMPARE((*dump)["client"].size(), std::size_t{2});
        std::map<std::string, std::string> names;
        for (const auto& client : (*dump)["client"]) {
            names[client["id"].get<std::string>()] = client["first_name"].get<std::string>();
        }
        QCOMPARE(names.at(fresh), std::string("Cy"));
        QCOMPARE(names.at(stored), std::string("Dee"));
        QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM client_search")).toInt(), 2);
        // Each entry's docid is its client's rowid (how an entry is found and replaced).
        QCOMPARE(store
                     .scalar(QStringLiteral("SELECT count(*) FROM client_search s JOIN clients c"
                                            " ON c.rowid = s.docid AND c.id = s.client_id"))
                     .toInt(),
                 2);
        QCOMPARE(store
                     .scalar(QStringLiteral("SELECT count(*) FROM client_search WHERE"
                                            " client_search MATCH 'cy'"))
                     .toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestPullApplier)
#include "TestPullApplier.moc"
