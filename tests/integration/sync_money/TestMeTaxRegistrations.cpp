// PATCH /api/v1/me/tax-registrations and GET /api/v1/me's tax_registrations (migration 0019):
// a user sets, changes and clears their own GST/HST and QST numbers; malformed numbers are 400
// with the field's path and change nothing; nobody else's numbers move; every change is audited
// as a user-level event that carries ids only, never a number.

#include "tests/integration/sync_money/ContractorInvoiceFixture.h"

namespace fitflow::test {
namespace {

constexpr const char* kPath = "/api/v1/me/tax-registrations";

class MeTaxRegistrations : public ContractorInvoiceFixture {
protected:
    void SetUp() override
    {
        ContractorInvoiceFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_alex = accessTokenFor(kAlexEmail);
        ASSERT_FALSE(m_alex.empty());
    }

    nlohmann::json taxRegistrationsOnMe(const std::string& token) const
    {
        const auto me = getAs(token, "/api/v1/me");
        EXPECT_TRUE(me && me->status == 200) << (me ? me->body : "no answer");
        return me ? nlohmann::json::parse(me->body)["tax_registrations"] : nlohmann::json();
    }

    // {status, body} of a PATCH as `token`.
    std::pair<int, nlohmann::json> patch(const std::string& token, const nlohmann::json& body) const
    {
        const auto answer = patchAs(token, kPath, body);
        EXPECT_TRUE(answer);
        return answer
                   ? std::pair{answer->status, nlohmann::json::parse(answer->body, nullptr, false)}
                   : std::pair{0, nlohmann::json()};
    }

    std::string m_alex;
};

TEST_F(MeTaxRegistrations, AUserSetsChangesAndClearsTheirOwnNumbers)
{
    const nlohmann::json none{{"gst_hst_number", nullptr}, {"qst_number", nullptr}};
    EXPECT_EQ(taxRegistrationsOnMe(m_alex), none);

    auto [status, body] =
        patch(m_alex, {{"gst_hst_number", kAlexGstHst}, {"qst_number", kAlexQst}});
    EXPECT_EQ(status, 200) << body.dump();
    const nlohmann::json both{{"gst_hst_number", kAlexGstHst}, {"qst_number", kAlexQst}};
    EXPECT_EQ(body, both);
    EXPECT_EQ(taxRegistrationsOnMe(m_alex), both);

    // An absent member stays; null clears.
    std::tie(status, body) = patch(m_alex, {{"qst_number", nullptr}});
    EXPECT_EQ(status, 200) << body.dump();
    EXPECT_EQ(body, (nlohmann::json{{"gst_hst_number", kAlexGstHst}, {"qst_number", nullptr}}));
    std::tie(status, body) = patch(m_alex, {{"gst_hst_number", nullptr}});
    EXPECT_EQ(status, 200) << body.dump();
    EXPECT_EQ(taxRegistrationsOnMe(m_alex), none);
    EXPECT_EQ(superuserText("SELECT count(*) FROM users WHERE gst_hst_number IS NOT NULL "
                            "OR qst_number IS NOT NULL"),
              "0");
}

TEST_F(MeTaxRegistrations, MalformedNumbersAreRefusedWithTheirPathAndChangeNothing)
{
    ASSERT_EQ(patch(m_alex, {{"gst_hst_number", kAlexGstHst}}).first, 200);
    for (const auto& [body, path] :
         {std::pair{nlohmann::json{{"gst_hst_number", "123456789RT01"}}, "gst_hst_number"},
          std::pair{
              nlohmann::json{{"gst_hst_number", kAlexGstHst}, {"qst_number", "1234567890RT0001"}},
              "qst_number"},
          std::pair{nlohmann::json{{"qst_number", 1224002901}}, "qst_number"},
          std::pair{nlohmann::json{{"gst_hst_number", kAlexGstHst}, {"user_id", m_clientId}},
                    "user_id"}}) {
        const auto [status, answer] = patch(m_alex, body);
        EXPECT_EQ(status, 400) << body.dump();
        EXPECT_EQ(answer["error"].value("path", ""), path) << answer.dump();
    }
    EXPECT_EQ(patch(m_alex, {{"gst_hst_number", "123456789RT0001"}, {"qst_number", "x"}})
                  .second["error"]
                  .value("code", ""),
              "invalid_value");
    EXPECT_EQ(taxRegistrationsOnMe(m_alex),
              (nlohmann::json{{"gst_hst_number", kAlexGstHst}, {"qst_number", nullptr}}));
    // Without a token nothing is changed at all.
    const auto anonymous =
        https()->Patch(kPath, nlohmann::json{{"qst_number", kAlexQst}}.dump(), "application/json");
    ASSERT_TRUE(anonymous);
    EXPECT_EQ(anonymous->status, 401);
}

TEST_F(MeTaxRegistrations, AnotherUsersNumbersAreUntouchedAndTheChangeIsAuditedWithoutNumbers)
{
    const std::string sam = accessTokenFor(kSamEmail);
    ASSERT_EQ(patch(sam, {{"gst_hst_number", "987654321RT0001"}}).first, 200);
    ASSERT_EQ(patch(m_alex, {{"gst_hst_number", kAlexGstHst}, {"qst_number", kAlexQst}}).first,
              200);
    EXPECT_EQ(taxRegistrationsOnMe(sam),
              (nlohmann::json{{"gst_hst_number", "987654321RT0001"}, {"qst_number", nullptr}}));
    EXPECT_EQ(
        superuserText("SELECT gst_hst_number FROM users WHERE id = '" + userId(kSamEmail) + "'"),
        "987654321RT0001");

    EXPECT_EQ(superuserText("SELECT count(*) FROM audit_events WHERE action = "
                            "'user.tax_registrations.update' AND org_id IS NULL AND object_type = "
                            "'user' AND object_id = '" +
                            m_alexId + "' AND actor_user_id = '" + m_alexId + "'"),
              "1");
    EXPECT_EQ(
        superuserText("SELECT count(*) FROM audit_events WHERE row_to_json(audit_events)::text "
                      "LIKE '%" +
                      std::string(kAlexGstHst) + "%'"),
        "0");
}

} // namespace
} // namespace fitflow::test
