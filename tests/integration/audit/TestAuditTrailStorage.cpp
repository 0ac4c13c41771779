// The audit chain in PostgreSQL: concurrent appends never fork it, the application role can
// only append through audit_append() and read its own organization's events, and nobody
// changes events through ordinary SQL while the triggers are on.

#include "server/service/audit/AuditVerification.h"
#include "server/storage/TenantTransaction.h"
#include "server/storage/audit/PgAuditChainSource.h"
#include "tests/integration/audit/AuditTestDatabase.h"

#include <set>
#include <thread>

namespace fitflow::test {

namespace {

class AuditTrailStorage : public AuditTestDatabase {
protected:
    // Runs `sql` as `url`'s role; returns the error code, or "" when it succeeded.
    static std::string errorOf(const std::string& url, const std::string& sql)
    {
        try {
            pqxx::connection connection(url);
            pqxx::work transaction(connection);
            transaction.exec(sql);
            transaction.commit();
            return {};
        } catch (const pqxx::insufficient_privilege&) {
            return "permission_denied";
        } catch (const std::exception& error) {
            return error.what();
        }
    }
};

} // namespace

TEST_F(AuditTrailStorage, ConcurrentAppendsFormOneUnforkedChain)
{
    constexpr int kThreads = 4;
    constexpr int kPerThread = 30;
    storage::ConnectionPool pool(database().appUrl(), {.maxConnections = kThreads});
    storage::PgAuditTrail trail(pool);
    std::vector<std::vector<std::int64_t>> sequences(kThreads);
    std::vector<std::thread> writers;
    for (int t = 0; t < kThreads; ++t) {
        writers.emplace_back([&, t] {
            for (int n = 0; n < kPerThread; ++n) {
                const auto receipt = trail.append(eventFor(t * kPerThread + n, uuidFor(t)));
                if (receipt.ok()) {
                    sequences[t].push_back(receipt->sequence);
                }
            }
        });
    }
    for (auto& writer : writers) {
        writer.join();
    }
    std::set<std::int64_t> all;
    for (const auto& perThread : sequences) {
        EXPECT_EQ(perThread.size(), static_cast<std::size_t>(kPerThread));
        all.insert(perThread.begin(), perThread.end());
    }
    EXPECT_EQ(all.size(), static_cast<std::size_t>(kThreads * kPerThread));
    EXPECT_EQ(*all.rbegin(), kThreads * kPerThread) << "gapless";

    storage::ConnectionPool ownerPool(database().ownerUrl(), {.maxConnections = 1});
    storage::PgAuditChainSource source(ownerPool, 7); // several pages
    const auto report = audit::verifyAuditChain(source, {});
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->firstBreak, std::nullopt) << report->firstBreak->detail;
    EXPECT_EQ(report->eventsChecked, kThreads * kPerThread);
    EXPECT_EQ(superuserCount("SELECT count(DISTINCT prev_hash) FROM audit_events"),
              kThreads * kPerThread)
        << "no two events share a predecessor";
}

TEST_F(AuditTrailStorage, TheApplicationRoleCanOnlyAppendThroughTheFunction)
{
    appendEvents(3);
    const std::string app = database().appUrl();
    EXPECT_EQ(errorOf(app, "UPDATE audit_events SET action = 'client.deleted'"),
              "permission_denied");
    EXPECT_EQ(errorOf(app, "DELETE FROM audit_events"), "permission_denied");
    EXPECT_EQ(errorOf(app, "TRUNCATE audit_events"), "permission_denied");
    EXPECT_EQ(errorOf(app, "INSERT INTO audit_events (seq, id, format, occurred_at, action, "
                           "object_type, prev_hash, hash) VALUES (4, gen_random_uuid(), 1, "
                           "now(), 'x', 'y', sha256('a'), sha256('b'))"),
              "permission_denied");
    EXPECT_EQ(errorOf(app, "UPDATE audit_chain_head SET last_seq = 0"), "permission_denied");
    EXPECT_EQ(errorOf(app, "SELECT audit_append(NULL, NULL, NULL, 'auth.login_failed', 'user', "
                           "NULL)"),
              "");
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events"), 4);
}

TEST_F(AuditTrailStorage, TriggersRefuseChangesEvenToTheSuperuser)
{
    appendEvents(3);
    const std::string superuser = database().superuserUrl();
    EXPECT_EQ(errorOf(superuser, "UPDATE audit_events SET action = 'client.deleted'"),
              "permission_denied");
    EXPECT_EQ(errorOf(superuser, "DELETE FROM audit_events WHERE seq = 2"), "permission_denied");
    EXPECT_EQ(errorOf(superuser, "TRUNCATE audit_events"), "permission_denied");
    EXPECT_EQ(errorOf(database().ownerUrl(), "TRUNCATE audit_events"), "permission_denied");
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events"), 3);
}

TEST_F(AuditTrailStorage, TheApplicationReadsOnlyItsOrganizationsEvents)
{
    storage::ConnectionPool ownerPool(database().ownerUrl(), {.maxConnections = 1});
    storage::PgAuditTrail trail(ownerPool);
    ASSERT_TRUE(trail.append(eventFor(1, uuidFor(1))).ok());
    ASSERT_TRUE(trail.append(eventFor(2, uuidFor(2))).ok());
    ASSERT_TRUE(trail.append(eventFor(3, std::nullopt)).ok()); // platform event

    pqxx::connection connection(database().appUrl());
    const auto countAs = [&](const std::string& orgId) {
        long long count = -1;
        const auto status = storage::runTenantTransaction(
            connection, {orgId, uuidFor(101), "owner"}, [&](pqxx::transaction_base& tx) {
                count = tx.exec1("SELECT count(*) FROM audit_events")[0].as<long long>();
            });
        EXPECT_TRUE(status.ok());
        return count;
    };
    EXPECT_EQ(countAs(uuidFor(1)), 1);
    EXPECT_EQ(countAs(uuidFor(2)), 1);
    EXPECT_EQ(countAs(""), 0) << "no context, no rows; platform events stay hidden";
}

TEST_F(AuditTrailStorage, ATenantTransactionCannotWriteAnotherOrganizationsEvent)
{
    pqxx::connection connection(database().appUrl());
    const auto status = storage::runTenantTransaction(
        connection, {uuidFor(1), uuidFor(101), "owner"}, [&](pqxx::transaction_base& tx) {
            storage::appendAuditEvent(tx, eventFor(1, uuidFor(2)));
        });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, "database_permission_denied");

    const auto own = storage::runTenantTransaction(
        connection, {uuidFor(1), uuidFor(101), "owner"}, [&](pqxx::transaction_base& tx) {
            storage::appendAuditEvent(tx, eventFor(1, uuidFor(1)));
        });
    EXPECT_TRUE(own.ok()) << own.error().message;
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events"), 1);
}

TEST_F(AuditTrailStorage, RefusesFreeTextBeforeTouchingTheDatabase)
{
    storage::ConnectionPool pool(database().appUrl(), {.maxConnections = 1});
    storage::PgAuditTrail trail(pool);
    auto event = eventFor(1);
    event.objectType = "Jane Doe";
    const auto receipt = trail.append(event);
    ASSERT_FALSE(receipt.ok());
    EXPECT_EQ(receipt.error().code, "invalid_audit_event");
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events"), 0);
}

} // namespace fitflow::test
