#include "tests/integration/schema/SchemaFixture.h"

#include "server/storage/EmbeddedMigrations.h"
#include "server/storage/MigrationRunner.h"

#include <pqxx/pqxx>

namespace fitflow::test {

namespace {

// Plain SQL so the seed reads like the scenario; $$-free, one statement per line.
constexpr const char* kSeedSql = R"SQL(
INSERT INTO organizations (id, name, kind, province) VALUES
  ('0a000000-0000-0000-0000-000000000001', 'Studio A', 'studio', 'ON'),
  ('0b000000-0000-0000-0000-000000000001', 'Studio B', 'studio', 'BC');
INSERT INTO locations (org_id, id, name, province, time_zone) VALUES
  ('0a000000-0000-0000-0000-000000000001', '0a000000-0000-0000-0000-0000000000a1', 'A One', 'ON', 'America/Toronto'),
  ('0a000000-0000-0000-0000-000000000001', '0a000000-0000-0000-0000-0000000000a2', 'A Two', 'ON', 'America/Toronto'),
  ('0b000000-0000-0000-0000-000000000001', '0b000000-0000-0000-0000-0000000000b1', 'B One', 'BC', 'America/Vancouver');
INSERT INTO users (id, email, display_name, password_hash)
SELECT id::uuid, name || '@example.test', name, '$argon2id$v=19$placeholder' FROM (VALUES
  ('0a000000-0000-0000-0000-000000000101', 'owner-a'),
  ('0a000000-0000-0000-0000-000000000102', 'manager-a'),
  ('0a000000-0000-0000-0000-000000000103', 'trainer-admin-a'),
  ('0a000000-0000-0000-0000-000000000104', 'trainer-a1'),
  ('0a000000-0000-0000-0000-000000000105', 'trainer-a2'),
  ('0a000000-0000-0000-0000-000000000106', 'client-a1'),
  ('0b000000-0000-0000-0000-000000000101', 'owner-b'),
  ('0b000000-0000-0000-0000-000000000104', 'trainer-b')) AS u (id, name);
INSERT INTO memberships (org_id, id, user_id, role, team_lead_user_id) VALUES
  ('0a000000-0000-0000-0000-000000000001', gen_random_uuid(), '0a000000-0000-0000-0000-000000000101', 'owner', NULL),
  ('0a000000-0000-0000-0000-000000000001', '0a000000-0000-0000-0000-000000000602', '0a000000-0000-0000-0000-000000000102', 'manager', NULL),
  ('0a000000-0000-0000-0000-000000000001', gen_random_uuid(), '0a000000-0000-0000-0000-000000000103', 'trainer_admin', NULL),
  ('0a000000-0000-0000-0000-000000000001', gen_random_uuid(), '0a000000-0000-0000-0000-000000000104', 'trainer', '0a000000-0000-0000-0000-000000000103'),
  ('0a000000-0000-0000-0000-000000000001', gen_random_uuid(), '0a000000-0000-0000-0000-000000000105', 'trainer', NULL),
  ('0a000000-0000-0000-0000-000000000001', gen_random_uuid(), '0a000000-0000-0000-0000-000000000106', 'client', NULL),
  ('0b000000-0000-0000-0000-000000000001', gen_random_uuid(), '0b000000-0000-0000-0000-000000000101', 'owner', NULL),
  ('0b000000-0000-0000-0000-000000000001', gen_random_uuid(), '0b000000-0000-0000-0000-000000000104', 'trainer', NULL);
INSERT INTO membership_locations (org_id, membership_id, location_id) VALUES
  ('0a000000-0000-0000-0000-000000000001', '0a000000-0000-0000-0000-000000000602', '0a000000-0000-0000-0000-0000000000a1');
INSERT INTO clients (org_id, id, user_id, given_name, family_name, email, home_location_id) VALUES
  ('0a000000-0000-0000-0000-000000000001', '0a000000-0000-0000-0000-000000000201', '0a000000-0000-0000-0000-000000000106', 'Casey', 'One', 'c1@example.test', '0a000000-0000-0000-0000-0000000000a1'),
  ('0a000000-0000-0000-0000-000000000001', '0a000000-0000-0000-0000-000000000202', NULL, 'Dana', 'Two', 'c2@example.test', '0a000000-0000-0000-0000-0000000000a2'),
  ('0b000000-0000-0000-0000-000000000001', '0b000000-0000-0000-0000-000000000201', NULL, 'Eli', 'Bee', 'cb@example.test', NULL);
INSERT INTO client_trainers (org_id, client_id, trainer_user_id) VALUES
  ('0a000000-0000-0000-0000-000000000001', '0a000000-0000-0000-0000-000000000201', '0a000000-0000-0000-0000-000000000104'),
  ('0a000000-0000-0000-0000-000000000001', '0a000000-0000-0000-0000-000000000202', '0a000000-0000-0000-0000-000000000105'),
  ('0b000000-0000-0000-0000-000000000001', '0b000000-0000-0000-0000-000000000201', '0b000000-0000-0000-0000-000000000104');
INSERT INTO sessions (org_id, id, trainer_user_id, client_id, location_id, starts_at, ends_at) VALUES
  ('0a000000-0000-0000-0000-000000000001', '0a000000-0000-0000-0000-000000000301', '0a000000-0000-0000-0000-000000000104', '0a000000-0000-0000-0000-000000000201', '0a000000-0000-0000-0000-0000000000a1', '2026-12-01 14:00Z', '2026-12-01 15:00Z'),
  ('0a000000-0000-0000-0000-000000000001', '0a000000-0000-0000-0000-000000000302', '0a000000-0000-0000-0000-000000000105', '0a000000-0000-0000-0000-000000000202', '0a000000-0000-0000-0000-0000000000a2', '2026-12-01 16:00Z', '2026-12-01 17:00Z'),
  ('0b000000-0000-0000-0000-000000000001', '0b000000-0000-0000-0000-000000000301', '0b000000-0000-0000-0000-000000000104', '0b000000-0000-0000-0000-000000000201', '0b000000-0000-0000-0000-0000000000b1', '2026-12-01 18:00Z', '2026-12-01 19:00Z');
INSERT INTO notes (org_id, id, author_user_id, client_id, session_id, format, shared_with_client) VALUES
  ('0a000000-0000-0000-0000-000000000001', '0a000000-0000-0000-0000-000000000401', '0a000000-0000-0000-0000-000000000104', '0a000000-0000-0000-0000-000000000201', '0a000000-0000-0000-0000-000000000301', 'soap', true),
  ('0a000000-0000-0000-0000-000000000001', '0a000000-0000-0000-0000-000000000402', '0a000000-0000-0000-0000-000000000104', '0a000000-0000-0000-0000-000000000201', NULL, 'free', false),
  ('0a000000-0000-0000-0000-000000000001', '0a000000-0000-0000-0000-000000000403', '0a000000-0000-0000-0000-000000000105', '0a000000-0000-0000-0000-000000000202', NULL, 'free', true),
  ('0b000000-0000-0000-0000-000000000001', '0b000000-0000-0000-0000-000000000401', '0b000000-0000-0000-0000-000000000104', '0b000000-0000-0000-0000-000000000201', NULL, 'soap', true);
INSERT INTO note_revisions (org_id, note_id, revision_no, body, author_user_id)
SELECT org_id, id, 1, 'S: knee feels better', author_user_id FROM notes;
INSERT INTO invoices (org_id, id, number, client_id, status, subtotal_cents, tax_cents, total_cents, tax_point_date, trainer_user_id) VALUES
  ('0a000000-0000-0000-0000-000000000001', '0a000000-0000-0000-0000-000000000501', 'A-1', '0a000000-0000-0000-0000-000000000201', 'issued', 10000, 1300, 11300, '2026-12-01', '0a000000-0000-0000-0000-000000000104'),
  ('0a000000-0000-0000-0000-000000000001', '0a000000-0000-0000-0000-000000000502', 'A-2', '0a000000-0000-0000-0000-000000000202', 'issued', 10000, 1300, 11300, '2026-12-01', '0a000000-0000-0000-0000-000000000105'),
  ('0b000000-0000-0000-0000-000000000001', '0b000000-0000-0000-0000-000000000501', 'B-1', '0b000000-0000-0000-0000-000000000201', 'issued', 10000, 500, 10500, '2026-12-01', '0b000000-0000-0000-0000-000000000104');
INSERT INTO payments (org_id, id, invoice_id, kind, amount_cents)
SELECT org_id, gen_random_uuid(), id, 'card', total_cents FROM invoices;
)SQL";

} // namespace

void SchemaFixture::SetUp()
{
    PgTestFixture::SetUp();
    if (IsSkipped() || HasFatalFailure()) {
        return;
    }
    storage::MigrationRunner runner(
        database().ownerUrl(), storage::loadMigrations(storage::embeddedMigrationFiles()).value());
    const auto migrated = runner.run();
    ASSERT_TRUE(migrated.ok()) << migrated.error().message;
    seed();
}

void SchemaFixture::seed()
{
    pqxx::connection connection(database().superuserUrl());
    pqxx::work transaction(connection);
    transaction.exec(kSeedSql);
    transaction.commit();
}

long long SchemaFixture::countAs(const storage::TenantContext& context, const std::string& sql)
{
    pqxx::connection connection(database().appUrl());
    long long count = -1;
    const auto status =
        storage::runTenantTransaction(connection, context, [&](pqxx::transaction_base& tx) {
            count = tx.exec1(sql)[0].as<long long>();
        });
    EXPECT_TRUE(status.ok()) << sql << ": " << status.error().message;
    return count;
}

long long SchemaFixture::affectedAs(const storage::TenantContext& context, const std::string& sql)
{
    pqxx::connection connection(database().appUrl());
    long long affected = -1;
    const auto status =
        storage::runTenantTransaction(connection, context, [&](pqxx::transaction_base& tx) {
            affected = static_cast<long long>(tx.exec(sql).affected_rows());
        });
    return status.ok() ? affected : -1;
}

std::string SchemaFixture::errorAs(const storage::TenantContext& context, const std::string& sql)
{
    pqxx::connection connection(database().appUrl());
    const auto status = storage::runTenantTransaction(
        connection, context, [&](pqxx::transaction_base& tx) { tx.exec(sql); });
    return status.ok() ? std::string() : status.error().message;
}

long long SchemaFixture::superuserCount(const std::string& sql)
{
    pqxx::connection connection(database().superuserUrl());
    pqxx::read_transaction transaction(connection);
    return transaction.exec1(sql)[0].as<long long>();
}

std::string SchemaFixture::superuserText(const std::string& sql)
{
    pqxx::connection connection(database().superuserUrl());
    pqxx::read_transaction transaction(connection);
    return transaction.exec1(sql)[0].as<std::string>();
}

} // namespace fitflow::test
