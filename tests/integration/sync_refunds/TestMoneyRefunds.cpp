// Refunds (`payment.refund`) through the real fitflow-cli and fitflow-server: Alex's client paid
// $195.46 in cash, then the invoice was credited in full, so the client has that much credit. A
// refund made offline on one device is applied by the server and reaches the other device (dumps
// identical); the server refuses, with a stable code and the field, a refund beyond the payment or
// the credit, a refund of a refund, and another organization's payment.

#include "tests/integration/sync_money/MoneySyncFixture.h"

#include <pqxx/pqxx>

#include <map>

namespace fitflow::test {
namespace {

constexpr const char* kApiDeviceId = "01937a00-0000-7000-8000-00000000d0f1";
constexpr std::int64_t kQuebecTotal = 19546; // draftFor(QC): $170.00 + GST + QST

class MoneyRefunds : public MoneySyncFixture {
protected:
    void SetUp() override
    {
        MoneySyncFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_laptop = newDevice("laptop", kAlexEmail);
        expectSynced(m_laptop);
        auto found = studioIn(dump(m_laptop));
        ASSERT_TRUE(found) << "no Northside studio with a client was pulled";
        m_studio = *found;
        money({"invoice", "reserve", "--store", m_laptop, "--org", m_studio.orgId});
        expectSynced(m_laptop);
        // Paid in full in cash, then credited in full: the client's credit is the whole total.
        m_invoice = money({"invoice", "draft", "--store", m_laptop, "--org", m_studio.orgId,
                           "--json", draftFor(m_studio, "QC").dump()});
        money({"invoice", "issue", m_invoice, "--store", m_laptop});
        m_payment =
            money({"payment", "record", "--store", m_laptop, "--invoice", m_invoice, "--json",
                   R"({"amount_cents": 19546, "method": "cash", "received_on": "2026-03-20"})"});
        money({"invoice", "credit", m_invoice, "--store", m_laptop});
        expectSynced(m_laptop);
    }

    nlohmann::json invoiceIn(const std::string& store) const
    {
        return findById(nlohmann::json::parse(dump(store))["invoice"], m_invoice);
    }

    // A device of Alex's that pushes operations straight to the API (no CLI checks first).
    std::string apiToken() const
    {
        const auto login = apiPost("/api/v1/auth/login", {{"email", kAlexEmail},
                                                          {"password", kCliDemoPassword},
                                                          {"device_id", kApiDeviceId},
                                                          {"device_name", "refund test device"}});
        EXPECT_TRUE(login && login->status == 200) << (login ? login->body : "no answer");
        return login ? nlohmann::json::parse(login->body).value("access_token", std::string{})
                     : std::string();
    }

    nlohmann::json refundOp(std::int64_t id, const std::string& refundId,
                            const std::string& paymentId, std::int64_t amount) const
    {
        return {{"id", id},
                {"org_id", m_studio.orgId},
                {"entity", "payment"},
                {"entity_id", refundId},
                {"op",
                 {{"type", "payment.refund"},
                  {"payment_id", paymentId},
                  {"amount_cents", amount},
                  {"refunded_on", "2026-03-25"}}}};
    }

    nlohmann::json push(const std::string& token, const nlohmann::json& mutations) const
    {
        const auto answer =
            apiPost("/api/v1/sync/push", {{"schema_version", 1}, {"mutations", mutations}}, token);
        EXPECT_TRUE(answer && answer->status == 200) << (answer ? answer->body : "no answer");
        return answer ? nlohmann::json::parse(answer->body, nullptr, false) : nlohmann::json();
    }

    // GET of the REST API as `token` (the invoice detail of docs/api.md).
    nlohmann::json apiGet(const std::string& path, const std::string& token) const
    {
        const std::string& url = serverUrl();
        httplib::SSLClient https("127.0.0.1", std::stoi(url.substr(url.rfind(':') + 1)));
        https.set_ca_cert_path(caCertificatePath().c_str());
        https.enable_server_certificate_verification(true);
        const auto answer = https.Get(path.c_str(), {{"Authorization", "Bearer " + token}});
        EXPECT_TRUE(answer && answer->status == 200) << (answer ? answer->body : "no answer");
        return answer ? nlohmann::json::parse(answer->body, nullptr, false) : nlohmann::json();
    }

    int superuserCount(const std::string& sql, const std::string& parameter)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work work(connection);
        const int count = work.exec_params1(sql, parameter)[0].as<int>();
        work.commit();
        return count;
    }

    std::string m_laptop;
    DemoStudio m_studio;
    std::string m_invoice;
    std::string m_payment;
};

TEST_F(MoneyRefunds, ARefundMadeOfflineIsAppliedAndReachesTheOtherDevice)
{
    ASSERT_FALSE(HasFailure());
    const std::string tablet = newDevice("tablet", kAlexEmail);
    expectSynced(tablet);
    auto before = invoiceIn(tablet);
    ASSERT_TRUE(before.is_object());
    EXPECT_EQ(before["paid_cents"], kQuebecTotal);
    EXPECT_EQ(before["credited_cents"], kQuebecTotal);
    EXPECT_EQ(before["refunded_cents"], 0);
    EXPECT_EQ(before["balance_cents"], 0);

    // Offline on the laptop: $100 back, then more than the rest is refused on the device.
    const std::string refund = money({"invoice", "refund", m_payment, "--store", m_laptop, "--json",
                                      R"({"amount_cents": 10000, "refunded_on": "2026-03-25"})"});
    money({"invoice", "refund", m_payment, "--store", m_laptop, "--json",
           R"({"amount_cents": 9547, "refunded_on": "2026-03-25"})"},
          false);
    ASSERT_FALSE(HasFailure());
    EXPECT_EQ(invoiceIn(m_laptop)["refunded_cents"], 10000);

    expectSynced(m_laptop);
    expectSynced(tablet);
    EXPECT_EQ(dump(m_laptop), dump(tablet));
    const auto dumped = nlohmann::json::parse(dump(tablet));
    const auto refundRow = findById(dumped["payment"], refund);
    ASSERT_TRUE(refundRow.is_object()) << dumped["payment"].dump();
    EXPECT_EQ(refundRow["refunds_payment_id"], m_payment);
    EXPECT_EQ(refundRow["method"], "refund");
    EXPECT_EQ(refundRow["amount_cents"], 10000);
    EXPECT_EQ(refundRow["received_on"], "2026-03-25");
    const auto after = findById(dumped["invoice"], m_invoice);
    EXPECT_EQ(after["paid_cents"], kQuebecTotal); // refunds are not payments
    EXPECT_EQ(after["refunded_cents"], 10000);
    EXPECT_EQ(after["balance_cents"], 0);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events WHERE action = "
                             "'sync.payment.refund' AND object_id = $1::uuid",
                             refund),
              1);
    // The REST invoice detail derives the same balance with the shared rule.
    const auto detail = apiGet("/api/v1/orgs/" + m_studio.orgId + "/invoices/" + m_invoice,
                               accessTokenFor(kAlexEmail));
    EXPECT_EQ(detail.value("paid_cents", -1), kQuebecTotal - 10000); // payments minus refunds
    EXPECT_EQ(detail.value("credited_cents", -1), kQuebecTotal);
    EXPECT_EQ(detail.value("balance_cents", -1), 0);
    EXPECT_EQ(detail.value("credit_cents", -1), kQuebecTotal - 10000) << detail.dump();

    // The tablet gives back the rest: the credit is used up.
    money({"invoice", "refund", m_payment, "--store", tablet, "--json",
           R"({"amount_cents": 9546, "refunded_on": "2026-03-26"})"});
    expectSynced(tablet);
    expectSynced(m_laptop);
    EXPECT_EQ(dump(m_laptop), dump(tablet));
    EXPECT_EQ(invoiceIn(m_laptop)["refunded_cents"], kQuebecTotal);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM payments WHERE kind = 'refund' AND "
                             "refunds_payment_id = $1::uuid",
                             m_payment),
              2);
}

TEST_F(MoneyRefunds, TheServerRefusesRefundsThatCannotApplyWithTheirCodeAndField)
{
    ASSERT_FALSE(HasFailure());
    const std::string token = apiToken();
    ASSERT_FALSE(token.empty());
    // A cash payment of an issued invoice in another organization (one of its clients).
    const std::string otherOrgPayment = "01937a00-0000-7000-8000-0000000ce0f0";
    {
        const std::string otherInvoice = "01937a00-0000-7000-8000-0000000ce0f1";
        pqxx::connection connection(database().superuserUrl());
        pqxx::work work(connection);
        const auto inserted = work.exec_params(
            "INSERT INTO invoices (org_id, id, number, client_id, status, currency, "
            "subtotal_cents, tax_cents, total_cents, tax_point_date, kind) "
            "SELECT c.org_id, $2::uuid, 'OTHER-1', c.id, 'issued', 'CAD', 10000, 0, 10000, "
            "'2026-03-01', 'invoice' FROM clients c WHERE c.org_id <> $1::uuid LIMIT 1",
            m_studio.orgId, otherInvoice);
        ASSERT_EQ(inserted.affected_rows(), 1u) << "no client in another organization";
        work.exec_params("INSERT INTO payments (org_id, id, invoice_id, kind, amount_cents) "
                         "SELECT org_id, $1::uuid, id, 'cash', 10000 FROM invoices "
                         "WHERE id = $2::uuid",
                         otherOrgPayment, otherInvoice);
        work.commit();
    }
    // A second invoice paid in full and credited for one of its two sessions: its credit is
    // less than what the payment could give back.
    const std::string half = money({"invoice", "draft", "--store", m_laptop, "--org",
                                    m_studio.orgId, "--json", draftFor(m_studio, "QC").dump()});
    money({"invoice", "issue", half, "--store", m_laptop});
    const std::string halfPayment =
        money({"payment", "record", "--store", m_laptop, "--invoice", half, "--json",
               R"({"amount_cents": 19546, "method": "e_transfer", "received_on": "2026-03-20"})"});
    money({"invoice", "credit", half, "--store", m_laptop, "--json",
           R"({"lines": [{"line": 0, "quantity": 1}]})"});
    expectSynced(m_laptop);
    const std::int64_t halfCredit =
        findById(nlohmann::json::parse(dump(m_laptop))["invoice"], half)["credited_cents"];
    ASSERT_GT(halfCredit, 0);
    ASSERT_LT(halfCredit, kQuebecTotal);

    const std::string firstRefund = "01937a00-0000-7000-8000-0000000ce001";
    const auto answer = push(
        token, nlohmann::json::array({
                   // More than the payment.
                   refundOp(1, "01937a00-0000-7000-8000-0000000ce0a1", m_payment, kQuebecTotal + 1),
                   // Applies: $50 back.
                   refundOp(2, firstRefund, m_payment, 5000),
                   // A refund of that refund.
                   refundOp(3, "01937a00-0000-7000-8000-0000000ce0a3", firstRefund, 100),
                   // Another organization's payment, under this organization.
                   refundOp(4, "01937a00-0000-7000-8000-0000000ce0a4", otherOrgPayment, 100),
                   // More than the credit on a half-credited invoice paid in full.
                   refundOp(5, "01937a00-0000-7000-8000-0000000ce0a5", halfPayment, halfCredit + 1),
               }));
    EXPECT_EQ(answer["acknowledged_through"], 5);
    std::map<std::int64_t, std::pair<std::string, std::string>> rejections;
    for (const auto& rejection : answer.value("rejections", nlohmann::json::array())) {
        rejections[rejection["mutation_id"].get<std::int64_t>()] = {
            rejection["code"].get<std::string>(), rejection.value("field", std::string())};
    }
    const std::map<std::int64_t, std::pair<std::string, std::string>> expected{
        {1, {"refund_exceeds_payment", "amount_cents"}},
        {3, {"refund_of_refund", "payment_id"}},
        {4, {"not_found", "payment_id"}},
        {5, {"refund_exceeds_credit", "amount_cents"}},
    };
    EXPECT_EQ(rejections, expected) << answer.dump();
    EXPECT_EQ(superuserCount("SELECT count(*) FROM payments WHERE kind = 'refund' AND "
                             "invoice_id = $1::uuid",
                             m_invoice),
              1);

    // The laptop pulls the refund the other device made.
    expectSynced(m_laptop);
    EXPECT_EQ(invoiceIn(m_laptop)["refunded_cents"], 5000);
}

} // namespace
} // namespace fitflow::test
