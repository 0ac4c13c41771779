// decodeMoneyOperation: every operation of the contract decodes, and malformed ones become
// rejections with the path of the field at fault.

#include "server/service/sync/money/MoneyOperation.h"
#include "tests/support/QuebecSampleInvoice.h"

#include <gtest/gtest.h>

namespace fitflow::sync::money {
namespace {

const char* const kOrg = "01900000-0000-7000-8000-0000000000a1";
const char* const kInvoice = "01900000-0000-7000-8000-0000000000b1";
const char* const kClient = "01900000-0000-7000-8000-0000000000c1";

nlohmann::json mutation(const std::string& entity, nlohmann::json op)
{
    return {{"id", 7},
            {"org_id", kOrg},
            {"entity", entity},
            {"entity_id", kInvoice},
            {"op", std::move(op)}};
}

nlohmann::json draftOp()
{
    nlohmann::json op = test::quebecSampleDraft({.clientId = kClient,
                                                 .taxPointDate = "2026-03-15",
                                                 .description = "Session",
                                                 .quantity = 2,
                                                 .unitPriceCents = 8500});
    op["type"] = "invoice.draft";
    return op;
}

TEST(MoneyOperation, DecodesADraftWithItsLinesAndOptionalLocation)
{
    auto decoded = decodeMoneyOperation(mutation("invoice", draftOp()));
    ASSERT_TRUE(decoded) << decoded.error().message;
    EXPECT_EQ(decoded->orgId, kOrg);
    EXPECT_EQ(decoded->entityId, kInvoice);
    const auto& draft = std::get<DraftInvoiceOp>(decoded->body);
    EXPECT_EQ(draft.clientId, kClient);
    EXPECT_FALSE(draft.locationId);
    ASSERT_EQ(draft.draft.lines.size(), 1u);
    EXPECT_EQ(draft.draft.lines[0].quantity, 2);
    EXPECT_EQ(draft.draft.lines[0].unitPrice.cents(), 8500);
    EXPECT_EQ(operationType(decoded->body), "invoice.draft");
}

TEST(MoneyOperation, ADraftFieldErrorNamesItsPath)
{
    auto op = draftOp();
    op["lines"][0]["quantity"] = "two";
    auto decoded = decodeMoneyOperation(mutation("invoice", op));
    ASSERT_FALSE(decoded);
    EXPECT_EQ(decoded.error().code, "wrong_type");
    EXPECT_EQ(decoded.error().path, "op.lines[0].quantity");
}

TEST(MoneyOperation, ADraftWithoutLinesIsRefused)
{
    auto op = draftOp();
    op["lines"] = nlohmann::json::array();
    auto decoded = decodeMoneyOperation(mutation("invoice", op));
    ASSERT_FALSE(decoded);
    EXPECT_EQ(decoded.error().path, "op.lines");
}

TEST(MoneyOperation, UnknownFieldsInTheOpAreRefused)
{
    auto op = draftOp();
    op["discount_for_friends"] = true;
    auto decoded = decodeMoneyOperation(mutation("invoice", op));
    ASSERT_FALSE(decoded);
    EXPECT_EQ(decoded.error().code, "unknown_field");
}

TEST(MoneyOperation, DecodesIssueWithNumberAndTotals)
{
    auto decoded = decodeMoneyOperation(
        mutation("invoice", {{"type", "invoice.issue"}, {"number", 1001}, {"totals", {{"x", 1}}}}));
    ASSERT_TRUE(decoded) << decoded.error().message;
    const auto& issue = std::get<IssueInvoiceOp>(decoded->body);
    EXPECT_EQ(issue.number, 1001);
    EXPECT_EQ(issue.totals, (nlohmann::json{{"x", 1}}));
}

TEST(MoneyOperation, IssueNeedsAPositiveNumber)
{
    auto decoded = decodeMoneyOperation(
        mutation("invoice", {{"type", "invoice.issue"}, {"number", 0}, {"totals", {}}}));
    ASSERT_FALSE(decoded);
    EXPECT_EQ(decoded.error().path, "op.number");
}

TEST(MoneyOperation, DecodesAPaymentAndRefusesUnknownMethodsAndZeroAmounts)
{
    nlohmann::json op{{"type", "payment.record"},
                      {"invoice_id", kInvoice},
                      {"amount_cents", 5000},
                      {"method", "e_transfer"},
                      {"received_on", "2026-03-20"}};
    auto decoded = decodeMoneyOperation(mutation("payment", op));
    ASSERT_TRUE(decoded) << decoded.error().message;
    const auto& payment = std::get<RecordPaymentOp>(decoded->body);
    EXPECT_EQ(payment.amountCents, 5000);
    EXPECT_EQ(payment.method, PaymentMethod::ETransfer);

    op["method"] = "bitcoin";
    auto badMethod = decodeMoneyOperation(mutation("payment", op));
    ASSERT_FALSE(badMethod);
    EXPECT_EQ(badMethod.error().path, "op.method");

    op["method"] = "cash";
    op["amount_cents"] = 0;
    auto zero = decodeMoneyOperation(mutation("payment", op));
    ASSERT_FALSE(zero);
    EXPECT_EQ(zero.error().path, "op.amount_cents");
}

TEST(MoneyOperation, AnOperationForTheWrongEntityIsUnsupported)
{
    auto decoded = decodeMoneyOperation(mutation("payment", {{"type", "invoice.void"}}));
    ASSERT_FALSE(decoded);
    EXPECT_EQ(decoded.error().code, "unsupported_operation");
    auto client = decodeMoneyOperation(mutation("client", {{"type", "invoice.void"}}));
    ASSERT_FALSE(client);
    EXPECT_EQ(client.error().code, "unsupported_operation");
}

TEST(MoneyOperation, DecodesPartialAndFullCreditNotes)
{
    nlohmann::json op{{"type", "credit_note.issue"},
                      {"original_invoice_id", kInvoice},
                      {"number", 1002},
                      {"totals", nlohmann::json::object()}};
    auto full = decodeMoneyOperation(mutation("invoice", op));
    ASSERT_TRUE(full) << full.error().message;
    EXPECT_FALSE(std::get<IssueCreditNoteOp>(full->body).lines);

    op["lines"] = {{{"line", 0}, {"quantity", 1}}};
    auto partial = decodeMoneyOperation(mutation("invoice", op));
    ASSERT_TRUE(partial) << partial.error().message;
    const auto& lines = *std::get<IssueCreditNoteOp>(partial->body).lines;
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].lineIndex, 0u);
}

TEST(MoneyOperation, ABlockReservationIsBounded)
{
    auto decoded = decodeMoneyOperation(
        mutation("number_block", {{"type", "number_block.reserve"}, {"count", 100}}));
    ASSERT_TRUE(decoded) << decoded.error().message;
    EXPECT_EQ(std::get<ReserveNumberBlockOp>(decoded->body).count, 100);
    auto tooMany = decodeMoneyOperation(
        mutation("number_block", {{"type", "number_block.reserve"}, {"count", 1001}}));
    ASSERT_FALSE(tooMany);
    EXPECT_EQ(tooMany.error().path, "op.count");
}

TEST(MoneyOperation, TheEnvelopeIsCheckedToo)
{
    auto body = mutation("invoice", {{"type", "invoice.void"}});
    body["org_id"] = "not-a-uuid";
    auto decoded = decodeMoneyOperation(body);
    ASSERT_FALSE(decoded);
    EXPECT_EQ(decoded.error().path, "org_id");
    EXPECT_TRUE(isMoneyMutation(body));
    body.erase("op");
    EXPECT_FALSE(isMoneyMutation(body));
}

} // namespace
} // namespace fitflow::sync::money
