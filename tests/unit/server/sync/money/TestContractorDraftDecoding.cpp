// decodeMoneyOperation for a contractor invoice (recipient "organization", migration 0019): no
// client, a required location, no line links; an unknown recipient is refused with its path.

#include "server/service/sync/money/MoneyOperation.h"
#include "tests/support/QuebecSampleInvoice.h"

#include <gtest/gtest.h>

namespace fitflow::sync::money {
namespace {

const char* const kOrg = "01900000-0000-7000-8000-0000000000a1";
const char* const kInvoice = "01900000-0000-7000-8000-0000000000b1";
const char* const kClient = "01900000-0000-7000-8000-0000000000c1";
const char* const kLocation = "01900000-0000-7000-8000-0000000000d1";
const char* const kSession = "01900000-0000-7000-8000-0000000000e1";

nlohmann::json mutation(nlohmann::json op)
{
    return {{"id", 7},
            {"org_id", kOrg},
            {"entity", "invoice"},
            {"entity_id", kInvoice},
            {"op", std::move(op)}};
}

nlohmann::json contractorDraft()
{
    nlohmann::json op = test::quebecSampleDraft({.locationId = kLocation,
                                                 .taxPointDate = "2026-03-31",
                                                 .description = "Sessions run in March",
                                                 .quantity = 12,
                                                 .unitPriceCents = 6000});
    op["type"] = "invoice.draft";
    op["recipient"] = "organization";
    return op;
}

Error rejectionOf(const nlohmann::json& op)
{
    auto decoded = decodeMoneyOperation(mutation(op));
    EXPECT_FALSE(decoded);
    return decoded ? Error{} : decoded.error();
}

TEST(ContractorDraftDecoding, DecodesAnInvoiceToTheOrganizationWithoutAClient)
{
    auto decoded = decodeMoneyOperation(mutation(contractorDraft()));
    ASSERT_TRUE(decoded) << decoded.error().message << " at " << decoded.error().path;
    const auto& draft = std::get<DraftInvoiceOp>(decoded->body);
    EXPECT_EQ(draft.recipient, InvoiceRecipient::Organization);
    EXPECT_TRUE(draft.clientId.empty());
    EXPECT_EQ(draft.locationId, std::optional<std::string>(kLocation));
    EXPECT_EQ(draft.draft.lines.at(0).quantity, 12);
}

TEST(ContractorDraftDecoding, ANullClientIsTheSameAsNone)
{
    auto op = contractorDraft();
    op["client_id"] = nullptr;
    EXPECT_TRUE(decodeMoneyOperation(mutation(op)));
}

TEST(ContractorDraftDecoding, TheRecipientDefaultsToTheClient)
{
    auto op = contractorDraft();
    op.erase("recipient");
    op["client_id"] = kClient;
    auto decoded = decodeMoneyOperation(mutation(op));
    ASSERT_TRUE(decoded) << decoded.error().message;
    EXPECT_EQ(std::get<DraftInvoiceOp>(decoded->body).recipient, InvoiceRecipient::Client);

    op["recipient"] = "client";
    op.erase("client_id");
    const Error missing = rejectionOf(op);
    EXPECT_EQ(missing.code, "missing_field");
    EXPECT_EQ(missing.path, "op.client_id");
}

TEST(ContractorDraftDecoding, AClientOnAnInvoiceToTheOrganizationIsRefused)
{
    auto op = contractorDraft();
    op["client_id"] = kClient;
    const Error error = rejectionOf(op);
    EXPECT_EQ(error.code, "invalid_value");
    EXPECT_EQ(error.path, "op.client_id");
}

TEST(ContractorDraftDecoding, TheLocationIsRequired)
{
    auto op = contractorDraft();
    op.erase("location_id");
    const Error error = rejectionOf(op);
    EXPECT_EQ(error.code, "missing_field");
    EXPECT_EQ(error.path, "op.location_id");
}

TEST(ContractorDraftDecoding, LineLinksAreRefused)
{
    auto op = contractorDraft();
    op["line_links"] = {{{"line", 0}, {"session_id", kSession}}};
    const Error error = rejectionOf(op);
    EXPECT_EQ(error.code, "invalid_value");
    EXPECT_EQ(error.path, "op.line_links");
}

TEST(ContractorDraftDecoding, AnUnknownRecipientIsRefused)
{
    auto op = contractorDraft();
    op["recipient"] = "studio";
    const Error error = rejectionOf(op);
    EXPECT_EQ(error.code, "invalid_value");
    EXPECT_EQ(error.path, "op.recipient");
}

} // namespace
} // namespace fitflow::sync::money
