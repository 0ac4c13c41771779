#pragma once
// Fixture for the audit integration tests: a fresh, migrated database, helpers to append
// events as a given role, and superuser SQL for the tamper tests.

#include "server/service/audit/AuditEvent.h"
#include "server/storage/EmbeddedMigrations.h"
#include "server/storage/MigrationRunner.h"
#include "server/storage/audit/PgAuditTrail.h"
#include "tests/support/server/PgTestDatabase.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <cstdio>

namespace fitflow::test {

class AuditTestDatabase : public PgTestFixture {
protected:
    void SetUp() override
    {
        PgTestFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        storage::MigrationRunner runner(
            database().ownerUrl(),
            storage::loadMigrations(storage::embeddedMigrationFiles()).value());
        const auto migrated = runner.run();
        ASSERT_TRUE(migrated.ok()) << migrated.error().message;
    }

    static std::string uuidFor(int n)
    {
        char text[37];
        std::snprintf(text, sizeof text, "00000000-0000-7000-8000-%012d", n);
        return text;
    }

    static audit::AuditEvent eventFor(int n, std::optional<std::string> orgId = uuidFor(1))
    {
        audit::AuditEvent event;
        event.orgId = std::move(orgId);
        event.actorUserId = uuidFor(100 + n % 3);
        event.action = "client.read";
        event.objectType = "client";
        event.objectId = uuidFor(1000 + n);
        return event;
    }

    // Appends `count` events with the owner role (as seeding does).
    void appendEvents(int count)
    {
        storage::ConnectionPool pool(database().ownerUrl(), {.maxConnections = 1});
        storage::PgAuditTrail trail(pool);
        for (int n = 1; n <= count; ++n) {
            const auto receipt = trail.append(eventFor(n));
            ASSERT_TRUE(receipt.ok()) << receipt.error().message;
        }
    }

    // Runs `sql` as the superuser with triggers off, as an attacker with full access would.
    void tamper(const std::string& sql)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work transaction(connection);
        transaction.exec("SET LOCAL session_replication_role = replica");
        transaction.exec(sql);
        transaction.commit();
    }

    long long superuserCount(const std::string& sql)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::read_transaction transaction(connection);
        return transaction.exec1(sql)[0].as<long long>();
    }
};

} // namespace fitflow::test
