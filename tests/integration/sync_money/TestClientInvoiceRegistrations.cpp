// The server refuses to issue a client invoice whose draft claims a GST/HST or QST registration
// the organization has no number for (CRA / Revenu Québec: a registered supplier's invoice shows
// its number), with the rule contractor invoices already follow: `invalid_value`, field
// "supplier". Through a raw push and through fitflow-cli (whose local issue does not check it).

#include "tests/integration/sync_money/ContractorInvoiceFixture.h"

namespace fitflow::test {
namespace {

constexpr const char* kAlexDevice = "01937a00-0000-7000-8000-0000000ad001";
constexpr const char* kInvoice = "01937a00-0000-7000-8000-0000000ad101";
constexpr const char* kBlock = "01937a00-0000-7000-8000-0000000ad201";

class ClientInvoiceRegistrations : public ContractorInvoiceFixture {
protected:
    void SetUp() override
    {
        ContractorInvoiceFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_studio = DemoStudio{m_orgId, m_montrealId, m_torontoId,
                              superuserText("SELECT client_id::text FROM client_trainers "
                                            "WHERE org_id = '" +
                                            m_orgId + "' AND trainer_user_id = '" + m_alexId +
                                            "' ORDER BY client_id LIMIT 1")};
        ASSERT_FALSE(m_studio.clientId.empty()) << "Alex has no client at the studio";
    }

    void clearStudioNumber(const char* column)
    {
        superuserExec(std::string("UPDATE organizations SET ") + column + " = NULL WHERE id = '" +
                      m_orgId + "'");
    }

    // A Québec client invoice of Alex's claiming the given registrations.
    nlohmann::json clientDraft(bool gstHst, bool qst) const
    {
        nlohmann::json draft = draftFor(m_studio, "QC");
        draft["supplier"]["gst_hst_registered"] = gstHst;
        draft["supplier"]["qst_registered"] = qst;
        return draft;
    }

    std::string invoiceStatus()
    {
        return superuserText(std::string("SELECT status FROM invoices WHERE id = '") + kInvoice +
                             "'");
    }

    DemoStudio m_studio;
};

TEST_F(ClientInvoiceRegistrations, AClaimedRegistrationWithoutItsNumberIsRejectedAtIssue)
{
    clearStudioNumber("qst_number");
    const std::string alex = loginOnDevice(kAlexEmail, kAlexDevice);
    const std::int64_t number = reserveNumbers(alex, kBlock, 1);
    nlohmann::json draft = clientDraft(true, true);
    draft["type"] = "invoice.draft";
    ASSERT_TRUE(pushOne(alex, op(2, "invoice", kInvoice, draft)).is_null());

    const auto claimsQst = pushOne(
        alex, op(3, "invoice", kInvoice,
                 {{"type", "invoice.issue"}, {"number", number}, {"totals", totalsOf(draft)}}));
    EXPECT_EQ(claimsQst.value("code", ""), "invalid_value") << claimsQst.dump();
    EXPECT_EQ(claimsQst.value("field", ""), "supplier") << claimsQst.dump();
    EXPECT_NE(claimsQst.value("message", "").find("QST number"), std::string::npos)
        << claimsQst.dump();
    EXPECT_EQ(invoiceStatus(), "draft");

    clearStudioNumber("gst_hst_number");
    draft = clientDraft(true, false);
    draft["type"] = "invoice.draft";
    ASSERT_TRUE(pushOne(alex, op(4, "invoice", kInvoice, draft)).is_null());
    const auto claimsGstHst = pushOne(
        alex, op(5, "invoice", kInvoice,
                 {{"type", "invoice.issue"}, {"number", number}, {"totals", totalsOf(draft)}}));
    EXPECT_EQ(claimsGstHst.value("code", ""), "invalid_value") << claimsGstHst.dump();
    EXPECT_EQ(claimsGstHst.value("field", ""), "supplier") << claimsGstHst.dump();
    EXPECT_NE(claimsGstHst.value("message", "").find("GST/HST number"), std::string::npos)
        << claimsGstHst.dump();
    EXPECT_EQ(invoiceStatus(), "draft");

    // An unregistered supplier's invoice (no tax charged) issues without numbers.
    draft = clientDraft(false, false);
    draft["type"] = "invoice.draft";
    ASSERT_TRUE(pushOne(alex, op(6, "invoice", kInvoice, draft)).is_null());
    const auto unregistered = pushOne(
        alex, op(7, "invoice", kInvoice,
                 {{"type", "invoice.issue"}, {"number", number}, {"totals", totalsOf(draft)}}));
    EXPECT_TRUE(unregistered.is_null()) << unregistered.dump();
    EXPECT_EQ(invoiceStatus(), "issued");
}

TEST_F(ClientInvoiceRegistrations, TheCliIssuesOfflineAndTheSyncSaysWhyTheServerRefused)
{
    const std::string laptop = newDevice("laptop", kAlexEmail);
    ASSERT_FALSE(HasFailure());
    money({"invoice", "reserve", "--store", laptop, "--org", m_orgId, "--count", "3"});
    expectSynced(laptop);
    clearStudioNumber("qst_number");

    const std::string invoice = money({"invoice", "draft", "--store", laptop, "--org", m_orgId,
                                       "--json", clientDraft(true, true).dump()});
    const std::string number = money({"invoice", "issue", invoice, "--store", laptop});
    ASSERT_FALSE(HasFailure());
    EXPECT_EQ(number.rfind("INV-2026-", 0), 0u) << number;
    expectSynced(laptop);

    const auto rejections = status(laptop)["rejections"];
    ASSERT_EQ(rejections.size(), 1u) << rejections.dump();
    EXPECT_EQ(rejections[0]["entity_id"], invoice);
    EXPECT_EQ(rejections[0]["code"], "invalid_value");
    EXPECT_EQ(rejections[0]["field"], "supplier");
    EXPECT_NE(rejections[0].value("message", "").find("QST number"), std::string::npos)
        << rejections.dump();
    EXPECT_EQ(superuserText("SELECT status FROM invoices WHERE id = '" + invoice + "'"), "draft");
}

} // namespace
} // namespace fitflow::test
