// Duplicate and reordered delivery at the HTTP level (sync-research.md §3 cases 5 and 6): raw
// pushes of a device (a login with a device id) to the real server. A batch delivered twice,
// twice at the same moment, or overlapping an earlier one is acknowledged again and applied
// once; ids out of order or with holes in a body are refused whole; a gap between requests is
// `mutation_gap` with the server's last id, and resending from there applies in order.

#include "tests/integration/sync_faults/SyncFaultFixture.h"

#include "shared/sync/Hlc.h"

#include <future>

namespace fitflow::test {
namespace {

class DeliveryOrder : public SyncFaultFixture {
protected:
    struct RawDevice {
        std::string id;
        std::string token;
    };

    void SetUp() override
    {
        SyncFaultFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_org = orgId(kNorthside);
        m_device.id = randomUuid();
        m_device.token = accessTokenFor(kAlexEmail, m_device.id);
        ASSERT_FALSE(m_device.token.empty());
    }

    // A client write as mutation `id`, stamped `id` ms after the test's start.
    nlohmann::json clientWrite(std::int64_t id, const std::string& clientId,
                               const nlohmann::json& fields)
    {
        const sync::Hlc stamp{m_start + std::chrono::milliseconds{id}, 0, m_device.id};
        return {
            {"id", id},
            {"org_id", m_org},
            {"entity", "client"},
            {"entity_id", clientId},
            {"change", {{"operation", "write"}, {"stamp", stamp.toString()}, {"fields", fields}}}};
    }

    nlohmann::json newClient(std::int64_t id, const std::string& clientId)
    {
        return clientWrite(id, clientId,
                           {{"first_name", "Order" + std::to_string(id)}, {"last_name", "Raw"}});
    }

    httplib::Result push(const std::vector<nlohmann::json>& mutations) const
    {
        return api("POST", "/api/v1/sync/push",
                   {{"schema_version", 1}, {"mutations", nlohmann::json(mutations)}},
                   m_device.token);
    }

    // The acknowledged id of a push that must answer 200 without rejections.
    long long pushAcknowledged(const std::vector<nlohmann::json>& mutations) const
    {
        const auto answer = push(mutations);
        if (!answer || answer->status != 200) {
            ADD_FAILURE() << "push failed: " << (answer ? answer->body : "no answer");
            return -1;
        }
        const auto body = nlohmann::json::parse(answer->body);
        EXPECT_TRUE(body["rejections"].empty()) << body.dump();
        return body.value("acknowledged_through", -1LL);
    }

    long long copies(const std::string& clientId)
    {
        return sqlCount("SELECT count(*) FROM clients WHERE id = '" + clientId + "'");
    }

    long long applications(const std::string& clientId)
    {
        return sqlCount("SELECT count(*) FROM audit_events WHERE action = 'sync.client.write' "
                        "AND object_id = '" +
                        clientId + "'");
    }

    long long lastApplied()
    {
        return sqlCount("SELECT coalesce(max(last_mutation_id), 0) FROM sync_devices "
                        "WHERE device_id = '" +
                        m_device.id + "'");
    }

    long long version(const std::string& clientId)
    {
        return sqlCount("SELECT server_version FROM clients WHERE id = '" + clientId + "'");
    }

    std::string m_org;
    RawDevice m_device;
    Instant m_start =
        std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
};

TEST_F(DeliveryOrder, SameBatchTwiceIsAcknowledgedAgainAndAppliedOnce)
{
    const std::vector<std::string> ids{randomUuid(), randomUuid(), randomUuid()};
    const std::vector<nlohmann::json> batch{newClient(1, ids[0]), newClient(2, ids[1]),
                                            newClient(3, ids[2])};
    EXPECT_EQ(pushAcknowledged(batch), 3);
    const long long versionBefore = version(ids[0]);
    EXPECT_EQ(pushAcknowledged(batch), 3);
    for (const std::string& id : ids) {
        EXPECT_EQ(copies(id), 1);
        EXPECT_EQ(applications(id), 1);
    }
    EXPECT_EQ(version(ids[0]), versionBefore) << "the duplicate was applied again";
    EXPECT_EQ(lastApplied(), 3);
}

TEST_F(DeliveryOrder, SameBatchAtTheSameMomentIsAppliedOnce)
{
    std::vector<std::string> ids;
    std::vector<nlohmann::json> batch;
    for (int i = 1; i <= 20; ++i) {
        ids.push_back(randomUuid());
        batch.push_back(newClient(i, ids.back()));
    }
    auto first = std::async(std::launch::async, [&] { return pushAcknowledged(batch); });
    auto second = std::async(std::launch::async, [&] { return pushAcknowledged(batch); });
    EXPECT_EQ(first.get(), 20);
    EXPECT_EQ(second.get(), 20);
    for (const std::string& id : ids) {
        EXPECT_EQ(copies(id), 1);
        EXPECT_EQ(applications(id), 1) << id;
    }
    EXPECT_EQ(lastApplied(), 20);
}

TEST_F(DeliveryOrder, OverlappingResendAppliesOnlyTheNewTail)
{
    const std::vector<std::string> ids{randomUuid(), randomUuid(), randomUuid(), randomUuid()};
    EXPECT_EQ(pushAcknowledged({newClient(1, ids[0]), newClient(2, ids[1])}), 2);
    // The answer to 1-2 was "lost": the device resends them with 3-4. A second application of
    // 1 or 2 would show as a second audit event.
    EXPECT_EQ(pushAcknowledged({newClient(1, ids[0]), newClient(2, ids[1]), newClient(3, ids[2]),
                                newClient(4, ids[3])}),
              4);
    for (const std::string& id : ids) {
        EXPECT_EQ(copies(id), 1);
        EXPECT_EQ(applications(id), 1) << id;
    }
    EXPECT_EQ(lastApplied(), 4);
}

TEST_F(DeliveryOrder, GapIsRefusedWithTheLastIdAndResendingFromThereAppliesInOrder)
{
    const std::string client = randomUuid();
    std::vector<nlohmann::json> first;
    for (int i = 1; i <= 4; ++i) {
        first.push_back(newClient(i, randomUuid()));
    }
    first.push_back(newClient(5, client));
    EXPECT_EQ(pushAcknowledged(first), 5);

    // 7 arrives before 6 (6 was lost or is still on its way).
    const auto seven = clientWrite(7, client, {{"phone", "+1 555 0107"}});
    const auto six = clientWrite(6, client, {{"phone", "+1 555 0106"}, {"email", "six@x.test"}});
    const auto refused = push({seven});
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 409);
    const auto body = nlohmann::json::parse(refused->body);
    EXPECT_EQ(body["error"]["code"], "mutation_gap");
    EXPECT_EQ(body["last_mutation_id"], 5);
    EXPECT_EQ(lastApplied(), 5);
    EXPECT_EQ(sqlText("SELECT coalesce(phone, '') FROM clients WHERE id = '" + client + "'"), "");

    // 5 and 7 in one body (a hole) is malformed: 400, nothing applied.
    const auto holes = push({newClient(5, client), seven});
    ASSERT_TRUE(holes);
    EXPECT_EQ(holes->status, 400) << holes->body;
    // 7 before 6 in one body: refused whole too.
    const auto reversed = push({seven, six});
    ASSERT_TRUE(reversed);
    EXPECT_EQ(reversed->status, 400) << reversed->body;
    EXPECT_EQ(lastApplied(), 5);

    EXPECT_EQ(pushAcknowledged({six, seven}), 7);
    EXPECT_EQ(sqlText("SELECT phone || ' ' || email FROM clients WHERE id = '" + client + "'"),
              "+1 555 0107 six@x.test");
    EXPECT_EQ(applications(client), 3);
    EXPECT_EQ(lastApplied(), 7);
}

} // namespace
} // namespace fitflow::test
