// Money operations pushed straight to POST /api/v1/sync/push with a device token: a batch resent
// after a dropped response is applied once (one payment, not two); operations that can never
// apply are rejections with the contract's codes and do not block later ones.

#include "tests/integration/sync_money/MoneySyncFixture.h"

#include "shared/invoice/InvoiceTotalsJson.h"
#include "shared/tax/TaxTable.h"

#include <pqxx/pqxx>

namespace fitflow::test {
namespace {

constexpr const char* kDeviceId = "01937a00-0000-7000-8000-00000000d001";

class MoneySyncOperations : public MoneySyncFixture {
protected:
    void SetUp() override
    {
        MoneySyncFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        const std::string store = newDevice("reader", kAlexEmail);
        expectSynced(store);
        auto found = studioIn(dump(store));
        ASSERT_TRUE(found);
        m_studio = *found;
        const auto login = apiPost("/api/v1/auth/login", {{"email", kAlexEmail},
                                                          {"password", kCliDemoPassword},
                                                          {"device_id", kDeviceId},
                                                          {"device_name", "api test device"}});
        ASSERT_TRUE(login && login->status == 200) << (login ? login->body : "no answer");
        m_token = nlohmann::json::parse(login->body).value("access_token", std::string{});
    }

    nlohmann::json op(std::int64_t id, const std::string& entity, const std::string& entityId,
                      nlohmann::json body) const
    {
        return {{"id", id},
                {"org_id", m_studio.orgId},
                {"entity", entity},
                {"entity_id", entityId},
                {"op", std::move(body)}};
    }

    nlohmann::json push(const nlohmann::json& mutations) const
    {
        const auto answer = apiPost("/api/v1/sync/push",
                                    {{"schema_version", 1}, {"mutations", mutations}}, m_token);
        EXPECT_TRUE(answer && answer->status == 200) << (answer ? answer->body : "no answer");
        return answer ? nlohmann::json::parse(answer->body, nullptr, false) : nlohmann::json();
    }

    // Every money change of the studio visible to this device, by id.
    std::map<std::string, nlohmann::json> pullMoney() const
    {
        std::map<std::string, nlohmann::json> rows;
        nlohmann::json cursor = nullptr;
        for (int page = 0; page < 50; ++page) {
            const auto answer = apiPost(
                "/api/v1/sync/pull",
                {{"schema_version", 1}, {"org_id", m_studio.orgId}, {"cursor", cursor}}, m_token);
            EXPECT_TRUE(answer && answer->status == 200) << (answer ? answer->body : "no answer");
            if (!answer || answer->status != 200) {
                break;
            }
            const auto body = nlohmann::json::parse(answer->body);
            for (const auto& change : body["changes"]) {
                const std::string entity = change["entity"];
                if (entity == "invoice" || entity == "payment" || entity == "number_block") {
                    rows[change["id"]] = change;
                }
            }
            cursor = body["cursor"];
            if (!body.value("has_more", false)) {
                break;
            }
        }
        return rows;
    }

    // What a device computes for `draft` with the shared engine (the server must agree).
    static nlohmann::json totalsOf(const nlohmann::json& draft)
    {
        nlohmann::json input = draft;
        input.erase("client_id");
        input.erase("location_id");
        auto totals = invoice::invoiceTotalsFromJson(input, *tax::TaxTable::bundledCanada());
        EXPECT_TRUE(totals) << totals.error().message;
        return totals ? *totals : nlohmann::json();
    }

    static nlohmann::json withType(nlohmann::json body, const char* type)
    {
        body["type"] = type;
        return body;
    }

    static std::map<std::int64_t, std::string> rejectionCodes(const nlohmann::json& answer)
    {
        std::map<std::int64_t, std::string> codes;
        for (const auto& rejection : answer.value("rejections", nlohmann::json::array())) {
            codes[rejection["mutation_id"].get<std::int64_t>()] =
                rejection["code"].get<std::string>();
        }
        return codes;
    }

    DemoStudio m_studio;
    std::string m_token;
};

TEST_F(MoneySyncOperations, AResentBatchRecordsThePaymentOnceAndBadOperationsAreRejected)
{
    ASSERT_FALSE(m_token.empty());
    const std::string block = "01937a00-0000-7000-8000-00000000b001";
    const auto reserved = push(nlohmann::json::array(
        {op(1, "number_block", block, {{"type", "number_block.reserve"}, {"count", 3}})}));
    EXPECT_EQ(reserved["acknowledged_through"], 1);
    EXPECT_TRUE(reserved["rejections"].empty()) << reserved.dump();
    const auto blocks = pullMoney();
    ASSERT_TRUE(blocks.contains(block));
    const std::int64_t first = blocks.at(block)["values"]["first"];
    EXPECT_EQ(blocks.at(block)["values"]["count"], 3);

    const std::string invoice = "01937a00-0000-7000-8000-00000000a001";
    const std::string payment = "01937a00-0000-7000-8000-00000000c001";
    const auto draft = draftFor(m_studio, "QC");
    const nlohmann::json batch = nlohmann::json::array(
        {op(2, "invoice", invoice, withType(draft, "invoice.draft")),
         op(3, "invoice", invoice,
            {{"type", "invoice.issue"}, {"number", first}, {"totals", totalsOf(draft)}}),
         op(4, "payment", payment,
            {{"type", "payment.record"},
             {"invoice_id", invoice},
             {"amount_cents", 5000},
             {"method", "cash"},
             {"received_on", "2026-03-20"}})});
    const auto applied = push(batch);
    EXPECT_EQ(applied["acknowledged_through"], 4);
    EXPECT_TRUE(applied["rejections"].empty()) << applied.dump();
    // The response was "lost": the device sends the same batch again.
    const auto resent = push(batch);
    EXPECT_EQ(resent["acknowledged_through"], 4);
    EXPECT_TRUE(resent["rejections"].empty()) << resent.dump();

    auto rows = pullMoney();
    ASSERT_TRUE(rows.contains(invoice));
    ASSERT_TRUE(rows.contains(payment));
    const auto issued = rows.at(invoice)["values"];
    EXPECT_EQ(issued["status"], "issued");
    EXPECT_EQ(issued["sequence_number"], first);
    EXPECT_EQ(issued["paid_cents"], 5000);
    EXPECT_EQ(issued["balance_cents"], 19546 - 5000);
    int payments = 0;
    for (const auto& [id, row] : rows) {
        payments += row["entity"] == "payment" && row["values"]["invoice_id"] == invoice ? 1 : 0;
    }
    EXPECT_EQ(payments, 1);
    // Each applied operation is audited once, in its push transaction (ids only).
    pqxx::connection connection(database().superuserUrl());
    pqxx::work audit(connection);
    for (const auto& [action, objectId] :
         {std::pair{"sync.invoice.draft", invoice}, std::pair{"sync.invoice.issue", invoice},
          std::pair{"sync.payment.record", payment}}) {
        EXPECT_EQ(audit
                      .exec_params1("SELECT count(*) FROM audit_events WHERE action = $1 "
                                    "AND object_id = $2::uuid",
                                    action, objectId)[0]
                      .as<int>(),
                  1)
            << action;
    }
    audit.commit();

    const std::string second = "01937a00-0000-7000-8000-00000000a002";
    const std::string voided = "01937a00-0000-7000-8000-00000000a003";
    auto wrongTotals = totalsOf(draft);
    wrongTotals["total_cents"] = wrongTotals["total_cents"].get<std::int64_t>() + 1;
    const auto answer = push(nlohmann::json::array({
        op(5, "payment", "01937a00-0000-7000-8000-00000000c002",
           {{"type", "payment.record"},
            {"invoice_id", invoice},
            {"amount_cents", 19546 - 5000 + 1},
            {"method", "card"},
            {"received_on", "2026-03-21"}}),
        op(6, "invoice", invoice,
           {{"type", "invoice.issue"}, {"number", first + 1}, {"totals", totalsOf(draft)}}),
        op(7, "invoice", second, withType(draft, "invoice.draft")),
        op(8, "invoice", second,
           {{"type", "invoice.issue"}, {"number", first + 1}, {"totals", wrongTotals}}),
        op(9, "invoice", second,
           {{"type", "invoice.issue"}, {"number", first + 1000}, {"totals", totalsOf(draft)}}),
        op(10, "invoice", invoice, {{"type", "invoice.void"}}),
        op(11, "invoice", voided, withType(draft, "invoice.draft")),
        op(12, "invoice", voided,
           {{"type", "invoice.issue"}, {"number", first + 1}, {"totals", totalsOf(draft)}}),
        op(13, "invoice", voided, {{"type", "invoice.void"}}),
        op(14, "payment", "01937a00-0000-7000-8000-00000000c003",
           {{"type", "payment.record"},
            {"invoice_id", voided},
            {"amount_cents", 100},
            {"method", "cash"},
            {"received_on", "2026-03-21"}}),
        op(15, "invoice", second, {{"type", "invoice.issue"}, {"number", first}}),
    }));
    EXPECT_EQ(answer["acknowledged_through"], 15);
    const std::map<std::int64_t, std::string> expected{
        {5, "overpayment"},          {6, "invoice_not_draft"},     {8, "totals_mismatch"},
        {9, "number_outside_block"}, {10, "invoice_has_payments"}, {14, "invoice_not_issued"},
        {15, "missing_field"}};
    EXPECT_EQ(rejectionCodes(answer), expected) << answer.dump();

    rows = pullMoney();
    EXPECT_EQ(rows.at(invoice)["values"]["paid_cents"], 5000);
    EXPECT_EQ(rows.at(second)["values"]["status"], "draft");
    EXPECT_EQ(rows.at(voided)["values"]["status"], "void");
    EXPECT_EQ(rows.at(voided)["values"]["balance_cents"], 0);
}

// The database itself keeps blocks disjoint (exclusion constraint of migration 0009), whatever
// a buggy or hostile allocator does; other organizations' blocks are independent.
TEST_F(MoneySyncOperations, NumberBlocksOfAnOrganizationCanNeverOverlap)
{
    pqxx::connection connection(database().superuserUrl());
    const auto insertBlock = [&](const std::string& orgId, std::int64_t first, std::int64_t last) {
        pqxx::work tx(connection);
        tx.exec_params("INSERT INTO invoice_number_blocks (org_id, id, device_id, first_number, "
                       "last_number) VALUES ($1, gen_random_uuid(), $2, $3, $4)",
                       orgId, kDeviceId, first, last);
        tx.commit();
    };
    insertBlock(m_studio.orgId, 5000, 5099);
    EXPECT_THROW(insertBlock(m_studio.orgId, 5099, 5200), pqxx::sql_error);
    EXPECT_THROW(insertBlock(m_studio.orgId, 4000, 6000), pqxx::sql_error);
    EXPECT_NO_THROW(insertBlock(m_studio.orgId, 5100, 5199));
    pqxx::work read(connection);
    const auto otherOrg = read.exec1("SELECT id::text FROM organizations "
                                     "WHERE name <> 'Northside Strength' LIMIT 1")[0]
                              .as<std::string>();
    read.commit();
    EXPECT_NO_THROW(insertBlock(otherOrg, 5000, 5099));
}

} // namespace
} // namespace fitflow::test
