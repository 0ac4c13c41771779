// Rules the schema enforces beyond visibility: revoked devices lose their tokens, signatures
// are final and only the author's, a trainer takes only unassigned clients, the portal pays
// only by card, and administrators cannot write notes.

#include "tests/integration/schema/SchemaFixture.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

namespace fitflow::test {

namespace {

using namespace fixture;

constexpr const char* kDevice = "0a000000-0000-0000-0000-000000000701";

class SchemaRules : public SchemaFixture {
protected:
    void superuserExec(const std::string& sql)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work transaction(connection);
        transaction.exec(sql);
        transaction.commit();
    }

    static std::string quoted(const char* id) { return std::string("'") + id + "'"; }
};

} // namespace

TEST_F(SchemaRules, RevokingADeviceKillsItsRefreshTokensForGood)
{
    superuserExec("INSERT INTO devices (id, user_id, name) VALUES (" + quoted(kDevice) + ", " +
                  quoted(kTrainerA1) +
                  ", 'laptop');"
                  "INSERT INTO refresh_tokens (id, user_id, device_id, family_id, token_hash, "
                  "expires_at) SELECT gen_random_uuid(), " +
                  quoted(kTrainerA1) + ", " + quoted(kDevice) +
                  ", gen_random_uuid(), sha256(g::text::bytea), "
                  "now() + interval '30 days' FROM generate_series(1, 2) g");
    const storage::TenantContext trainer{kOrgA, kTrainerA1, "trainer"};
    const std::string activeTokens =
        "SELECT count(*) FROM refresh_tokens WHERE state = 'active' AND device_id = " +
        quoted(kDevice);
    ASSERT_EQ(superuserCount(activeTokens), 2);
    EXPECT_EQ(
        affectedAs(trainer, "UPDATE devices SET revoked_at = now() WHERE id = " + quoted(kDevice)),
        1);
    EXPECT_EQ(superuserCount(activeTokens), 0);
    EXPECT_NE(errorAs(trainer, "UPDATE devices SET revoked_at = NULL WHERE id = " + quoted(kDevice))
                  .find("revoked for good"),
              std::string::npos);
}

TEST_F(SchemaRules, SignedNoteKeepsItsSignatureAndTakesOnlyAmendments)
{
    const storage::TenantContext author{kOrgA, kTrainerA1, "trainer"};
    const std::string note = quoted(kNoteA1Private);
    ASSERT_EQ(affectedAs(author, "UPDATE notes SET signed_at = now() WHERE id = " + note), 1);
    EXPECT_NE(errorAs(author, "UPDATE notes SET signed_at = NULL WHERE id = " + note)
                  .find("cannot change"),
              std::string::npos);
    const std::string revision = "INSERT INTO note_revisions (org_id, note_id, revision_no, body, "
                                 "is_amendment, author_user_id) VALUES (" +
                                 quoted(kOrgA) + ", " + note + ", 2, 'A: later', ";
    EXPECT_NE(errorAs(author, revision + "false, " + quoted(kTrainerA1) + ")")
                  .find("must be an amendment"),
              std::string::npos);
    EXPECT_EQ(errorAs(author, revision + "true, " + quoted(kTrainerA1) + ")"), "");
}

TEST_F(SchemaRules, OnlyTheAuthorSignsANote)
{
    const storage::TenantContext admin{kOrgA, kTrainerAdminA, "trainer_admin"};
    EXPECT_EQ(
        affectedAs(admin, "UPDATE notes SET format = 'soap' WHERE id = " + quoted(kNoteA1Private)),
        1)
        << "the trainer admin edits the team's notes";
    EXPECT_NE(
        errorAs(admin, "UPDATE notes SET signed_at = now() WHERE id = " + quoted(kNoteA1Private))
            .find("only the author signs"),
        std::string::npos);
}

TEST_F(SchemaRules, TrainerTakesOnlyUnassignedClients)
{
    const storage::TenantContext trainer{kOrgA, kTrainerA2, "trainer"};
    EXPECT_NE(errorAs(trainer, "INSERT INTO client_trainers (org_id, client_id, trainer_user_id) "
                               "VALUES (" +
                                   quoted(kOrgA) + ", " + quoted(kClientA1) + ", " +
                                   quoted(kTrainerA2) + ")")
                  .find("row-level security"),
              std::string::npos)
        << "trainer 2 claimed trainer 1's client";
    const char* fresh = "0a000000-0000-0000-0000-000000000299";
    EXPECT_EQ(errorAs(trainer,
                      "INSERT INTO clients (org_id, id, given_name, family_name) VALUES (" +
                          quoted(kOrgA) + ", " + quoted(fresh) +
                          ", 'New', 'Client');"
                          "INSERT INTO client_trainers (org_id, client_id, trainer_user_id) "
                          "VALUES (" +
                          quoted(kOrgA) + ", " + quoted(fresh) + ", " + quoted(kTrainerA2) + ")"),
              "");
    EXPECT_EQ(countAs(trainer, "SELECT count(*) FROM clients WHERE id = " + quoted(fresh)), 1);
}

TEST_F(SchemaRules, ThePortalPaysOnlyByCard)
{
    const storage::TenantContext client{kOrgA, kClientUserA1, "client"};
    const std::string payment = "INSERT INTO payments (org_id, id, invoice_id, kind, "
                                "amount_cents) VALUES (" +
                                quoted(kOrgA) + ", gen_random_uuid(), " + quoted(kInvoiceA1) + ", ";
    EXPECT_NE(errorAs(client, payment + "'cash', 100)").find("row-level security"),
              std::string::npos);
    EXPECT_EQ(errorAs(client, payment + "'card', 100)"), "");
    EXPECT_NE(errorAs(client, "INSERT INTO payments (org_id, id, invoice_id, kind, amount_cents) "
                              "VALUES (" +
                                  quoted(kOrgA) + ", gen_random_uuid(), " + quoted(kInvoiceA2) +
                                  ", 'card', 100)")
                  .find("row-level security"),
              std::string::npos)
        << "a client paid someone else's invoice";
}

TEST_F(SchemaRules, AdministratorsCannotWriteNotes)
{
    for (const auto& context : {storage::TenantContext{kOrgA, kOwnerA, "owner"},
                                storage::TenantContext{kOrgA, kManagerA, "manager"}}) {
        EXPECT_NE(errorAs(context, "INSERT INTO notes (org_id, id, author_user_id, client_id, "
                                   "format) VALUES (" +
                                       quoted(kOrgA) + ", gen_random_uuid(), " +
                                       quoted(context.userId.c_str()) + ", " + quoted(kClientA1) +
                                       ", 'free')")
                      .find("row-level security"),
                  std::string::npos)
            << context.role;
        EXPECT_EQ(affectedAs(context, "UPDATE notes SET shared_with_client = true"), 0)
            << context.role;
    }
}

} // namespace fitflow::test
