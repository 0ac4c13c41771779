#include "tests/unit/shared/tax/BundledTable.h"

#include "shared/codec/JsonReader.h"
#include "shared/invoice/InvoiceTotalsJson.h"

#include <gtest/gtest.h>

using fitflow::invoice::invoiceTotalsFromJson;
using fitflow::testing::canadaTaxTable;
using nlohmann::json;

namespace {

json issueExample()
{
    return json::parse(R"({"tax_point_date": "2026-03-15",
        "supplier": {"gst_hst_registered": true, "qst_registered": true, "pst_registered": ["BC"]},
        "place": {"kind": "in_person", "province": "ON"},
        "lines": [{"description": "Personal training, 60 min", "quantity": 2,
                   "unit_price_cents": 8500, "discount_cents": 0,
                   "category": "service", "tax_included": false}]})");
}

void expectError(const json& input, const std::string& code, const std::string& path)
{
    auto result = invoiceTotalsFromJson(input, canadaTaxTable());
    ASSERT_FALSE(result) << "expected " << code << " at " << path;
    EXPECT_EQ(result.error().code, code) << result.error().message;
    EXPECT_EQ(result.error().path, path) << result.error().message;
}

} // namespace

TEST(InvoiceTotalsJson, IssueExampleGivesExactlyTheIssueOutput)
{
    auto result = invoiceTotalsFromJson(issueExample(), canadaTaxTable());
    ASSERT_TRUE(result) << result.error().code << " " << result.error().path;
    EXPECT_EQ(*result, json::parse(R"({"subtotal_cents": 17000,
        "taxes": [{"code": "HST", "jurisdiction": "ON", "rate_percent": "13",
                   "base_cents": 17000, "amount_cents": 2210}],
        "tax_total_cents": 2210, "total_cents": 19210})"));
}

TEST(InvoiceTotalsJson, RemoteQuebecClientGetsGstThenQst)
{
    json input = issueExample();
    input["place"] = {{"kind", "remote"}, {"client_province", "QC"}};
    input["lines"][0]["quantity"] = 1;
    input["lines"][0]["unit_price_cents"] = 10000;
    auto result = invoiceTotalsFromJson(input, canadaTaxTable());
    ASSERT_TRUE(result);
    EXPECT_EQ(*result, json::parse(R"({"subtotal_cents": 10000,
        "taxes": [{"code": "GST", "jurisdiction": "QC", "rate_percent": "5",
                   "base_cents": 10000, "amount_cents": 500},
                  {"code": "QST", "jurisdiction": "QC", "rate_percent": "9.975",
                   "base_cents": 10000, "amount_cents": 998}],
        "tax_total_cents": 1498, "total_cents": 11498})"));
}

TEST(InvoiceTotalsJson, TaxIncludedNoShowFee)
{
    json input = issueExample();
    input["lines"][0] = {{"description", "No-show fee"}, {"quantity", 1},
                         {"unit_price_cents", 4000},     {"discount_cents", 0},
                         {"category", "service"},        {"tax_included", true}};
    auto result = invoiceTotalsFromJson(input, canadaTaxTable());
    ASSERT_TRUE(result);
    EXPECT_EQ((*result)["taxes"][0]["amount_cents"], 460);
    EXPECT_EQ((*result)["subtotal_cents"], 3540);
    EXPECT_EQ((*result)["total_cents"], 4000);
}

TEST(InvoiceTotalsJson, NoTaxesGiveAnEmptyList)
{
    json input = issueExample();
    input["supplier"]["gst_hst_registered"] = false;
    auto result = invoiceTotalsFromJson(input, canadaTaxTable());
    ASSERT_TRUE(result);
    EXPECT_EQ((*result)["taxes"], json::array());
    EXPECT_EQ((*result)["total_cents"], 17000);
}

TEST(InvoiceTotalsJson, UnknownFieldsAreErrors)
{
    json input = issueExample();
    input["currency"] = "CAD";
    expectError(input, "unknown_field", "currency");
    input = issueExample();
    input["lines"][0]["unit_price"] = 85;
    expectError(input, "unknown_field", "lines[0].unit_price");
    input = issueExample();
    input["place"]["client_province"] = "QC";
    expectError(input, "unknown_field", "place.client_province");
}

TEST(InvoiceTotalsJson, WrongTypesAreErrors)
{
    json input = issueExample();
    input["lines"][0]["quantity"] = "2";
    expectError(input, "wrong_type", "lines[0].quantity");
    input = issueExample();
    input["lines"][0]["quantity"] = 2.5;
    expectError(input, "wrong_type", "lines[0].quantity");
    input = issueExample();
    input["supplier"]["gst_hst_registered"] = 1;
    expectError(input, "wrong_type", "supplier.gst_hst_registered");
    input = issueExample();
    input["lines"] = json::object();
    expectError(input, "wrong_type", "lines");
    expectError(json::array(), "wrong_type", "");
}

TEST(InvoiceTotalsJson, MissingFieldsAreErrors)
{
    json input = issueExample();
    input.erase("tax_point_date");
    expectError(input, "missing_field", "tax_point_date");
    input = issueExample();
    input["lines"][0].erase("tax_included");
    expectError(input, "missing_field", "lines[0].tax_included");
    input = issueExample();
    input["place"] = {{"kind", "remote"}, {"province", "QC"}};
    expectError(input, "missing_field", "place.client_province");
}

TEST(InvoiceTotalsJson, BadCodesAndDatesAreErrors)
{
    json input = issueExample();
    input["place"]["province"] = "XX";
    expectError(input, "invalid_value", "place.province");
    input = issueExample();
    input["place"]["kind"] = "online";
    expectError(input, "invalid_value", "place.kind");
    input = issueExample();
    input["supplier"]["pst_registered"] = {"BC", "ZZ"};
    expectError(input, "invalid_value", "supplier.pst_registered[1]");
    input = issueExample();
    input["lines"][0]["category"] = "food";
    expectError(input, "invalid_value", "lines[0].category");
    input = issueExample();
    input["tax_point_date"] = "2026-02-30";
    expectError(input, "invalid_value", "tax_point_date");
    input = issueExample();
    input["tax_point_date"] = "2009-12-31";
    expectError(input, "date_outside_tax_table", "tax_point_date");
}

TEST(InvoiceTotalsJson, NegativeOrAbsurdNumbersAreErrors)
{
    json input = issueExample();
    input["lines"][0]["quantity"] = -1;
    expectError(input, "out_of_range", "lines[0].quantity");
    input["lines"][0]["quantity"] = 0;
    expectError(input, "out_of_range", "lines[0].quantity");
    input["lines"][0]["quantity"] = 1'000'000;
    expectError(input, "out_of_range", "lines[0].quantity");
    input = issueExample();
    input["lines"][0]["unit_price_cents"] = -8500;
    expectError(input, "out_of_range", "lines[0].unit_price_cents");
    input = issueExample();
    input["lines"][0]["discount_cents"] = 17001;
    expectError(input, "discount_exceeds_amount", "lines[0].discount_cents");
    input = issueExample();
    input["lines"] = json::array();
    expectError(input, "out_of_range", "lines");
}

TEST(InvoiceTotalsJson, HugeInvoicesOverflowAsErrors)
{
    json input = issueExample();
    json line = input["lines"][0];
    line["quantity"] = 10'000;
    line["unit_price_cents"] = fitflow::kMaxCents;
    input["lines"] = json::array();
    for (int i = 0; i < 100; ++i) {
        input["lines"].push_back(line);
    }
    auto result = invoiceTotalsFromJson(input, canadaTaxTable());
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, "amount_overflow");
}
