#include "BundledTable.h"

#include "shared/tax/BundledTaxTable.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using fitflow::tax::Province;
using fitflow::tax::TaxTable;
using nlohmann::json;

namespace {

constexpr std::size_t kOntario = 8; // index of ON in the minimal table (alphabetical)

json gst(const char* from, const json& to = nullptr)
{
    return {{"code", "GST"},
            {"rate_percent", "5"},
            {"effective_from", from},
            {"effective_to", to},
            {"source", "Excise Tax Act s.165(1), test fixture"}};
}

// Every jurisdiction with GST 5% from 2010-07-01: valid, the base each test breaks.
json minimalTable()
{
    json jurisdictions = json::array();
    for (const auto& entry : fitflow::tax::kProvinceNames) {
        jurisdictions.push_back({{"province", std::string(entry.name)},
                                 {"name", "test"},
                                 {"taxes", json::array({gst("2010-07-01")})}});
    }
    return {{"format", "fitflow-tax-table/1"},
            {"description", "test"},
            {"jurisdictions", jurisdictions}};
}

json& ontarioTaxes(json& table)
{
    return table["jurisdictions"][kOntario]["taxes"];
}

void expectError(const json& table, const std::string& code, const std::string& path)
{
    auto loaded = TaxTable::fromJson(table);
    ASSERT_FALSE(loaded) << "expected " << code;
    EXPECT_EQ(loaded.error().code, code) << loaded.error().message;
    EXPECT_EQ(loaded.error().path, path) << loaded.error().message;
}

} // namespace

TEST(TaxTable, BundledTableIsEmbeddedAndValid)
{
    EXPECT_NE(fitflow::tax::bundledCanadaTaxTable().find("\"fitflow-tax-table/1\""),
              std::string_view::npos);
    auto table = TaxTable::bundledCanada();
    ASSERT_TRUE(table) << table.error().code << " " << table.error().path;
}

TEST(TaxTable, MinimalTableIsValid)
{
    auto table = TaxTable::fromJson(minimalTable());
    ASSERT_TRUE(table) << table.error().code << " " << table.error().path;
    EXPECT_EQ(table->periodsOn(Province::ON, fitflow::testing::ymd(2030, 1, 1)).size(), 1u);
}

TEST(TaxTable, UnknownTaxCodeIsAnErrorWithPath)
{
    json table = minimalTable();
    ontarioTaxes(table)[0]["code"] = "VAT";
    expectError(table, "invalid_value", "jurisdictions[8].taxes[0].code");
}

TEST(TaxTable, UnknownProvinceIsAnErrorWithPath)
{
    json table = minimalTable();
    table["jurisdictions"][0]["province"] = "ZZ";
    expectError(table, "invalid_value", "jurisdictions[0].province");
}

TEST(TaxTable, UnknownFieldIsAnError)
{
    json table = minimalTable();
    ontarioTaxes(table)[0]["rate"] = "13";
    expectError(table, "unknown_field", "jurisdictions[8].taxes[0].rate");
}

TEST(TaxTable, MalformedRateAndDateAreErrorsWithPath)
{
    json table = minimalTable();
    ontarioTaxes(table)[0]["rate_percent"] = "13%";
    expectError(table, "invalid_rate", "jurisdictions[8].taxes[0].rate_percent");
    table = minimalTable();
    ontarioTaxes(table)[0]["effective_from"] = "2010-02-30";
    expectError(table, "invalid_value", "jurisdictions[8].taxes[0].effective_from");
    table = minimalTable();
    ontarioTaxes(table)[0]["rate_percent"] = 13;
    expectError(table, "wrong_type", "jurisdictions[8].taxes[0].rate_percent");
}

TEST(TaxTable, EveryEntryNeedsASource)
{
    json table = minimalTable();
    ontarioTaxes(table)[0]["source"] = "";
    expectError(table, "invalid_value", "jurisdictions[8].taxes[0].source");
    table = minimalTable();
    ontarioTaxes(table)[0].erase("source");
    expectError(table, "missing_field", "jurisdictions[8].taxes[0].source");
}

TEST(TaxTable, MissingAndDuplicateJurisdictionsAreErrors)
{
    json table = minimalTable();
    table["jurisdictions"].erase(kOntario);
    expectError(table, "missing_jurisdiction", "jurisdictions");
    table = minimalTable();
    table["jurisdictions"].push_back(table["jurisdictions"][0]);
    expectError(table, "duplicate_jurisdiction", "jurisdictions[13].province");
}

TEST(TaxTable, OverlappingPeriodsAreAnError)
{
    json table = minimalTable();
    ontarioTaxes(table).push_back(gst("2012-01-01"));
    expectError(table, "tax_period_overlap", "jurisdictions[8].taxes[1]");
}

TEST(TaxTable, GappedFederalPeriodsAreAnError)
{
    json table = minimalTable();
    ontarioTaxes(table)[0]["effective_to"] = "2011-12-31";
    json hst = gst("2012-01-02");
    hst["code"] = "HST";
    hst["rate_percent"] = "13";
    ontarioTaxes(table).push_back(hst);
    expectError(table, "tax_period_gap", "jurisdictions[8].taxes[1].effective_from");
}

TEST(TaxTable, FederalCoverageMustNotEnd)
{
    json table = minimalTable();
    ontarioTaxes(table)[0]["effective_to"] = "2030-12-31";
    expectError(table, "tax_period_gap", "jurisdictions[8].taxes[0].effective_to");
}

TEST(TaxTable, PeriodEndingBeforeItStartsIsAnError)
{
    json table = minimalTable();
    json pst = gst("2015-01-01", "2014-12-31");
    pst["code"] = "PST";
    ontarioTaxes(table).push_back(pst);
    expectError(table, "invalid_period", "jurisdictions[8].taxes[1].effective_to");
}

TEST(TaxTable, ProvincialTaxesOnlyWhereTheyExist)
{
    json table = minimalTable();
    json qst = gst("2013-01-01");
    qst["code"] = "QST";
    ontarioTaxes(table).push_back(qst);
    expectError(table, "tax_code_not_allowed", "jurisdictions[8].taxes[1].code");
}

TEST(TaxTable, ProvincialTaxBesideHstIsAnError)
{
    json table = minimalTable();
    json& taxes = ontarioTaxes(table);
    taxes[0]["code"] = "HST";
    json pst = gst("2020-01-01");
    pst["code"] = "PST";
    taxes.push_back(pst);
    expectError(table, "tax_period_overlap", "jurisdictions[8].taxes[1]");
}

TEST(TaxTable, FederalTaxIsNeverCompound)
{
    json table = minimalTable();
    ontarioTaxes(table)[0]["base"] = "net_plus_federal_tax";
    expectError(table, "invalid_value", "jurisdictions[8].taxes[0].base");
}

TEST(TaxTable, JurisdictionsMustStartOnTheSameDay)
{
    json table = minimalTable();
    ontarioTaxes(table)[0]["effective_from"] = "2011-01-01";
    expectError(table, "tax_period_gap", "jurisdictions[8].taxes");
}

TEST(TaxTable, UnknownFormatAndBadTextAreErrors)
{
    json table = minimalTable();
    table["format"] = "fitflow-tax-table/2";
    expectError(table, "invalid_value", "format");
    auto parsed = TaxTable::fromText("{\"format\": ");
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().code, "invalid_json");
}

TEST(TaxTable, DatesBeforeCoverageHaveNoRates)
{
    auto table = TaxTable::fromJson(minimalTable());
    ASSERT_TRUE(table);
    EXPECT_TRUE(table->periodsOn(Province::AB, fitflow::testing::ymd(2010, 6, 30)).empty());
}
