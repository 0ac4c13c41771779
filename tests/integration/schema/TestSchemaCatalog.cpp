// The catalog after every migration: row-level security is enabled, forced and has policies on
// each tenant table; the application role owns nothing and bypasses nothing; every SECURITY
// DEFINER function is the migration owner's, pins its search_path and is not the app's to alter.

#include "tests/integration/schema/SchemaFixture.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

namespace fitflow::test {

namespace {

class SchemaCatalog : public SchemaFixture {
protected:
    pqxx::result superuserQuery(const std::string& sql)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::read_transaction transaction(connection);
        return transaction.exec(sql);
    }
};

} // namespace

TEST_F(SchemaCatalog, EveryTenantTableHasForcedRowSecurityAndAPolicy)
{
    const auto tables = database().tenantTables();
    ASSERT_GE(tables.size(), 20U) << "the tenant schema of migration 0002 is missing";
    for (const auto& table : tables) {
        const auto row =
            superuserQuery("SELECT c.relrowsecurity, c.relforcerowsecurity, "
                           "(SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) "
                           "FROM pg_class c WHERE c.oid = 'public." +
                           table + "'::regclass")[0];
        EXPECT_TRUE(row[0].as<bool>()) << table << ": row-level security not enabled";
        EXPECT_TRUE(row[1].as<bool>()) << table << ": row-level security not forced";
        EXPECT_GT(row[2].as<long long>(), 0) << table << ": no policy";
    }
}

TEST_F(SchemaCatalog, NoPolicyAppliesToEveryRole)
{
    // A policy for PUBLIC would be OR-ed with the role policies and widen them.
    const auto rows = superuserQuery("SELECT polrelid::regclass::text || '.' || polname "
                                     "FROM pg_policy WHERE 0 = ANY (polroles)");
    for (const auto& row : rows) {
        ADD_FAILURE() << "policy for PUBLIC: " << row[0].as<std::string>();
    }
}

TEST_F(SchemaCatalog, AppRoleOwnsNothingAndBypassesNothing)
{
    const std::string app = database().environment().appRole;
    pqxx::connection connection(database().superuserUrl());
    pqxx::read_transaction transaction(connection);
    const auto role = transaction.exec_params1(
        "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles "
        "WHERE rolname = $1",
        app);
    EXPECT_FALSE(role[0].as<bool>()) << "superuser";
    EXPECT_FALSE(role[1].as<bool>()) << "BYPASSRLS";
    EXPECT_FALSE(role[2].as<bool>()) << "CREATEROLE";
    EXPECT_FALSE(role[3].as<bool>()) << "CREATEDB";
    const auto owned = transaction.exec_params1(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = $1)",
        app);
    EXPECT_EQ(owned[0].as<long long>(), 0) << "the app role owns a relation";
    const auto ownedFunctions = transaction.exec_params1(
        "SELECT count(*) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
        "AND p.proowner = (SELECT oid FROM pg_roles WHERE rolname = $1)",
        app);
    EXPECT_EQ(ownedFunctions[0].as<long long>(), 0) << "the app role owns a function";
    const auto schemaCreate =
        transaction.exec_params1("SELECT has_schema_privilege($1, 'public', 'CREATE')", app);
    EXPECT_FALSE(schemaCreate[0].as<bool>()) << "the app role may create objects in public";
}

TEST_F(SchemaCatalog, SecurityDefinerFunctionsBelongToTheOwnerAndPinTheirSearchPath)
{
    const std::string app = database().environment().appRole;
    const auto rows =
        superuserQuery("SELECT p.proname, r.rolname, p.provolatile, "
                       "coalesce(array_to_string(p.proconfig, ','), '') "
                       "FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner "
                       "WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef");
    ASSERT_GT(rows.size(), 0U) << "no SECURITY DEFINER role functions";
    for (const auto& row : rows) {
        const auto name = row[0].as<std::string>();
        EXPECT_EQ(row[1].as<std::string>(), database().environment().ownerRole) << name;
        EXPECT_NE(row[1].as<std::string>(), app) << name;
        EXPECT_NE(row[3].as<std::string>().find("search_path=pg_catalog"), std::string::npos)
            << name << " does not pin its search_path";
        if (name.rfind("fitflow_", 0) == 0) {
            EXPECT_EQ(row[2].as<std::string>(), "s") << name << " should be STABLE";
        }
    }
    // Only the owner (and superusers) may replace a function: the app role is not a member.
    const auto member = superuserQuery("SELECT pg_has_role('" + app + "', '" +
                                       database().environment().ownerRole + "', 'MEMBER')");
    EXPECT_FALSE(member[0][0].as<bool>());
}

TEST_F(SchemaCatalog, AppRoleCannotRewriteHistoryTables)
{
    const std::string app = database().environment().appRole;
    pqxx::connection connection(database().superuserUrl());
    pqxx::read_transaction transaction(connection);
    for (const char* table : {"payments", "note_revisions", "consents", "credit_consumptions",
                              "invoice_number_blocks"}) {
        for (const char* privilege : {"UPDATE", "DELETE", "TRUNCATE"}) {
            EXPECT_FALSE(transaction
                             .exec_params1("SELECT has_table_privilege($1, $2, $3)", app,
                                           std::string("public.") + table, privilege)[0]
                             .as<bool>())
                << app << " has " << privilege << " on " << table;
        }
        EXPECT_TRUE(transaction
                        .exec_params1("SELECT has_table_privilege($1, $2, 'INSERT')", app,
                                      std::string("public.") + table)[0]
                        .as<bool>())
            << table;
    }
}

TEST_F(SchemaCatalog, ContextReadersInlineIntoTheStatementsThatCallThem)
{
    // Migration 0021: every policy starts with fitflow_current_org(); as a function call (SET
    // clause, SQL-function executor) it cost a call per written or read row. Inlined, the caller
    // evaluates the setting itself. Not SECURITY DEFINER, no SET clause, and the plan shows the
    // expression instead of the call.
    const auto rows = superuserQuery(
        "SELECT p.proname, p.prosecdef, p.proconfig IS NULL, p.provolatile FROM pg_proc p "
        "WHERE p.pronamespace = 'public'::regnamespace "
        "AND p.proname IN ('fitflow_current_org', 'fitflow_current_user') ORDER BY 1");
    ASSERT_EQ(rows.size(), 2U);
    for (const auto& row : rows) {
        const auto name = row[0].as<std::string>();
        EXPECT_FALSE(row[1].as<bool>()) << name << " must not be SECURITY DEFINER";
        EXPECT_TRUE(row[2].as<bool>()) << name << " has a SET clause: it is never inlined";
        EXPECT_EQ(row[3].as<std::string>(), "s") << name << " should be STABLE";
    }
    std::string plan;
    for (const auto& line :
         superuserQuery("EXPLAIN (VERBOSE, COSTS OFF) SELECT fitflow_current_org(), "
                        "fitflow_current_user()")) {
        plan += line[0].as<std::string>() + "\n";
    }
    EXPECT_EQ(plan.find("fitflow_current_"), std::string::npos) << plan;
    EXPECT_NE(plan.find("current_setting('fitflow.org_id'"), std::string::npos) << plan;
    EXPECT_NE(plan.find("current_setting('fitflow.user_id'"), std::string::npos) << plan;

    // Same answers: the setting as a uuid, NULL when unset or empty.
    pqxx::connection connection(database().superuserUrl());
    pqxx::work transaction(connection);
    const auto unset = transaction.exec1("SELECT fitflow_current_org() IS NULL, "
                                         "fitflow_current_user() IS NULL");
    EXPECT_TRUE(unset[0].as<bool>());
    EXPECT_TRUE(unset[1].as<bool>());
    transaction.exec("SELECT set_config('fitflow.org_id', '01a2182a-f431-7d95-9b6e-c7d14eacff2c', "
                     "true), set_config('fitflow.user_id', '', true)");
    const auto set = transaction.exec1("SELECT fitflow_current_org()::text, "
                                       "fitflow_current_user() IS NULL");
    EXPECT_EQ(set[0].as<std::string>(), "01a2182a-f431-7d95-9b6e-c7d14eacff2c");
    EXPECT_TRUE(set[1].as<bool>());
}

TEST_F(SchemaCatalog, NoViewCanBypassRowSecurity)
{
    // A view runs with its owner's rights unless security_invoker is set (pitfall §1.9).
    const auto rows = superuserQuery(
        "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace "
        "AND c.relkind IN ('v', 'm') AND NOT coalesce('security_invoker=true' = ANY "
        "(c.reloptions), false)");
    for (const auto& row : rows) {
        ADD_FAILURE() << "view without security_invoker: " << row[0].as<std::string>();
    }
}

TEST_F(SchemaCatalog, AppRoleCannotTruncateAndNoOwnFunctionIsLeakproof)
{
    // TRUNCATE is not row-filtered, and a LEAKPROOF function runs before the policies (§1.9).
    const std::string app = database().environment().appRole;
    const auto truncatable = superuserQuery(
        "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace "
        "AND c.relkind = 'r' AND has_table_privilege('" +
        app + "', c.oid, 'TRUNCATE')");
    for (const auto& row : truncatable) {
        ADD_FAILURE() << app << " may truncate " << row[0].as<std::string>();
    }
    const auto leakproof = superuserQuery(
        "SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND proleakproof");
    for (const auto& row : leakproof) {
        ADD_FAILURE() << "LEAKPROOF function: " << row[0].as<std::string>();
    }
}

} // namespace fitflow::test
