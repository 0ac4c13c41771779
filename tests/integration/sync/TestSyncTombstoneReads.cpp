// The REST read side never shows a row deleted through sync: a tombstoned client answers 404 and
// leaves the list (with its notes), a tombstoned session leaves the calendar.

#include "tests/integration/sync/SyncApiFixture.h"

#include <set>

namespace fitflow::test {

namespace {

constexpr const char* kDay = "2026-12-01";
constexpr const char* kOwner = "owner@demo.fitflow.test";

class SyncTombstoneReads : public SyncApiFixture {
protected:
    void SetUp() override
    {
        SyncApiFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_northside = orgId(kNorthsideName);
        m_location = superuserText("SELECT id::text FROM locations WHERE org_id = '" + m_northside +
                                   "' ORDER BY name LIMIT 1");
    }

    static nlohmann::json remove(std::int64_t id, const std::string& org, const std::string& entity,
                                 const std::string& entityId, const std::string& hlc,
                                 const char* operation = "delete")
    {
        return {{"id", id},
                {"org_id", org},
                {"entity", entity},
                {"entity_id", entityId},
                {"change", {{"operation", operation}, {"stamp", hlc}}}};
    }

    int statusOf(const std::string& token, const std::string& path)
    {
        const auto answer = getAs(token, path);
        return answer ? answer->status : 0;
    }

    // The ids under `key` of a list answer (empty when the request failed).
    std::set<std::string> idsIn(const std::string& token, const std::string& path,
                                const std::string& key)
    {
        std::set<std::string> ids;
        const auto answer = getAs(token, path);
        EXPECT_TRUE(answer && answer->status == 200) << path;
        if (!answer || answer->status != 200) {
            return ids;
        }
        const auto body = nlohmann::json::parse(answer->body);
        for (const auto& row : body[key]) {
            ids.insert(row["id"].get<std::string>());
        }
        return ids;
    }

    std::string orgPath(const std::string& suffix) const
    {
        return "/api/v1/orgs/" + m_northside + suffix;
    }

    std::string sessionsOfTheDay() const
    {
        return orgPath(std::string("/sessions?from=") + kDay + "T00:00:00Z&to=" + kDay +
                       "T23:59:59Z");
    }

    std::string m_northside;
    std::string m_location;
};

TEST_F(SyncTombstoneReads, DeletedClientAndSessionDisappearFromEveryRestRead)
{
    const Device laptop = deviceOf(kAlex);
    const std::string rest = accessTokenFor(kAlex);
    const std::string client = randomUuid();
    const std::string session = randomUuid();
    const std::string note = randomUuid();
    const std::int64_t now = nowMilliseconds();
    const auto created = pushOk(
        laptop, {write(1, m_northside, "client", client, stamp(laptop, now),
                       {{"first_name", "Tomb"}, {"last_name", "Stone"}}),
                 write(2, m_northside, "session", session, stamp(laptop, now + 1),
                       {{"client_id", client},
                        {"location_id", m_location},
                        {"starts_at", std::string(kDay) + "T10:00:00Z"},
                        {"ends_at", std::string(kDay) + "T11:00:00Z"}}),
                 write(3, m_northside, "note", note, stamp(laptop, now + 2),
                       {{"client_id", client}, {"format", "free"}}),
                 noteEdit(4, m_northside, note, stamp(laptop, now + 3), {}, "Deadlift 3x5")});
    ASSERT_EQ(created["acknowledged_through"], 4);
    ASSERT_TRUE(created["rejections"].empty()) << created.dump();

    // Visible before the deletes: the test would pass vacuously otherwise.
    EXPECT_EQ(statusOf(rest, orgPath("/clients/" + client)), 200);
    EXPECT_TRUE(idsIn(rest, orgPath("/clients?limit=200"), "clients").contains(client));
    EXPECT_TRUE(idsIn(rest, sessionsOfTheDay(), "sessions").contains(session));
    EXPECT_EQ(statusOf(rest, orgPath("/notes/" + note)), 200);

    // No role may delete a session through sync yet (the matrix has no Delete on sessions), so
    // the tombstone is written the way the sync writer stores one.
    superuserExec("UPDATE sessions SET deleted_stamp = '" + stamp(laptop, now + 10) +
                  "' WHERE id = '" + session + "'");
    EXPECT_FALSE(idsIn(rest, sessionsOfTheDay(), "sessions").contains(session));
    EXPECT_EQ(statusOf(rest, orgPath("/clients/" + client)), 200);

    // Only an owner may delete a client.
    const Device ownerLaptop = deviceOf(kOwner);
    const auto deletedClient = pushOk(
        ownerLaptop, {remove(1, m_northside, "client", client, stamp(ownerLaptop, now + 11))});
    ASSERT_TRUE(deletedClient["rejections"].empty()) << deletedClient.dump();
    EXPECT_EQ(statusOf(rest, orgPath("/clients/" + client)), 404);
    EXPECT_FALSE(idsIn(rest, orgPath("/clients?limit=200"), "clients").contains(client));
    EXPECT_EQ(statusOf(rest, orgPath("/clients/" + client + "/notes")), 404);
    EXPECT_EQ(statusOf(rest, orgPath("/notes/" + note)), 404);
    // The tombstones are still there for devices that have not pulled them yet.
    EXPECT_EQ(
        superuserCount("SELECT count(*) FROM clients WHERE deleted AND id = '" + client + "'"), 1);
}

TEST_F(SyncTombstoneReads, UndeletedClientComesBack)
{
    const Device ownerLaptop = deviceOf(kOwner);
    const std::string rest = accessTokenFor(kOwner);
    const std::string client = randomUuid();
    const std::int64_t now = nowMilliseconds();
    pushOk(ownerLaptop, {write(1, m_northside, "client", client, stamp(ownerLaptop, now),
                               {{"first_name", "Lazarus"}, {"last_name", "Back"}}),
                         remove(2, m_northside, "client", client, stamp(ownerLaptop, now + 1))});
    EXPECT_EQ(statusOf(rest, orgPath("/clients/" + client)), 404);
    // A later write does not revive it; only an explicit undelete does (LwwRecord).
    pushOk(ownerLaptop, {write(3, m_northside, "client", client, stamp(ownerLaptop, now + 2),
                               {{"phone", "+15145550101"}})});
    EXPECT_EQ(statusOf(rest, orgPath("/clients/" + client)), 404);
    const auto undeleted =
        pushOk(ownerLaptop,
               {remove(4, m_northside, "client", client, stamp(ownerLaptop, now + 3), "undelete")});
    ASSERT_TRUE(undeleted["rejections"].empty()) << undeleted.dump();
    EXPECT_EQ(statusOf(rest, orgPath("/clients/" + client)), 200);
}

} // namespace

} // namespace fitflow::test
