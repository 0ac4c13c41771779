// Migration 0019 at the SQL level, on the role fixture of SchemaFixture.h: two contractor
// invoices of organization A (trainer 1's at location A1, trainer 2's at A2) checked against
// every role — the issuing trainer and their trainer admin, the owner, a manager of the
// invoice's location (and one of all locations) read it; another location's manager, another
// trainer, the portal client and organization B never do; nobody but the issuer records a
// payment on it. And the CHECKs that make an invoice name exactly one kind of recipient.

#include "tests/integration/schema/SchemaFixture.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

namespace fitflow::test {

namespace {

using namespace fixture;

constexpr const char* kContractorA1 = "0a000000-0000-0000-0000-000000000c01"; // trainer 1, A1
constexpr const char* kContractorA2 = "0a000000-0000-0000-0000-000000000c02"; // trainer 2, A2
constexpr const char* kManagerAllA = "0a000000-0000-0000-0000-000000000107";  // no locations

storage::TenantContext actingAs(const char* userId, const char* role, const char* org = kOrgA)
{
    return {org, userId, role};
}

std::string countOf(const char* table, const char* id)
{
    return std::string("SELECT count(*) FROM ") + table + " WHERE id = '" + id + "'";
}

std::string linesOf(const char* invoiceId)
{
    return std::string("SELECT count(*) FROM invoice_lines WHERE invoice_id = '") + invoiceId + "'";
}

std::string paymentsOf(const char* invoiceId)
{
    return std::string("SELECT count(*) FROM payments WHERE invoice_id = '") + invoiceId + "'";
}

std::string paymentOn(const char* invoiceId)
{
    return std::string("INSERT INTO payments (org_id, id, invoice_id, kind, amount_cents) VALUES "
                       "('") +
           kOrgA + "', gen_random_uuid(), '" + invoiceId + "', 'e_transfer', 100)";
}

class ContractorInvoiceVisibility : public SchemaFixture {
protected:
    void SetUp() override
    {
        SchemaFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        superuserExec(std::string(R"SQL(
INSERT INTO invoices (org_id, id, number, client_id, status, subtotal_cents, tax_cents,
                      total_cents, tax_point_date, trainer_user_id, location_id, recipient_kind,
                      supplier_gst_hst_number) VALUES
  ('0a000000-0000-0000-0000-000000000001', '0a000000-0000-0000-0000-000000000c01', 'A-C1', NULL,
   'issued', 72000, 9360, 81360, '2026-12-31', '0a000000-0000-0000-0000-000000000104',
   '0a000000-0000-0000-0000-0000000000a1', 'organization', '123456782RT0001'),
  ('0a000000-0000-0000-0000-000000000001', '0a000000-0000-0000-0000-000000000c02', 'A-C2', NULL,
   'issued', 36000, 4680, 40680, '2026-12-31', '0a000000-0000-0000-0000-000000000105',
   '0a000000-0000-0000-0000-0000000000a2', 'organization', NULL);
INSERT INTO invoice_lines (org_id, invoice_id, line_no, description, quantity, unit_price_cents,
                           amount_cents)
SELECT org_id, id, 1, 'Sessions run in December', 12, 6000, 72000 FROM invoices
 WHERE recipient_kind = 'organization';
INSERT INTO payments (org_id, id, invoice_id, kind, amount_cents)
SELECT org_id, gen_random_uuid(), id, 'e_transfer', 1000 FROM invoices
 WHERE recipient_kind = 'organization';
INSERT INTO users (id, email, display_name, password_hash) VALUES
  ('0a000000-0000-0000-0000-000000000107', 'manager-all-a@example.test', 'manager-all-a',
   '$argon2id$v=19$placeholder');
INSERT INTO memberships (org_id, id, user_id, role) VALUES
  ('0a000000-0000-0000-0000-000000000001', gen_random_uuid(),
   '0a000000-0000-0000-0000-000000000107', 'manager');
)SQL"));
    }

    void superuserExec(const std::string& sql)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work transaction(connection);
        transaction.exec(sql);
        transaction.commit();
    }

    // The failure of `sql` as the superuser (constraints hold for everyone), or "".
    std::string superuserError(const std::string& sql)
    {
        try {
            pqxx::connection connection(database().superuserUrl());
            pqxx::work transaction(connection);
            transaction.exec(sql);
            transaction.commit();
            return {};
        } catch (const std::exception& failure) {
            return failure.what();
        }
    }

    // How many of the two contractor invoices, their lines and their payments `context` reads.
    void expectReads(const storage::TenantContext& context, bool first, bool second)
    {
        for (const auto& [id, expected] :
             {std::pair{kContractorA1, first}, std::pair{kContractorA2, second}}) {
            const long long rows = expected ? 1 : 0;
            EXPECT_EQ(countAs(context, countOf("invoices", id)), rows) << context.role << " " << id;
            EXPECT_EQ(countAs(context, linesOf(id)), rows) << context.role << " " << id;
            EXPECT_EQ(countAs(context, paymentsOf(id)), rows) << context.role << " " << id;
        }
    }
};

} // namespace

TEST_F(ContractorInvoiceVisibility, TheIssuerTheirTrainerAdminTheOwnerAndTheLocationsManagersRead)
{
    expectReads(actingAs(kTrainerA1, "trainer"), true, false);
    expectReads(actingAs(kTrainerA2, "trainer"), false, true);
    expectReads(actingAs(kTrainerAdminA, "trainer_admin"), true, false);
    expectReads(actingAs(kOwnerA, "owner"), true, true);
    expectReads(actingAs(kManagerA, "manager"), true, false);
    expectReads(actingAs(kManagerAllA, "manager"), true, true);
}

TEST_F(ContractorInvoiceVisibility, TheClientAndAnotherOrganizationNeverRead)
{
    const auto client = actingAs(kClientUserA1, "client");
    expectReads(client, false, false);
    // The client's own invoice stays visible: the check can see a row.
    EXPECT_EQ(countAs(client, countOf("invoices", kInvoiceA1)), 1);
    expectReads(actingAs(kOwnerB, "owner", kOrgB), false, false);
    expectReads(actingAs(kTrainerB, "trainer", kOrgB), false, false);
    // A member of B naming A's organization is no member there.
    expectReads(actingAs(kOwnerB, "owner"), false, false);
}

TEST_F(ContractorInvoiceVisibility, OnlyTheIssuerWritesAndRecordsPayments)
{
    const auto manager = actingAs(kManagerA, "manager");
    EXPECT_EQ(affectedAs(manager, "UPDATE invoices SET status = 'void' WHERE id = '" +
                                      std::string(kContractorA1) + "'"),
              0);
    EXPECT_FALSE(errorAs(manager, paymentOn(kContractorA1)).empty())
        << "a manager records a payment on a contractor invoice";
    EXPECT_FALSE(
        errorAs(actingAs(kTrainerAdminA, "trainer_admin"), paymentOn(kContractorA1)).empty())
        << "the trainer admin records a payment on their trainer's contractor invoice";
    EXPECT_FALSE(errorAs(actingAs(kOwnerA, "owner"), paymentOn(kContractorA1)).empty())
        << "the owner records a payment on a contractor invoice";
    EXPECT_FALSE(errorAs(actingAs(kTrainerA2, "trainer"), paymentOn(kContractorA1)).empty());
    EXPECT_EQ(affectedAs(actingAs(kTrainerA1, "trainer"), paymentOn(kContractorA1)), 1);
    // Client invoices keep their rules: the owner records payments on them.
    EXPECT_EQ(affectedAs(actingAs(kOwnerA, "owner"), paymentOn(kInvoiceA1)), 1);
    EXPECT_EQ(superuserCount(paymentsOf(kContractorA1)), 2);
}

TEST_F(ContractorInvoiceVisibility, AnInvoiceNamesExactlyOneKindOfRecipient)
{
    const std::string insert =
        "INSERT INTO invoices (org_id, id, client_id, status, subtotal_cents, tax_cents, "
        "total_cents, trainer_user_id, location_id, recipient_kind) VALUES ('" +
        std::string(kOrgA) + "', gen_random_uuid(), ";
    const std::string trainer = std::string("'") + kTrainerA1 + "'";
    const std::string location = std::string("'") + kLocationA1 + "'";
    const std::string client = std::string("'") + kClientA1 + "'";
    const auto values = [&](const std::string& clientId, const std::string& trainerId,
                            const std::string& locationId, const std::string& kind) {
        return insert + clientId + ", 'draft', 0, 0, 0, " + trainerId + ", " + locationId + ", " +
               kind + ")";
    };
    EXPECT_NE(superuserError(values("NULL", trainer, location, "'client'"))
                  .find("invoices_recipient_client"),
              std::string::npos);
    EXPECT_NE(superuserError(values(client, trainer, location, "'organization'"))
                  .find("invoices_recipient_client"),
              std::string::npos);
    EXPECT_NE(superuserError(values("NULL", trainer, "NULL", "'organization'"))
                  .find("invoices_contractor_parties"),
              std::string::npos);
    EXPECT_NE(superuserError(values("NULL", "NULL", location, "'organization'"))
                  .find("invoices_contractor_parties"),
              std::string::npos);
    EXPECT_NE(superuserError(values("NULL", trainer, location, "'studio'"))
                  .find("invoices_recipient_kind"),
              std::string::npos);
    EXPECT_NE(superuserError("UPDATE users SET qst_number = '1234567890RT0001' WHERE id = '" +
                             std::string(kTrainerA1) + "'")
                  .find("users_qst_number_format"),
              std::string::npos);
    // The well-formed ones insert: the checks can pass.
    EXPECT_EQ(superuserError(values("NULL", trainer, location, "'organization'")), "");
    EXPECT_EQ(superuserError(values(client, "NULL", "NULL", "'client'")), "");
    EXPECT_EQ(superuserError("UPDATE users SET gst_hst_number = '123456782RT0001' WHERE id = '" +
                             std::string(kTrainerA1) + "'"),
              "");
}

} // namespace fitflow::test
