// Clocks and concurrent edits through the real fitflow-cli devices (sync-research.md §3 cases
// 9-13): a device clock a year ahead is clamped by the server and a later honest edit still wins
// on every device; concurrent note edits keep both texts (also when an answer is lost and the
// edit resent); a late offline edit with an older stamp loses; delete beats a concurrent update;
// create, delete and an explicit undelete from three devices converge in any sync order.

#include "tests/integration/sync_faults/SyncFaultFixture.h"

#include "shared/sync/Hlc.h"

#include <algorithm>
#include <random>
#include <thread>

namespace fitflow::test {
namespace {

using namespace std::chrono_literals;

constexpr const char* kYearAhead = "31536000";
// An honest device writing 7 minutes from now: later than the server's clamp (now + 5 min).
constexpr const char* kSevenMinutesLater = "420";

class ClockAndConflicts : public SyncFaultFixture {
protected:
    void SetUp() override
    {
        SyncFaultFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_org = orgId(kNorthside);
    }

    static long long nowMilliseconds()
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    }

    // The physical part (ms) of the server's stamp of one client field.
    long long serverStampMilliseconds(const std::string& client, const std::string& field)
    {
        const auto parsed = sync::Hlc::parse(sqlText("SELECT field_stamps ->> '" + field +
                                                     "' FROM clients WHERE id = '" + client + "'"));
        EXPECT_TRUE(parsed);
        return parsed ? parsed->physical.time_since_epoch().count() : 0;
    }

    std::string clientField(const CliDevice& device, const std::string& client,
                            const std::string& field) const
    {
        const auto row = rowIn(dump(device), "client", client);
        return row.is_object() && row[field].is_string() ? row[field].get<std::string>() : "";
    }

    std::string m_org;
};

TEST_F(ClockAndConflicts, ClockAYearAheadIsClampedAndALaterHonestEditWinsEverywhere)
{
    const CliDevice runaway = newDevice("runaway", kAlexEmail, Route::Direct,
                                        {{"FITFLOW_CLOCK_OFFSET_SECONDS", kYearAhead}});
    const CliDevice honest = newDevice("honest", kAlexEmail, Route::Direct,
                                       {{"FITFLOW_CLOCK_OFFSET_SECONDS", kSevenMinutesLater}});
    ASSERT_FALSE(HasFailure());
    const std::string client =
        add(honest, "client", m_org, {{"first_name", "Clock"}, {"last_name", "Skew"}});
    expectSynced(honest);
    expectSynced(runaway);

    update(runaway, "client", client, {{"first_name", "Runaway"}});
    expectSynced(runaway);
    const long long clamped = serverStampMilliseconds(client, "first_name");
    EXPECT_LE(clamped, nowMilliseconds() + 5 * 60 * 1000) << "not clamped";
    EXPECT_GE(clamped, nowMilliseconds() + 4 * 60 * 1000);
    EXPECT_EQ(sqlText("SELECT given_name FROM clients WHERE id = '" + client + "'"), "Runaway");

    update(honest, "client", client, {{"first_name", "Honest"}});
    expectSynced(honest);
    EXPECT_EQ(sqlText("SELECT given_name FROM clients WHERE id = '" + client + "'"), "Honest");
    expectSynced(runaway);
    EXPECT_EQ(clientField(runaway, client, "first_name"), "Honest")
        << "the runaway device keeps its own unclamped stamp and never takes the newer value";
    EXPECT_EQ(dumpText(runaway), dumpText(honest));
}

TEST_F(ClockAndConflicts, ConcurrentNoteEditsBothSurviveAResentPushAndAreFlaggedOnBoth)
{
    const CliDevice laptop = newDevice("laptop", kAlexEmail, Route::ThroughProxy);
    const CliDevice tablet = newDevice("tablet", kAlexEmail);
    ASSERT_FALSE(HasFailure());
    const std::string client =
        add(laptop, "client", m_org, {{"first_name", "Nora"}, {"last_name", "Notes"}});
    const std::string note = add(laptop, "note", m_org, {{"client_id", client}, {"text", "Base"}});
    expectSynced(laptop);
    expectSynced(tablet);

    update(laptop, "note", note, {{"text", "Laptop: deadlift 3x5"}});
    update(tablet, "note", note, {{"text", "Tablet: squat 5x5"}});
    update(laptop, "client", client, {{"phone", "+1 555 0199"}});
    update(tablet, "client", client, {{"email", "nora@example.test"}});
    expectSynced(tablet);
    // The laptop's first push answer is lost; its in-process retry resends the same batch.
    proxy().setFaultAfterConnections(FaultPlan::dropResponseAfterRequest(), 1, 1);
    expectSynced(laptop);
    EXPECT_EQ(proxy().counters().faultsInjected, 1u);
    expectSynced(tablet);

    const std::string laptopDump = dumpText(laptop);
    EXPECT_EQ(dumpText(tablet), laptopDump);
    const auto noteRow = rowIn(nlohmann::json::parse(laptopDump), "note", note);
    ASSERT_TRUE(noteRow.is_object());
    std::vector<std::string> texts{noteRow.value("text", "")};
    for (const auto& other : noteRow["conflicting_texts"]) {
        texts.push_back(other.get<std::string>());
    }
    std::sort(texts.begin(), texts.end());
    EXPECT_EQ(texts, (std::vector<std::string>{"Laptop: deadlift 3x5", "Tablet: squat 5x5"}));
    for (const CliDevice* device : {&laptop, &tablet}) {
        const auto conflicts = status(*device)["conflicts"];
        ASSERT_EQ(conflicts.size(), 1u) << conflicts.dump();
        EXPECT_EQ(conflicts[0]["entity_id"], note);
    }
    // Base + two edits on the server, the resent one not twice.
    EXPECT_EQ(sqlCount("SELECT count(*) FROM note_sync_mutations WHERE note_id = '" + note +
                       "' AND mutation ->> 'kind' = 'edit'"),
              3);
    EXPECT_EQ(clientField(tablet, client, "phone"), "+1 555 0199");
    EXPECT_EQ(clientField(tablet, client, "email"), "nora@example.test");
}

TEST_F(ClockAndConflicts, LateOfflineEditWithAnOlderStampDoesNotOverwriteANewerOne)
{
    const CliDevice online = newDevice("online", kAlexEmail);
    const CliDevice offline = newDevice("offline", kAlexEmail);
    ASSERT_FALSE(HasFailure());
    const std::string client =
        add(online, "client", m_org, {{"first_name", "Tia"}, {"last_name", "Late"}});
    expectSynced(online);
    expectSynced(offline);

    update(offline, "client", client, {{"phone", "offline at t5"}}); // earlier, not synced
    std::this_thread::sleep_for(20ms);
    update(online, "client", client, {{"phone", "online at t10"}});
    expectSynced(online);
    expectSynced(offline); // arrives last, with the older stamp
    expectSynced(online);

    EXPECT_EQ(sqlText("SELECT phone FROM clients WHERE id = '" + client + "'"), "online at t10");
    EXPECT_EQ(clientField(offline, client, "phone"), "online at t10");
    EXPECT_EQ(dumpText(offline), dumpText(online));
}

TEST_F(ClockAndConflicts, DeleteBeatsAConcurrentUpdateWithoutAHalfRow)
{
    // Only an owner may delete a client (permission matrix); Alex edits concurrently.
    const CliDevice owner = newDevice("owner", kOwnerEmail);
    const CliDevice editor = newDevice("editor", kAlexEmail);
    ASSERT_FALSE(HasFailure());
    const std::string before =
        add(editor, "client", m_org, {{"first_name", "Dee"}, {"last_name", "Before"}});
    const std::string after =
        add(editor, "client", m_org, {{"first_name", "Dee"}, {"last_name", "After"}});
    expectSynced(editor);
    expectSynced(owner);

    // One client is edited before it is deleted on the other device, the other after.
    update(editor, "client", before, {{"phone", "+1 555 0001"}});
    std::this_thread::sleep_for(20ms);
    remove(owner, "client", before);
    remove(owner, "client", after);
    std::this_thread::sleep_for(20ms);
    update(editor, "client", after, {{"phone", "+1 555 0002"}, {"last_name", "Edited"}});
    expectSynced(editor);
    expectSynced(owner);
    expectSynced(editor);

    for (const std::string& id : {before, after}) {
        EXPECT_TRUE(rowIn(dump(owner), "client", id).is_null()) << id;
        EXPECT_TRUE(rowIn(dump(editor), "client", id).is_null()) << id;
        EXPECT_EQ(sqlCount("SELECT count(*) FROM clients WHERE id = '" + id + "' AND deleted"), 1)
            << id;
    }
    for (const CliDevice* device : {&owner, &editor}) {
        const auto shown = status(*device);
        EXPECT_TRUE(shown["rejections"].empty()) << shown.dump();
        EXPECT_EQ(shown.value("pending", -1), 0);
    }
}

TEST_F(ClockAndConflicts, CreateDeleteAndUndeleteFromThreeDevicesConvergeInAnySyncOrder)
{
    ChildProcessKiller seeded = ChildProcessKiller::fromEnvironmentOrRandom();
    SCOPED_TRACE(seeded.seedNote());
    std::mt19937_64 shuffle(seeded.seed());
    const CliDevice first = newDevice("first", kAlexEmail);
    const CliDevice second = newDevice("second", kOwnerEmail); // only an owner deletes clients
    const CliDevice third = newDevice("third", kAlexEmail);
    ASSERT_FALSE(HasFailure());
    const std::string client =
        add(first, "client", m_org, {{"first_name", "Ren"}, {"last_name", "Created"}});
    expectSynced(first);
    expectSynced(second);
    expectSynced(third);

    // Offline: the owner's device deletes, Alex's second device edits; then another device of
    // the owner (raw push) re-creates the client with an explicit undelete stamped after the
    // delete.
    remove(second, "client", client);
    update(third, "client", client, {{"email", "ren@example.test"}});
    std::this_thread::sleep_for(20ms);
    const std::string rawDevice = randomUuid();
    const std::string token = accessTokenFor(kOwnerEmail, rawDevice);
    const sync::Hlc undeleteStamp{
        std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now()), 0,
        rawDevice};
    const auto undelete =
        api("POST", "/api/v1/sync/push",
            {{"schema_version", 1},
             {"mutations",
              {{{"id", 1},
                {"org_id", m_org},
                {"entity", "client"},
                {"entity_id", client},
                {"change", {{"operation", "undelete"}, {"stamp", undeleteStamp.toString()}}}}}}},
            token);
    ASSERT_TRUE(undelete);
    ASSERT_EQ(undelete->status, 200) << undelete->body;
    EXPECT_TRUE(nlohmann::json::parse(undelete->body)["rejections"].empty()) << undelete->body;

    std::vector<const CliDevice*> order{&first, &second, &third};
    std::shuffle(order.begin(), order.end(), shuffle);
    for (int round = 0; round < 2; ++round) {
        for (const CliDevice* device : order) {
            expectSynced(*device);
        }
    }
    // Alex's two devices hold the same; the owner sees more clients, but this one identically.
    const std::string firstDump = dumpText(first);
    EXPECT_EQ(dumpText(third), firstDump);
    const auto row = rowIn(nlohmann::json::parse(firstDump), "client", client);
    ASSERT_TRUE(row.is_object()) << "the undeleted client is missing";
    EXPECT_EQ(row.value("email", ""), "ren@example.test");
    EXPECT_EQ(rowIn(dump(second), "client", client), row);
    for (const CliDevice* device : {&first, &second, &third}) {
        EXPECT_TRUE(status(*device)["rejections"].empty());
    }
    EXPECT_EQ(sqlCount("SELECT count(*) FROM clients WHERE id = '" + client + "' AND NOT deleted"),
              1);
}

} // namespace
} // namespace fitflow::test
