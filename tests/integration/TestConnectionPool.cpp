// The connection pool against a real database: reuse, the size bound, recovery and close().

#include "server/storage/ConnectionPool.h"
#include "tests/support/server/PgTestDatabase.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

namespace fitflow::test {

namespace {

using namespace std::chrono_literals;

class ConnectionPoolTest : public PgTestFixture {
protected:
    storage::ConnectionPoolOptions smallPool() const
    {
        return storage::ConnectionPoolOptions{
            .maxConnections = 2, .connectTimeoutSeconds = 2, .acquireTimeout = 200ms};
    }

    static int backendPid(storage::ConnectionLease& lease)
    {
        return lease.connection().backendpid();
    }
};

} // namespace

TEST_F(ConnectionPoolTest, ReturnedConnectionIsReused)
{
    storage::ConnectionPool pool(database().appUrl(), smallPool());
    int first = 0;
    {
        auto lease = pool.acquire();
        ASSERT_TRUE(lease.ok()) << lease.error().message;
        first = backendPid(*lease);
    }
    auto again = pool.acquire();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(backendPid(*again), first);
    EXPECT_EQ(pool.openConnections(), 1U);
}

TEST_F(ConnectionPoolTest, NeverOpensMoreThanItsLimit)
{
    storage::ConnectionPool pool(database().appUrl(), smallPool());
    auto a = pool.acquire();
    auto b = pool.acquire();
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(b.ok());
    EXPECT_NE(backendPid(*a), backendPid(*b));
    const auto third = pool.acquire();
    ASSERT_FALSE(third.ok());
    EXPECT_EQ(third.error().code, "database_busy");
    EXPECT_EQ(pool.openConnections(), 2U);
}

TEST_F(ConnectionPoolTest, UnreachableDatabaseIsAnErrorNotAHang)
{
    storage::ConnectionPool pool(PgTestDatabase::deadUrl(), smallPool());
    const auto started = std::chrono::steady_clock::now();
    const auto lease = pool.acquire();
    ASSERT_FALSE(lease.ok());
    EXPECT_EQ(lease.error().code, "database_unavailable");
    EXPECT_LT(std::chrono::steady_clock::now() - started, 5s);
    EXPECT_EQ(pool.openConnections(), 0U) << "a failed connect must not use up a slot";
}

TEST_F(ConnectionPoolTest, ClosedPoolRefusesNewLeases)
{
    storage::ConnectionPool pool(database().appUrl(), smallPool());
    ASSERT_TRUE(pool.acquire().ok());
    pool.close();
    const auto lease = pool.acquire();
    ASSERT_FALSE(lease.ok());
    EXPECT_EQ(lease.error().code, "shutting_down");
    EXPECT_EQ(pool.openConnections(), 0U);
}

} // namespace fitflow::test
