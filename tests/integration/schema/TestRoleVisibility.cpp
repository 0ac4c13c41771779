// The role matrix at the SQL level: what each role reads and writes as the application role,
// on the fixture's organization A (see SchemaFixture.h for who is assigned to whom).

#include "tests/integration/schema/SchemaFixture.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

namespace fitflow::test {

namespace {

using namespace fixture;

storage::TenantContext actingAs(const char* userId, const char* role)
{
    return {kOrgA, userId, role};
}

std::string countWhereId(const char* table, const char* id)
{
    return std::string("SELECT count(*) FROM ") + table + " WHERE id = '" + id + "'";
}

class RoleVisibility : public SchemaFixture {};

} // namespace

TEST_F(RoleVisibility, OwnerSeesTheWholeOrganizationButNoNotes)
{
    const auto owner = actingAs(kOwnerA, "owner");
    ASSERT_EQ(
        superuserCount("SELECT count(*) FROM notes WHERE org_id = '" + std::string(kOrgA) + "'"),
        3);
    EXPECT_EQ(countAs(owner, "SELECT count(*) FROM notes"), 0);
    EXPECT_EQ(countAs(owner, "SELECT count(*) FROM note_revisions"), 0);
    EXPECT_EQ(countAs(owner, "SELECT count(*) FROM clients"), 2);
    EXPECT_EQ(countAs(owner, "SELECT count(*) FROM sessions"), 2);
    EXPECT_EQ(countAs(owner, "SELECT count(*) FROM invoices"), 2);
    EXPECT_EQ(countAs(owner, "SELECT count(*) FROM payments"), 2);
    EXPECT_EQ(countAs(owner, "SELECT count(*) FROM memberships"), 6);
    EXPECT_EQ(affectedAs(owner, "UPDATE notes SET shared_with_client = false"), 0);
}

TEST_F(RoleVisibility, ManagerSeesTheirLocationsButNoNotes)
{
    const auto manager = actingAs(kManagerA, "manager");
    EXPECT_EQ(countAs(manager, "SELECT count(*) FROM notes"), 0);
    EXPECT_EQ(countAs(manager, "SELECT count(*) FROM note_revisions"), 0);
    // Location A1 only: client 1, session 1, invoice 1.
    EXPECT_EQ(countAs(manager, countWhereId("clients", kClientA1)), 1);
    EXPECT_EQ(countAs(manager, countWhereId("clients", kClientA2)), 0);
    EXPECT_EQ(countAs(manager, "SELECT count(*) FROM sessions"), 1);
    EXPECT_EQ(countAs(manager, countWhereId("sessions", kSessionA1)), 1);
    EXPECT_EQ(countAs(manager, countWhereId("invoices", kInvoiceA1)), 1);
    EXPECT_EQ(countAs(manager, countWhereId("invoices", kInvoiceA2)), 0);
    EXPECT_EQ(countAs(manager, "SELECT count(*) FROM locations"), 2);
}

TEST_F(RoleVisibility, TrainerSeesOnlyAssignedClientsAndOwnRecords)
{
    const auto trainer = actingAs(kTrainerA1, "trainer");
    EXPECT_EQ(countAs(trainer, "SELECT count(*) FROM clients"), 1);
    EXPECT_EQ(countAs(trainer, countWhereId("clients", kClientA1)), 1);
    EXPECT_EQ(countAs(trainer, countWhereId("clients", kClientA2)), 0)
        << "trainer 1 reads trainer 2's client by id";
    EXPECT_EQ(countAs(trainer, "SELECT count(*) FROM sessions"), 1);
    EXPECT_EQ(countAs(trainer, countWhereId("sessions", kSessionA2)), 0);
    EXPECT_EQ(countAs(trainer, "SELECT count(*) FROM notes"), 2);
    EXPECT_EQ(countAs(trainer, countWhereId("notes", kNoteA2Shared)), 0);
    EXPECT_EQ(countAs(trainer, countWhereId("invoices", kInvoiceA2)), 0);
    EXPECT_EQ(countAs(trainer, "SELECT count(*) FROM memberships"), 1);
    EXPECT_EQ(affectedAs(trainer, "UPDATE clients SET phone = '555' WHERE id = '" +
                                      std::string(kClientA2) + "'"),
              0);
    EXPECT_EQ(affectedAs(trainer, "UPDATE clients SET phone = '555' WHERE id = '" +
                                      std::string(kClientA1) + "'"),
              1);
}

TEST_F(RoleVisibility, TrainerCannotWriteNotesAboutAnotherTrainersClient)
{
    const auto trainer = actingAs(kTrainerA1, "trainer");
    const std::string insert = "INSERT INTO notes (org_id, id, author_user_id, client_id, format) "
                               "VALUES ('" +
                               std::string(kOrgA) + "', gen_random_uuid(), '" + kTrainerA1 + "', '";
    EXPECT_NE(errorAs(trainer, insert + kClientA2 + "', 'free')").find("row-level security"),
              std::string::npos);
    EXPECT_EQ(errorAs(trainer, insert + kClientA1 + "', 'free')"), "");
    // Writing as someone else is refused too.
    EXPECT_NE(errorAs(actingAs(kTrainerA2, "trainer"), insert + kClientA2 + "', 'free')")
                  .find("row-level security"),
              std::string::npos);
}

TEST_F(RoleVisibility, TrainerAdminSeesTheTeamsRecords)
{
    const auto admin = actingAs(kTrainerAdminA, "trainer_admin");
    // Trainer 1 is on the team, trainer 2 is not.
    EXPECT_EQ(countAs(admin, countWhereId("clients", kClientA1)), 1);
    EXPECT_EQ(countAs(admin, countWhereId("clients", kClientA2)), 0);
    EXPECT_EQ(countAs(admin, countWhereId("notes", kNoteA1Private)), 1);
    EXPECT_EQ(countAs(admin, countWhereId("notes", kNoteA2Shared)), 0);
    EXPECT_EQ(countAs(admin, countWhereId("sessions", kSessionA1)), 1);
    EXPECT_EQ(countAs(admin, countWhereId("sessions", kSessionA2)), 0);
    EXPECT_EQ(countAs(admin, "SELECT count(*) FROM note_revisions"), 2);
}

TEST_F(RoleVisibility, ClientSeesOnlyTheirOwnSharedItems)
{
    const auto client = actingAs(kClientUserA1, "client");
    EXPECT_EQ(countAs(client, "SELECT count(*) FROM clients"), 1);
    EXPECT_EQ(countAs(client, countWhereId("clients", kClientA1)), 1);
    EXPECT_EQ(countAs(client, "SELECT count(*) FROM notes"), 1);
    EXPECT_EQ(countAs(client, countWhereId("notes", kNoteA1Shared)), 1);
    EXPECT_EQ(countAs(client, countWhereId("notes", kNoteA1Private)), 0);
    EXPECT_EQ(countAs(client, countWhereId("notes", kNoteA2Shared)), 0);
    EXPECT_EQ(countAs(client, "SELECT count(*) FROM sessions"), 1);
    EXPECT_EQ(countAs(client, "SELECT count(*) FROM invoices"), 1);
    EXPECT_EQ(countAs(client, "SELECT count(*) FROM payments"), 1);
    EXPECT_EQ(countAs(client, "SELECT count(*) FROM memberships"), 1);
    EXPECT_EQ(affectedAs(client, "UPDATE notes SET shared_with_client = true"), 0);
}

TEST_F(RoleVisibility, ClaimedRoleWithoutMembershipSeesNothing)
{
    // fitflow.role only selects among the user's memberships; claiming another role grants nothing.
    EXPECT_EQ(countAs(actingAs(kTrainerA1, "owner"), "SELECT count(*) FROM clients"), 0);
    EXPECT_EQ(countAs(actingAs(kManagerA, "trainer"), "SELECT count(*) FROM notes"), 0);
    EXPECT_EQ(countAs(actingAs(kClientUserA1, "trainer_admin"), "SELECT count(*) FROM notes"), 0);
    EXPECT_EQ(countAs(actingAs(kTrainerA1, ""), "SELECT count(*) FROM organizations"), 0);
}

TEST_F(RoleVisibility, EndedMembershipSeesNothing)
{
    ASSERT_EQ(superuserCount("SELECT count(*) FROM memberships WHERE user_id = '" +
                             std::string(kTrainerA1) + "'"),
              1);
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work transaction(connection);
        transaction.exec("UPDATE memberships SET ended_at = now() - interval '1 minute' "
                         "WHERE user_id = '" +
                         std::string(kTrainerA1) + "'");
        transaction.commit();
    }
    EXPECT_EQ(countAs(actingAs(kTrainerA1, "trainer"), "SELECT count(*) FROM clients"), 0);
    EXPECT_EQ(countAs(actingAs(kTrainerA1, "trainer"), "SELECT count(*) FROM notes"), 0);
}

TEST_F(RoleVisibility, HistoryIsInsertOnlyForTheApp)
{
    const auto owner = actingAs(kOwnerA, "owner");
    EXPECT_NE(errorAs(owner, "UPDATE payments SET amount_cents = 1").find("permission denied"),
              std::string::npos);
    EXPECT_NE(errorAs(owner, "DELETE FROM payments").find("permission denied"), std::string::npos);
    EXPECT_NE(errorAs(actingAs(kTrainerA1, "trainer"), "UPDATE note_revisions SET body = 'x'")
                  .find("permission denied"),
              std::string::npos);
    EXPECT_EQ(errorAs(owner, "INSERT INTO payments (org_id, id, invoice_id, kind, amount_cents) "
                             "VALUES ('" +
                                 std::string(kOrgA) + "', gen_random_uuid(), '" + kInvoiceA1 +
                                 "', 'cash', 100)"),
              "");
}

} // namespace fitflow::test
