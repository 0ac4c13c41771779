#include "tests/unit/shared/invoice/InvoiceFixtures.h"

#include "shared/invoice/InvoiceJson.h"
#include "shared/invoice/InvoiceNumberCounter.h"
#include "shared/invoice/InvoiceTotalsJson.h"

#include <gtest/gtest.h>

#include <functional>
#include <limits>

using namespace fitflow::invoice;
using namespace fitflow::testing;
using fitflow::money::CurrencyCode;
using fitflow::tax::Province;
using fitflow::tax::TaxCategory;
using nlohmann::json;

namespace {

template <typename Decode>
void expectError(const json& input, Decode decode, const std::string& code, const std::string& path)
{
    auto result = decode(input);
    ASSERT_FALSE(result) << "expected " << code << " at " << path;
    EXPECT_EQ(result.error().code, code) << result.error().message;
    EXPECT_EQ(result.error().path, path) << result.error().message;
}

json edited(json input, const std::function<void(json&)>& edit)
{
    edit(input);
    return input;
}

const auto decodeLine = [](const json& input) { return invoiceLineFromJson(input); };
const auto decodeTotals = [](const json& input) { return decodeInvoiceTotals(input); };
const auto decodeBlock = [](const json& input) { return invoiceNumberBlockFromJson(input); };

CurrencyCode usd()
{
    return *CurrencyCode::parse("USD");
}

// Totals as the calculator computes them, then encoded by the existing encoder.
InvoiceTotals totalsFor(Province province, std::vector<InvoiceLine> lines)
{
    return computedTotals(draft(province, ymd(2026, 3, 15), std::move(lines)));
}

json ontarioTotalsJson()
{
    return invoiceTotalsToJson(totalsFor(Province::ON, {line(2, 8500)}));
}

// GST then QST: two taxes, for the order rules.
json quebecTotalsJson()
{
    return invoiceTotalsToJson(totalsFor(Province::QC, {line(1, 10000)}));
}

} // namespace

TEST(InvoiceLineJson, RoundTripsEveryCategoryWithTheGivenCurrency)
{
    for (const InvoiceLine& original : {line(2, 8500), line(1, 2599, TaxCategory::Goods, 300),
                                        line(1, 5000, TaxCategory::Exempt), includedFee(4000)}) {
        const json encoded = invoiceLineToJson(original);
        auto decoded = invoiceLineFromJson(encoded);
        ASSERT_TRUE(decoded) << decoded.error().code << " at " << decoded.error().path;
        EXPECT_EQ(*decoded, original);
        EXPECT_EQ(invoiceLineToJson(*decoded), encoded);

        auto inUsd = invoiceLineFromJson(encoded, usd());
        ASSERT_TRUE(inUsd);
        EXPECT_EQ(inUsd->unitPrice.currency(), usd());
        EXPECT_EQ(inUsd->discount.currency(), usd());
    }
}

TEST(InvoiceLineJson, UsesTheDraftLineFormat)
{
    EXPECT_EQ(invoiceLineToJson(line(2, 8500)), json::parse(R"({
        "description": "Personal training, 60 min", "quantity": 2, "unit_price_cents": 8500,
        "discount_cents": 0, "category": "service", "tax_included": false})"));
}

TEST(InvoiceLineJson, Errors)
{
    const json good = invoiceLineToJson(line(2, 8500, TaxCategory::Service, 500));
    expectError(edited(good, [](json& j) { j["quantity"] = "2"; }), decodeLine, "wrong_type",
                "quantity");
    expectError(edited(good, [](json& j) { j["quantity"] = -2; }), decodeLine, "out_of_range",
                "quantity");
    expectError(edited(good, [](json& j) { j["discount_cents"] = -1; }), decodeLine, "out_of_range",
                "discount_cents");
    expectError(edited(good, [](json& j) { j["discount_cents"] = 17001; }), decodeLine,
                "invalid_value", "discount_cents");
    expectError(edited(good, [](json& j) { j["category"] = "Service"; }), decodeLine,
                "invalid_value", "category");
    expectError(edited(good, [](json& j) { j["tax_included"] = 0; }), decodeLine, "wrong_type",
                "tax_included");
    expectError(edited(good, [](json& j) { j.erase("description"); }), decodeLine, "missing_field",
                "description");
    expectError(edited(good, [](json& j) { j["note"] = ""; }), decodeLine, "unknown_field", "note");
    // The full discount is allowed: a free session.
    EXPECT_TRUE(decodeLine(edited(good, [](json& j) { j["discount_cents"] = 17000; })));
}

TEST(InvoiceTotalsDecoder, RoundTripsComputedTotals)
{
    const std::vector<InvoiceTotals> cases = {
        totalsFor(Province::ON, {line(2, 8500)}),
        totalsFor(Province::QC, {line(1, 10000)}),
        totalsFor(Province::BC, {line(1, 8500), line(2, 2599, TaxCategory::Goods)}),
        totalsFor(Province::ON, {includedFee(4000)}),
        totalsFor(Province::AB, {line(1, 5000, TaxCategory::Exempt)}),
    };
    for (const InvoiceTotals& totals : cases) {
        const json encoded = invoiceTotalsToJson(totals);
        SCOPED_TRACE(encoded.dump());
        auto decoded = decodeInvoiceTotals(encoded, {}, totals.placeOfSupply);
        ASSERT_TRUE(decoded) << decoded.error().code << " at " << decoded.error().path;
        EXPECT_EQ(*decoded, totals);
        EXPECT_EQ(invoiceTotalsToJson(*decoded), encoded);
    }
}

TEST(InvoiceTotalsDecoder, AcceptsNegativeCreditNoteTotals)
{
    const json credit = ontarioCreditNote().toJson()["totals"];
    auto decoded = decodeInvoiceTotals(credit, usd());
    ASSERT_TRUE(decoded) << decoded.error().code << " at " << decoded.error().path;
    EXPECT_LT(decoded->total.cents(), 0);
    EXPECT_EQ(decoded->total.currency(), usd());
    EXPECT_EQ(invoiceTotalsToJson(*decoded), credit);
}

TEST(InvoiceTotalsDecoder, SumsMustAddUp)
{
    expectError(edited(ontarioTotalsJson(), [](json& j) { j["tax_total_cents"] = 2211; }),
                decodeTotals, "invalid_value", "tax_total_cents");
    expectError(edited(ontarioTotalsJson(), [](json& j) { j["total_cents"] = 19211; }),
                decodeTotals, "invalid_value", "total_cents");
    expectError(edited(quebecTotalsJson(), [](json& j) { j["taxes"].erase(1); }), decodeTotals,
                "invalid_value", "tax_total_cents");
}

TEST(InvoiceTotalsDecoder, FederalTaxFirstAndEachTaxOnce)
{
    expectError(
        edited(quebecTotalsJson(), [](json& j) { std::swap(j["taxes"][0], j["taxes"][1]); }),
        decodeTotals, "invalid_value", "taxes[1].code");
    expectError(edited(quebecTotalsJson(), [](json& j) { j["taxes"][1]["code"] = "HST"; }),
                decodeTotals, "invalid_value", "taxes[1].code");
    expectError(edited(quebecTotalsJson(), [](json& j) { j["taxes"][1]["code"] = "GST"; }),
                decodeTotals, "invalid_value", "taxes[1].code");
}

TEST(InvoiceTotalsDecoder, FieldErrors)
{
    const json good = quebecTotalsJson();
    expectError(edited(good, [](json& j) { j["taxes"][1]["rate_percent"] = 9.975; }), decodeTotals,
                "wrong_type", "taxes[1].rate_percent");
    expectError(edited(good, [](json& j) { j["taxes"][1]["rate_percent"] = "101"; }), decodeTotals,
                "invalid_value", "taxes[1].rate_percent");
    expectError(edited(good, [](json& j) { j["taxes"][1]["jurisdiction"] = "CA"; }), decodeTotals,
                "invalid_value", "taxes[1].jurisdiction");
    expectError(edited(good, [](json& j) { j["taxes"][0]["base_cents"] = -10'000'000'000'001; }),
                decodeTotals, "out_of_range", "taxes[0].base_cents");
    expectError(edited(good, [](json& j) { j["taxes"][0].erase("amount_cents"); }), decodeTotals,
                "missing_field", "taxes[0].amount_cents");
    expectError(edited(good, [](json& j) { j["place_of_supply"] = "QC"; }), decodeTotals,
                "unknown_field", "place_of_supply");
    expectError(edited(good, [](json& j) { j["taxes"] = nullptr; }), decodeTotals, "wrong_type",
                "taxes");
}

TEST(InvoiceTotalsDecoder, CheckTotalsAddUpReportsOverflow)
{
    InvoiceTotals totals;
    totals.subtotal = fitflow::money::Money::cad(std::numeric_limits<std::int64_t>::max());
    totals.taxes.push_back({fitflow::tax::TaxCode::GST,
                            Province::AB,
                            {},
                            fitflow::money::Money::cad(0),
                            fitflow::money::Money::cad(std::numeric_limits<std::int64_t>::max())});
    totals.taxes.push_back(totals.taxes.front());
    const auto taxSum = checkTotalsAddUp(totals);
    ASSERT_FALSE(taxSum);
    EXPECT_EQ(taxSum.error().code, "amount_overflow");
    EXPECT_EQ(taxSum.error().path, "tax_total_cents");

    totals.taxes.pop_back();
    totals.taxTotal = totals.taxes.front().amount;
    const auto total = checkTotalsAddUp(totals);
    ASSERT_FALSE(total);
    EXPECT_EQ(total.error().path, "total_cents");
}

TEST(InvoiceNumberBlockJson, RoundTripsAllocatedBlocks)
{
    InvoiceNumberCounter counter(1001);
    for (std::int64_t size :
         {std::int64_t{1}, std::int64_t{500}, InvoiceNumberCounter::kMaxBlockSize}) {
        auto block = counter.allocate(size);
        ASSERT_TRUE(block);
        const json encoded = invoiceNumberBlockToJson(*block);
        EXPECT_EQ(encoded["first"], block->first);
        EXPECT_EQ(encoded["count"], size);
        auto decoded = invoiceNumberBlockFromJson(encoded);
        ASSERT_TRUE(decoded) << decoded.error().code << " at " << decoded.error().path;
        EXPECT_EQ(*decoded, *block);
    }
}

TEST(InvoiceNumberBlockJson, Errors)
{
    const json good = {{"first", 1}, {"count", 500}};
    expectError(edited(good, [](json& j) { j["first"] = 0; }), decodeBlock, "out_of_range",
                "first");
    expectError(edited(good, [](json& j) { j["count"] = 0; }), decodeBlock, "out_of_range",
                "count");
    expectError(edited(good, [](json& j) { j["count"] = 10'001; }), decodeBlock, "out_of_range",
                "count");
    expectError(
        edited(good, [](json& j) { j["first"] = std::numeric_limits<std::int64_t>::max(); }),
        decodeBlock, "out_of_range", "count");
    expectError(edited(good, [](json& j) { j["first"] = "1"; }), decodeBlock, "wrong_type",
                "first");
    expectError(edited(good, [](json& j) { j.erase("count"); }), decodeBlock, "missing_field",
                "count");
    expectError(edited(good, [](json& j) { j["device_id"] = "d1"; }), decodeBlock, "unknown_field",
                "device_id");
    // The last block that still fits below int64's limit is accepted.
    const auto last =
        json{{"first", std::numeric_limits<std::int64_t>::max() - 500}, {"count", 500}};
    EXPECT_TRUE(decodeBlock(last));
}
