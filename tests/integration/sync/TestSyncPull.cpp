// POST /api/v1/sync/pull against the real server: scope by role, signed cursors, keyset paging,
// scope changes as snapshots, and rows committed late by concurrent writers.

#include "tests/integration/sync/SyncApiFixture.h"

#include <future>
#include <set>

namespace fitflow::test {

namespace {

class SyncPull : public SyncApiFixture {
protected:
    void SetUp() override
    {
        SyncApiFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_northside = orgId(kNorthsideName);
    }

    std::string userId(const std::string& email)
    {
        return superuserText("SELECT id::text FROM users WHERE email = '" + email + "'");
    }

    std::set<std::string> clientIdsOf(const std::vector<nlohmann::json>& changes)
    {
        std::set<std::string> ids;
        for (const auto& change : changes) {
            if (change["entity"] == "client") {
                ids.insert(change["id"].get<std::string>());
            }
        }
        return ids;
    }

    // A connection of the application role acting as Northside's owner, transaction open.
    std::unique_ptr<pqxx::work> ownerTransaction(pqxx::connection& connection)
    {
        auto transaction = std::make_unique<pqxx::work>(connection);
        transaction->exec_params("SELECT set_config('fitflow.org_id', $1, true), "
                                 "set_config('fitflow.user_id', $2, true), "
                                 "set_config('fitflow.role', 'owner', true)",
                                 m_northside, userId("owner@demo.fitflow.test"));
        return transaction;
    }

    std::string m_northside;
};

TEST_F(SyncPull, SamNeverReceivesAlexsClients)
{
    const Device samsPhone = deviceOf(kSam);
    const auto changes = pullAll(samsPhone, m_northside);
    const std::string sam = userId(kSam);
    const auto received = clientIdsOf(changes);
    EXPECT_EQ(received.size(),
              static_cast<std::size_t>(superuserCount(
                  "SELECT count(*) FROM client_trainers WHERE trainer_user_id = '" + sam + "'")));
    for (const auto& change : changes) {
        if (change["entity"] == "client") {
            EXPECT_NE(std::find(change["trainer_ids"].begin(), change["trainer_ids"].end(), sam),
                      change["trainer_ids"].end());
        }
        if (change["entity"] == "session") {
            EXPECT_EQ(change["record"]["fields"]["trainer_id"]["value"], sam);
        }
    }
    // The practice of Alex is not Sam's: it does not exist for him.
    const auto other = pull(samsPhone, orgId(kPracticeName));
    ASSERT_TRUE(other);
    EXPECT_EQ(other->status, 404);
    EXPECT_EQ(other->get_header_value("Cache-Control"), "no-store");
}

TEST_F(SyncPull, CursorsOfAnotherOrganizationOrUserOrTamperedAreInvalid)
{
    const Device laptop = deviceOf(kAlex);
    const Device samsPhone = deviceOf(kSam);
    const auto first = pullOk(laptop, m_northside, nullptr, 2);
    const std::string cursor = first["cursor"].get<std::string>();
    const auto expectInvalid = [&](const Device& device, const std::string& org,
                                   const std::string& text) {
        const auto answer = pull(device, org, text);
        ASSERT_TRUE(answer);
        EXPECT_EQ(answer->status, 400) << answer->body;
        const auto body = nlohmann::json::parse(answer->body);
        EXPECT_EQ(body["error"]["code"], "invalid_cursor");
        EXPECT_FALSE(body.contains("changes"));
    };
    expectInvalid(laptop, orgId(kPracticeName), cursor);
    expectInvalid(samsPhone, m_northside, cursor);
    std::string tampered = cursor;
    tampered[5] = tampered[5] == 'A' ? 'B' : 'A';
    expectInvalid(laptop, m_northside, tampered);
    EXPECT_EQ(pull(laptop, m_northside, cursor)->status, 200);
}

TEST_F(SyncPull, PagingWithLimitTwoWalksEveryRowExactlyOnce)
{
    const Device laptop = deviceOf(kAlex);
    int pages = 0;
    const auto paged = pullAll(laptop, m_northside, 2, &pages);
    const auto whole = pullAll(laptop, m_northside, 1000);
    std::multiset<std::string> pagedKeys;
    std::set<std::string> wholeKeys;
    for (const auto& change : paged) {
        pagedKeys.insert(change["entity"].get<std::string>() + "/" +
                         change["id"].get<std::string>());
    }
    for (const auto& change : whole) {
        wholeKeys.insert(change["entity"].get<std::string>() + "/" +
                         change["id"].get<std::string>());
    }
    EXPECT_GT(whole.size(), 10U);
    EXPECT_EQ(pagedKeys.size(), wholeKeys.size());
    EXPECT_EQ(std::set<std::string>(pagedKeys.begin(), pagedKeys.end()), wholeKeys);
    EXPECT_GE(pages, static_cast<int>(whole.size() / 2));
    const auto first = pullOk(laptop, m_northside, nullptr, 2);
    EXPECT_TRUE(first["snapshot"].get<bool>());
    EXPECT_TRUE(first["has_more"].get<bool>());
    // Nothing new after the last page.
    const auto last = pullOk(laptop, m_northside, nullptr, 1000);
    const auto nothing = pullOk(laptop, m_northside, last["cursor"]);
    EXPECT_TRUE(nothing["changes"].empty());
    EXPECT_FALSE(nothing["snapshot"].get<bool>());
}

TEST_F(SyncPull, ReassignedClientLeavesTheOldTrainersDeviceAndReachesTheNewOne)
{
    const Device laptop = deviceOf(kAlex);
    const Device samsPhone = deviceOf(kSam);
    const std::string alex = userId(kAlex);
    const std::string sam = userId(kSam);
    const auto alexCursor = pullOk(laptop, m_northside)["cursor"];
    const auto samCursor = pullOk(samsPhone, m_northside)["cursor"];
    const std::string moved =
        superuserText("SELECT client_id::text FROM client_trainers WHERE org_id = '" + m_northside +
                      "' AND trainer_user_id = '" + alex + "' LIMIT 1");
    superuserExec("UPDATE client_trainers SET trainer_user_id = '" + sam + "' WHERE client_id = '" +
                  moved + "' AND trainer_user_id = '" + alex + "'");

    const auto alexPage = pullOk(laptop, m_northside, alexCursor);
    EXPECT_TRUE(alexPage["snapshot"].get<bool>());
    std::vector<nlohmann::json> alexChanges(alexPage["changes"].begin(), alexPage["changes"].end());
    EXPECT_FALSE(clientIdsOf(alexChanges).contains(moved));
    EXPECT_FALSE(clientIdsOf(alexChanges).empty());

    const auto samPage = pullOk(samsPhone, m_northside, samCursor);
    std::vector<nlohmann::json> samChanges(samPage["changes"].begin(), samPage["changes"].end());
    const auto* received = findChange(samChanges, "client", moved);
    ASSERT_NE(received, nullptr);
    EXPECT_EQ((*received)["trainer_ids"], nlohmann::json::array({sam}));
}

TEST_F(SyncPull, ARowCommittedAfterAPullIsStillReceived)
{
    const Device ownerDevice = deviceOf("owner@demo.fitflow.test");
    pqxx::connection first(database().appUrl());
    pqxx::connection second(database().appUrl());
    const std::string early = randomUuid();
    const std::string late = randomUuid();
    const auto insertClient = [](pqxx::work& transaction, const std::string& org,
                                 const std::string& id) {
        transaction.exec_params("INSERT INTO clients (org_id, id, given_name, family_name) "
                                "VALUES ($1, $2, 'Late', 'Commit')",
                                org, id);
    };
    auto firstWriter = ownerTransaction(first);
    insertClient(*firstWriter, m_northside, early); // takes the next version and holds it
    // The second writer waits for the first one's version lock.
    auto secondDone = std::async(std::launch::async, [&] {
        auto secondWriter = ownerTransaction(second);
        insertClient(*secondWriter, m_northside, late);
        secondWriter->commit();
    });
    EXPECT_EQ(secondDone.wait_for(std::chrono::milliseconds(300)), std::future_status::timeout);
    // A device pulls while both are uncommitted: it sees neither.
    const auto before = pullOk(ownerDevice, m_northside);
    std::vector<nlohmann::json> beforeChanges(before["changes"].begin(), before["changes"].end());
    EXPECT_FALSE(clientIdsOf(beforeChanges).contains(early));
    firstWriter->commit();
    secondDone.get();
    const auto after = pullOk(ownerDevice, m_northside, before["cursor"]);
    std::vector<nlohmann::json> afterChanges(after["changes"].begin(), after["changes"].end());
    EXPECT_EQ(clientIdsOf(afterChanges), (std::set<std::string>{early, late}));
    EXPECT_LT(findChange(afterChanges, "client", early)->at("version").get<long long>(),
              findChange(afterChanges, "client", late)->at("version").get<long long>());
}

TEST_F(SyncPull, ChangedEpochAnswersReset)
{
    const Device laptop = deviceOf(kAlex);
    const auto cursor = pullOk(laptop, m_northside)["cursor"];
    superuserExec("UPDATE sync_org_state SET epoch = gen_random_uuid() WHERE org_id = '" +
                  m_northside + "'");
    const auto answer = pull(laptop, m_northside, cursor);
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 409);
    EXPECT_EQ(nlohmann::json::parse(answer->body)["error"]["code"], "reset");
}

TEST_F(SyncPull, CursorBehindTheTombstoneHorizonAnswersResyncRequired)
{
    const Device laptop = deviceOf(kAlex);
    const auto cursor = pullOk(laptop, m_northside)["cursor"];
    superuserExec(
        "UPDATE sync_org_state SET tombstone_horizon = version + 1, version = version + 1 "
        "WHERE org_id = '" +
        m_northside + "'");
    const auto answer = pull(laptop, m_northside, cursor);
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 409);
    EXPECT_EQ(nlohmann::json::parse(answer->body)["error"]["code"], "resync_required");
}

} // namespace

} // namespace fitflow::test
