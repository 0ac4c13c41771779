// Contractor invoices through sync against the real server (migration 0019): Alex, a trainer at
// Northside Strength, invoices the studio for sessions he ran in Montréal, offline style (a
// number from his device's block). The owner and Montréal's manager pull it addressed to the
// organization with Alex's registration numbers snapshotted at issue; another trainer, the
// client (pull and portal listing) and another organization never see it; only Alex issues,
// voids, credits or records payments on it; malformed drafts are rejected with paths.

#include "tests/integration/sync_money/ContractorInvoiceFixture.h"

namespace fitflow::test {
namespace {

constexpr const char* kAlexDevice = "01937a00-0000-7000-8000-0000000cd001";
constexpr const char* kOwnerDevice = "01937a00-0000-7000-8000-0000000cd002";
constexpr const char* kManagerDevice = "01937a00-0000-7000-8000-0000000cd003";
constexpr const char* kSamDevice = "01937a00-0000-7000-8000-0000000cd004";
constexpr const char* kClientDevice = "01937a00-0000-7000-8000-0000000cd005";
constexpr const char* kInvoice = "01937a00-0000-7000-8000-0000000ca001";
constexpr const char* kBlock = "01937a00-0000-7000-8000-0000000cb001";

class ContractorInvoices : public ContractorInvoiceFixture {
protected:
    void SetUp() override
    {
        ContractorInvoiceFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_alex = loginOnDevice(kAlexEmail, kAlexDevice);
        ASSERT_FALSE(m_alex.empty());
    }

    // Alex drafts and issues the contractor invoice with the first number of a new block.
    std::int64_t issueAsAlex()
    {
        const std::int64_t first = reserveNumbers(m_alex, kBlock, 1);
        const auto draft = contractorDraft();
        const auto answer = push(
            m_alex,
            nlohmann::json::array(
                {op(2, "invoice", kInvoice, draft),
                 op(3, "invoice", kInvoice,
                    {{"type", "invoice.issue"}, {"number", first}, {"totals", totalsOf(draft)}})}));
        EXPECT_EQ(answer["acknowledged_through"], 3);
        EXPECT_TRUE(answer["rejections"].empty()) << answer.dump();
        return first;
    }

    void expectSeesTheIssuedContractorInvoice(const std::string& token, const char* who)
    {
        const auto rows = pullMoney(token);
        const auto row = rows.find(kInvoice);
        ASSERT_NE(row, rows.end()) << who << " does not pull the contractor invoice";
        const auto& values = row->second["values"];
        EXPECT_EQ(values["recipient"], "organization") << who;
        EXPECT_TRUE(values["client_id"].is_null()) << who;
        EXPECT_EQ(values["trainer_id"], m_alexId) << who;
        EXPECT_EQ(values["location_id"], m_montrealId) << who;
        EXPECT_EQ(values["status"], "issued") << who;
        EXPECT_EQ(values["supplier_registration_numbers"]["gst_hst"], kAlexGstHst) << who;
        EXPECT_EQ(values["supplier_registration_numbers"]["qst"], kAlexQst) << who;
    }

    // The printed number of sequence number `number` (the invoice is dated 2026).
    static std::string printedNumber(std::int64_t number)
    {
        const std::string digits = std::to_string(number);
        return "INV-2026-" + std::string(6 - digits.size(), '0') + digits;
    }

    // A device's totals of a credit note of one of the draft's twelve sessions.
    static nlohmann::json creditNoteTotals(const nlohmann::json& draft, const std::string& number)
    {
        nlohmann::json input = draft;
        for (const char* key : {"type", "recipient", "location_id"}) {
            input.erase(key);
        }
        const auto original = invoice::invoiceDraftFromJson(input);
        EXPECT_TRUE(original) << original.error().message;
        const auto note =
            invoice::makeCreditNote(number, *original, {{0, 1}}, *tax::TaxTable::bundledCanada());
        EXPECT_TRUE(note) << note.error().message;
        return invoice::invoiceTotalsToJson(note->totals);
    }

    std::string m_alex;
};

TEST_F(ContractorInvoices, TheTrainerIssuesItAndTheOwnerAndTheLocationsManagerPullIt)
{
    recordAlexsNumbers();
    const std::int64_t number = issueAsAlex();

    expectSeesTheIssuedContractorInvoice(m_alex, "Alex");
    const auto own = pullMoney(m_alex).at(kInvoice)["values"];
    EXPECT_EQ(own["sequence_number"], number);
    EXPECT_EQ(own["number"], printedNumber(number));
    EXPECT_EQ(own["totals"], totalsOf(contractorDraft()));
    EXPECT_EQ(own["balance_cents"], own["totals"]["total_cents"]);
    expectSeesTheIssuedContractorInvoice(loginOnDevice(kOwnerEmail, kOwnerDevice), "the owner");
    expectSeesTheIssuedContractorInvoice(loginOnDevice(kManagerEmail, kManagerDevice),
                                         "Montréal's manager");
    EXPECT_EQ(superuserText(std::string("SELECT recipient_kind || ':' || coalesce(client_id::text, "
                                        "'none') FROM invoices WHERE id = '") +
                            kInvoice + "'"),
              "organization:none");
}

TEST_F(ContractorInvoices, AnotherTrainerTheClientAndAnotherOrganizationNeverSeeIt)
{
    recordAlexsNumbers();
    issueAsAlex();
    const std::string sam = loginOnDevice(kSamEmail, kSamDevice);
    EXPECT_FALSE(pullMoney(sam).contains(kInvoice)) << "Sam (trainer, Toronto) pulls it";

    const std::string clientsInvoice = makeClientUserAStudioClient();
    const std::string client = loginOnDevice(kClientEmail, kClientDevice);
    const auto clientRows = pullMoney(client);
    EXPECT_FALSE(clientRows.contains(kInvoice)) << "the client pulls it";
    EXPECT_TRUE(clientRows.contains(clientsInvoice)) << "the client's own invoice is not pulled";
    const auto portal = getAs(client, "/api/v1/orgs/" + m_orgId + "/invoices");
    ASSERT_TRUE(portal);
    EXPECT_EQ(portal->status, 200) << portal->body;
    EXPECT_EQ(portal->body.find(kInvoice), std::string::npos) << "the portal lists it";
    // The same listing does show the client's own issued invoice (the check can see anything).
    EXPECT_NE(portal->body.find(clientsInvoice), std::string::npos) << portal->body;
    const auto byId = getAs(client, "/api/v1/orgs/" + m_orgId + "/invoices/" + kInvoice);
    ASSERT_TRUE(byId);
    EXPECT_EQ(byId->status, 404) << byId->body;

    // Alex's own practice is another organization: nothing of Northside's arrives there.
    EXPECT_FALSE(pullMoney(m_alex, m_practiceId).contains(kInvoice));
    // The owner's REST listing (client records) never carries it either: it is no client's.
    const std::string owner = loginOnDevice(kOwnerEmail, kOwnerDevice);
    const auto ownersList = getAs(owner, "/api/v1/orgs/" + m_orgId + "/invoices?limit=200");
    ASSERT_TRUE(ownersList);
    EXPECT_EQ(ownersList->status, 200) << ownersList->body;
    EXPECT_EQ(ownersList->body.find(kInvoice), std::string::npos);
}

TEST_F(ContractorInvoices, OnlyTheIssuingTrainerIssuesVoidsCreditsOrRecordsPayments)
{
    recordAlexsNumbers();
    // A draft the owner tries to issue with a number of the owner's own block.
    const auto draft = contractorDraft();
    ASSERT_TRUE(pushOne(m_alex, op(1, "invoice", kInvoice, draft)).is_null());
    const std::string owner = loginOnDevice(kOwnerEmail, kOwnerDevice);
    const std::int64_t ownersNumber =
        reserveNumbers(owner, "01937a00-0000-7000-8000-0000000cb002", 1);
    const auto ownerIssue = pushOne(
        owner,
        op(2, "invoice", kInvoice,
           {{"type", "invoice.issue"}, {"number", ownersNumber}, {"totals", totalsOf(draft)}}));
    EXPECT_EQ(ownerIssue.value("code", ""), "forbidden") << ownerIssue.dump();
    const auto ownerRedraft = pushOne(owner, op(3, "invoice", kInvoice, draft));
    EXPECT_EQ(ownerRedraft.value("code", ""), "forbidden") << ownerRedraft.dump();

    const std::int64_t number = reserveNumbers(m_alex, kBlock, 2);
    ASSERT_TRUE(
        pushOne(m_alex,
                op(3, "invoice", kInvoice,
                   {{"type", "invoice.issue"}, {"number", number}, {"totals", totalsOf(draft)}}))
            .is_null());

    const nlohmann::json payment{{"type", "payment.record"},
                                 {"invoice_id", kInvoice},
                                 {"amount_cents", 1000},
                                 {"method", "e_transfer"},
                                 {"received_on", "2026-04-10"}};
    const auto ownerVoid = pushOne(owner, op(4, "invoice", kInvoice, {{"type", "invoice.void"}}));
    EXPECT_EQ(ownerVoid.value("code", ""), "forbidden") << ownerVoid.dump();
    const auto ownerPayment =
        pushOne(owner, op(5, "payment", "01937a00-0000-7000-8000-0000000cc001", payment));
    EXPECT_EQ(ownerPayment.value("code", ""), "forbidden") << ownerPayment.dump();
    const auto ownerCredit =
        pushOne(owner, op(6, "invoice", "01937a00-0000-7000-8000-0000000ca002",
                          {{"type", "credit_note.issue"},
                           {"original_invoice_id", kInvoice},
                           {"number", ownersNumber + 1},
                           {"totals", creditNoteTotals(draft, "INV-2026-000001")}}));
    EXPECT_EQ(ownerCredit.value("code", ""), "forbidden") << ownerCredit.dump();
    // The manager reads it but never writes it.
    const std::string manager = loginOnDevice(kManagerEmail, kManagerDevice);
    const auto managerPayment =
        pushOne(manager, op(1, "payment", "01937a00-0000-7000-8000-0000000cc002", payment));
    EXPECT_EQ(managerPayment.value("code", ""), "forbidden") << managerPayment.dump();
    const auto managerVoid =
        pushOne(manager, op(2, "invoice", kInvoice, {{"type", "invoice.void"}}));
    EXPECT_EQ(managerVoid.value("code", ""), "forbidden") << managerVoid.dump();
    EXPECT_EQ(superuserText(std::string("SELECT count(*) FROM payments WHERE invoice_id = '") +
                            kInvoice + "'"),
              "0");

    // Alex records the studio's payment, then his credit note is addressed to the studio too.
    EXPECT_TRUE(pushOne(m_alex, op(4, "payment", "01937a00-0000-7000-8000-0000000cc003", payment))
                    .is_null());
    const std::string credit = "01937a00-0000-7000-8000-0000000ca003";
    const nlohmann::json creditLines = {{{"line", 0}, {"quantity", 1}}};
    const auto creditTotals = creditNoteTotals(draft, printedNumber(number));
    const auto credited = pushOne(m_alex, op(5, "invoice", credit,
                                             {{"type", "credit_note.issue"},
                                              {"original_invoice_id", kInvoice},
                                              {"number", number + 1},
                                              {"lines", creditLines},
                                              {"totals", creditTotals}}));
    EXPECT_TRUE(credited.is_null()) << credited.dump();
    const auto rows = pullMoney(loginOnDevice(kOwnerEmail, kOwnerDevice));
    ASSERT_TRUE(rows.contains(credit));
    EXPECT_EQ(rows.at(credit)["values"]["recipient"], "organization");
    EXPECT_TRUE(rows.at(credit)["values"]["client_id"].is_null());
    EXPECT_EQ(rows.at(credit)["values"]["supplier_registration_numbers"]["gst_hst"], kAlexGstHst);
    EXPECT_EQ(rows.at(kInvoice)["values"]["paid_cents"], 1000);
}

TEST_F(ContractorInvoices, MalformedOrMisaddressedDraftsAreRejected)
{
    // Each device numbers its mutations 1, 2, 3, ... (a resent id is not applied again).
    std::map<std::string, std::int64_t> lastMutation;
    const auto rejection = [&](const std::string& token, nlohmann::json body) {
        return pushOne(token, op(++lastMutation[token], "invoice", kInvoice, std::move(body)));
    };
    auto withClient = contractorDraft();
    withClient["client_id"] = m_clientId;
    auto answer = rejection(m_alex, withClient);
    EXPECT_EQ(answer.value("code", ""), "invalid_value");
    EXPECT_NE(answer.value("message", "").find("no client"), std::string::npos) << answer.dump();

    auto noLocation = contractorDraft();
    noLocation.erase("location_id");
    answer = rejection(m_alex, noLocation);
    EXPECT_EQ(answer.value("code", ""), "missing_field");
    EXPECT_NE(answer.value("message", "").find("location"), std::string::npos) << answer.dump();

    auto linked = contractorDraft();
    linked["line_links"] = {{{"line", 0}, {"session_id", kBlock}}};
    answer = rejection(m_alex, linked);
    EXPECT_EQ(answer.value("code", ""), "invalid_value");
    EXPECT_NE(answer.value("message", "").find("sessions or packages"), std::string::npos)
        << answer.dump();

    // Sam is a trainer of Toronto only: Montréal is outside his membership.
    answer = rejection(loginOnDevice(kSamEmail, kSamDevice), contractorDraft());
    EXPECT_EQ(answer.value("code", ""), "forbidden") << answer.dump();
    // The owner is no trainer of the studio.
    answer = rejection(loginOnDevice(kOwnerEmail, kOwnerDevice), contractorDraft());
    EXPECT_EQ(answer.value("code", ""), "forbidden") << answer.dump();
    // A location of another organization is no location of this one.
    auto elsewhere = contractorDraft();
    elsewhere["location_id"] =
        superuserText("SELECT id::text FROM locations WHERE org_id = '" + m_practiceId + "'");
    answer = rejection(m_alex, elsewhere);
    EXPECT_EQ(answer.value("code", ""), "not_found") << answer.dump();
    EXPECT_EQ(
        superuserText("SELECT count(*) FROM invoices WHERE id = '" + std::string(kInvoice) + "'"),
        "0");

    // A draft keeps its recipient: the same id redrafted for a client is refused.
    ASSERT_TRUE(rejection(m_alex, contractorDraft()).is_null());
    auto forClient = contractorDraft();
    forClient["recipient"] = "client";
    forClient["client_id"] = m_clientId;
    answer = rejection(m_alex, forClient);
    EXPECT_EQ(answer.value("code", ""), "invalid_value") << answer.dump();
    EXPECT_NE(answer.value("message", "").find("keeps its recipient"), std::string::npos)
        << answer.dump();
}

TEST_F(ContractorInvoices, IssueNeedsTheClaimedNumbersOnRecordAndPrintsTheSnapshot)
{
    const auto draft = contractorDraft();
    ASSERT_TRUE(pushOne(m_alex, op(1, "invoice", kInvoice, draft)).is_null());
    const std::int64_t number = reserveNumbers(m_alex, kBlock, 2);
    const nlohmann::json issue{
        {"type", "invoice.issue"}, {"number", number}, {"totals", totalsOf(draft)}};
    auto answer = pushOne(m_alex, op(3, "invoice", kInvoice, issue));
    EXPECT_EQ(answer.value("code", ""), "invalid_value") << answer.dump();
    EXPECT_NE(answer.value("message", "").find("register your GST/HST number in your profile"),
              std::string::npos)
        << answer.dump();

    // With the GST/HST number only, the QST claim still blocks the issue.
    const auto patched = patchAs(m_alex, "/api/v1/me/tax-registrations",
                                 {{"gst_hst_number", kAlexGstHst}, {"qst_number", nullptr}});
    ASSERT_TRUE(patched);
    ASSERT_EQ(patched->status, 200) << patched->body;
    answer = pushOne(m_alex, op(4, "invoice", kInvoice, issue));
    EXPECT_EQ(answer.value("code", ""), "invalid_value") << answer.dump();
    EXPECT_NE(answer.value("message", "").find("QST"), std::string::npos) << answer.dump();

    ASSERT_EQ(patchAs(m_alex, "/api/v1/me/tax-registrations", {{"qst_number", kAlexQst}})->status,
              200);
    answer = pushOne(m_alex, op(5, "invoice", kInvoice, issue));
    EXPECT_TRUE(answer.is_null()) << answer.dump();

    // Alex changes his profile later: the issued invoice keeps the numbers it was issued with.
    ASSERT_EQ(patchAs(m_alex, "/api/v1/me/tax-registrations",
                      {{"gst_hst_number", "987654321RT0001"}, {"qst_number", nullptr}})
                  ->status,
              200);
    const auto values = pullMoney(m_alex).at(kInvoice)["values"];
    EXPECT_EQ(values["supplier_registration_numbers"]["gst_hst"], kAlexGstHst);
    EXPECT_EQ(values["supplier_registration_numbers"]["qst"], kAlexQst);
}

} // namespace
} // namespace fitflow::test
