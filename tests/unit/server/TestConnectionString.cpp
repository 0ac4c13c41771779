#include "server/storage/ConnectionString.h"

#include <gtest/gtest.h>

using fitflow::storage::withConnectTimeout;

TEST(ConnectionString, AddsTimeoutToUriWithoutQuery)
{
    EXPECT_EQ(withConnectTimeout("postgresql://u:p@127.0.0.1:5432/db", 3),
              "postgresql://u:p@127.0.0.1:5432/db?connect_timeout=3");
}

TEST(ConnectionString, AppendsTimeoutToExistingQuery)
{
    EXPECT_EQ(withConnectTimeout("postgres://h/db?sslmode=disable", 2),
              "postgres://h/db?sslmode=disable&connect_timeout=2");
}

TEST(ConnectionString, AddsTimeoutToKeyValueForm)
{
    EXPECT_EQ(withConnectTimeout("host=/run/pg dbname=x", 5),
              "host=/run/pg dbname=x connect_timeout=5");
}

TEST(ConnectionString, KeepsAnExplicitTimeout)
{
    EXPECT_EQ(withConnectTimeout("postgresql://h/db?connect_timeout=10", 3),
              "postgresql://h/db?connect_timeout=10");
}
