// A push that cannot get its locks in time (another writer holds the organization's version
// counter or the device's row) answers 503 with Retry-After, applies nothing and records no
// rejection; the same batch applies once the lock is gone.

#include "tests/integration/sync/SyncApiFixture.h"

namespace fitflow::test {

namespace {

class SyncPushTransient : public SyncApiFixture {
protected:
    void SetUp() override
    {
        SyncApiFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_northside = orgId(kNorthsideName);
    }

    // The answer must be a retryable 503 that left nothing behind.
    void expectRetryLater(const httplib::Result& answer, const std::string& clientId)
    {
        ASSERT_TRUE(answer);
        EXPECT_EQ(answer->status, 503) << answer->body;
        ASSERT_TRUE(answer->has_header("Retry-After"));
        EXPECT_GT(std::stoi(answer->get_header_value("Retry-After")), 0);
        EXPECT_EQ(superuserCount("SELECT count(*) FROM clients WHERE id = '" + clientId + "'"), 0);
        EXPECT_EQ(superuserCount("SELECT count(*) FROM sync_rejections"), 0);
    }

    std::string m_northside;
};

TEST_F(SyncPushTransient, LockTimeoutOnTheOrganizationsVersionCounterIs503AndRetryable)
{
    const Device laptop = deviceOf(kAlex);
    const std::string created = randomUuid();
    const std::vector<nlohmann::json> batch{
        write(1, m_northside, "client", created, stamp(laptop, nowMilliseconds()),
              {{"first_name", "Locked"}, {"last_name", "Out"}})};
    {
        // Another writer of the organization holds its version counter until it ends.
        pqxx::connection other(database().superuserUrl());
        pqxx::work holder(other);
        holder.exec("UPDATE clients SET phone = phone WHERE org_id = '" + m_northside +
                    "' AND id = (SELECT id FROM clients WHERE org_id = '" + m_northside +
                    "' LIMIT 1)");
        expectRetryLater(push(laptop, batch), created);
        holder.abort();
    }
    const auto retried = pushOk(laptop, batch);
    EXPECT_EQ(retried["acknowledged_through"], 1);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM clients WHERE id = '" + created + "'"), 1);
}

TEST_F(SyncPushTransient, LockTimeoutOnTheDeviceRowIs503)
{
    const Device laptop = deviceOf(kAlex);
    pushOk(laptop, {write(1, m_northside, "client", randomUuid(), stamp(laptop, nowMilliseconds()),
                          {{"first_name", "First"}, {"last_name", "Push"}})});
    const std::string created = randomUuid();
    const std::vector<nlohmann::json> batch{
        write(2, m_northside, "client", created, stamp(laptop, nowMilliseconds()),
              {{"first_name", "Busy"}, {"last_name", "Device"}})};
    {
        pqxx::connection other(database().superuserUrl());
        pqxx::work holder(other);
        holder.exec_params("SELECT 1 FROM sync_devices WHERE device_id = $1 FOR UPDATE", laptop.id);
        expectRetryLater(push(laptop, batch), created);
        holder.abort();
    }
    EXPECT_EQ(pushOk(laptop, batch)["acknowledged_through"], 2);
}

} // namespace

} // namespace fitflow::test
