#include "DraftBuilder.h"

#include <gtest/gtest.h>

#include <limits>

using namespace fitflow::testing;
using fitflow::tax::Province;
using fitflow::tax::SessionMode;
using fitflow::tax::TaxCategory;

namespace {

const auto kMarch2026 = ymd(2026, 3, 15);

} // namespace

TEST(InvoiceTotalsCalculator, IssueExampleOntarioTwoSessions)
{
    EXPECT_EQ(totalsOf(draft(Province::ON, kMarch2026, {line(2, 8500)})),
              "HST 13 on 17000 = 2210 | subtotal 17000 total 19210");
}

TEST(InvoiceTotalsCalculator, RoundingEdges)
{
    EXPECT_EQ(totalsOf(draft(Province::ON, kMarch2026, {line(1, 110)})),
              "HST 13 on 110 = 14 | subtotal 110 total 124");
    EXPECT_EQ(totalsOf(draft(Province::ON, kMarch2026, {line(1, 1999)})),
              "HST 13 on 1999 = 260 | subtotal 1999 total 2259");
    EXPECT_EQ(totalsOf(draft(Province::QC, kMarch2026, {line(1, 10000)})),
              "GST 5 on 10000 = 500 | QST 9.975 on 10000 = 998 | subtotal 10000 total 11498");
    EXPECT_EQ(totalsOf(draft(Province::QC, kMarch2026, {line(1, 1999)})),
              "GST 5 on 1999 = 100 | QST 9.975 on 1999 = 199 | subtotal 1999 total 2298");
    EXPECT_EQ(totalsOf(draft(Province::AB, kMarch2026, {line(1, 4000)})),
              "GST 5 on 4000 = 200 | subtotal 4000 total 4200");
}

TEST(InvoiceTotalsCalculator, TaxIsComputedOncePerInvoiceOnTheSumOfNets)
{
    // Per line 3 × 14.3¢ would round to 3 × 14 = 42¢; on the sum, 42.9¢ rounds to 43¢.
    EXPECT_EQ(totalsOf(draft(Province::ON, kMarch2026, {line(1, 110), line(1, 110), line(1, 110)})),
              "HST 13 on 330 = 43 | subtotal 330 total 373");
}

TEST(InvoiceTotalsCalculator, LineDiscountReducesTheTaxableNet)
{
    EXPECT_EQ(
        totalsOf(draft(Province::ON, kMarch2026, {line(2, 8500, TaxCategory::Service, 1000)})),
        "HST 13 on 16000 = 2080 | subtotal 16000 total 18080");
}

TEST(InvoiceTotalsCalculator, TaxIncludedFeesHaveTheirTaxExtracted)
{
    EXPECT_EQ(totalsOf(draft(Province::ON, kMarch2026, {includedFee(4000)})),
              "HST 13 on 3540 = 460 | subtotal 3540 total 4000");
    EXPECT_EQ(totalsOf(draft(Province::AB, kMarch2026, {includedFee(4000)})),
              "GST 5 on 3810 = 190 | subtotal 3810 total 4000");
    EXPECT_EQ(totalsOf(draft(Province::QC, kMarch2026, {includedFee(4000)})),
              "GST 5 on 3479 = 174 | QST 9.975 on 3479 = 347 | subtotal 3479 total 4000");
}

TEST(InvoiceTotalsCalculator, IncludedAndExclusiveLinesShareOneEntryPerTax)
{
    EXPECT_EQ(totalsOf(draft(Province::ON, kMarch2026, {line(1, 10000), includedFee(4000)})),
              "HST 13 on 13540 = 1760 | subtotal 13540 total 15300");
}

TEST(InvoiceTotalsCalculator, NovaScotiaRateFollowsTheTaxPoint)
{
    EXPECT_EQ(totalsOf(draft(Province::NS, ymd(2025, 3, 31), {line(1, 8000)})),
              "HST 15 on 8000 = 1200 | subtotal 8000 total 9200");
    EXPECT_EQ(totalsOf(draft(Province::NS, ymd(2025, 4, 1), {line(1, 8000)})),
              "HST 14 on 8000 = 1120 | subtotal 8000 total 9120");
}

TEST(InvoiceTotalsCalculator, RemoteSessionsUseTheClientsProvince)
{
    // A Quebec trainer coaching an Ontario client by video charges Ontario HST.
    EXPECT_EQ(totalsOf(draft(Province::ON, kMarch2026, {line(1, 10000)}, SessionMode::Remote)),
              "HST 13 on 10000 = 1300 | subtotal 10000 total 11300");
    EXPECT_EQ(totalsOf(draft(Province::QC, kMarch2026, {line(1, 10000)}, SessionMode::InPerson)),
              "GST 5 on 10000 = 500 | QST 9.975 on 10000 = 998 | subtotal 10000 total 11498");
    const auto totals = fitflow::invoice::computeInvoiceTotals(
        draft(Province::ON, kMarch2026, {line(1, 10000)}, SessionMode::Remote), canadaTaxTable());
    ASSERT_TRUE(totals);
    EXPECT_EQ(totals->placeOfSupply.rule, fitflow::tax::PlaceOfSupplyRule::ClientProvince);
}

TEST(InvoiceTotalsCalculator, SmallSuppliersChargeNoTax)
{
    auto input =
        draft(Province::QC, kMarch2026, {line(1, 10000), line(1, 2000, TaxCategory::Goods)});
    input.supplier.gstHstRegistered = false;
    EXPECT_EQ(totalsOf(input), "subtotal 12000 total 12000");
}

TEST(InvoiceTotalsCalculator, GoodsAndServicesInPstProvinces)
{
    const std::vector<fitflow::invoice::InvoiceLine> lines = {line(1, 6500),
                                                              line(1, 2000, TaxCategory::Goods)};
    EXPECT_EQ(totalsOf(draft(Province::BC, kMarch2026, lines)),
              "GST 5 on 8500 = 425 | PST 7 on 2000 = 140 | subtotal 8500 total 9065");
    EXPECT_EQ(totalsOf(draft(Province::MB, kMarch2026, lines)),
              "GST 5 on 8500 = 425 | RST 7 on 2000 = 140 | subtotal 8500 total 9065");
    EXPECT_EQ(totalsOf(draft(Province::SK, kMarch2026, lines)),
              "GST 5 on 8500 = 425 | PST 6 on 2000 = 120 | subtotal 8500 total 9045");
    EXPECT_EQ(totalsOf(draft(Province::QC, kMarch2026, lines)),
              "GST 5 on 8500 = 425 | QST 9.975 on 8500 = 848 | subtotal 8500 total 9773");
    EXPECT_EQ(totalsOf(draft(Province::BC, kMarch2026, {line(1, 6500)})),
              "GST 5 on 6500 = 325 | subtotal 6500 total 6825");
}

TEST(InvoiceTotalsCalculator, PreHarmonizationTaxesOnTheGstInclusivePrice)
{
    // 2012: QST 9.5% of (100.00 + 5.00 GST) = 9.975 → $9.98; 2011: 8.5% of 105.00 = 8.925.
    EXPECT_EQ(totalsOf(draft(Province::QC, ymd(2012, 6, 1), {line(1, 10000)})),
              "GST 5 on 10000 = 500 | QST 9.5 on 10000 = 998 | subtotal 10000 total 11498");
    EXPECT_EQ(totalsOf(draft(Province::QC, ymd(2011, 6, 1), {line(1, 10000)})),
              "GST 5 on 10000 = 500 | QST 8.5 on 10000 = 893 | subtotal 10000 total 11393");
    EXPECT_EQ(totalsOf(draft(Province::PE, ymd(2012, 6, 1), {line(1, 10000, TaxCategory::Goods)})),
              "GST 5 on 10000 = 500 | PST 10 on 10000 = 1050 | subtotal 10000 total 11550");
    EXPECT_EQ(totalsOf(draft(Province::QC, ymd(2012, 6, 1), {includedFee(4000)})),
              "GST 5 on 3479 = 174 | QST 9.5 on 3479 = 347 | subtotal 3479 total 4000");
}

TEST(InvoiceTotalsCalculator, ZeroBaseTaxesAreOmitted)
{
    EXPECT_EQ(totalsOf(draft(Province::ON, kMarch2026, {line(1, 5000, TaxCategory::Exempt)})),
              "subtotal 5000 total 5000");
    EXPECT_EQ(totalsOf(draft(Province::ON, kMarch2026, {line(1, 0)})), "subtotal 0 total 0");
}

TEST(InvoiceTotalsCalculator, InvalidLinesAreErrorsWithPaths)
{
    EXPECT_EQ(totalsOf(draft(Province::ON, kMarch2026,
                             {line(1, 100), line(1, 100, TaxCategory::Service, 101)})),
              "error:discount_exceeds_amount@lines[1].discount_cents");
    EXPECT_EQ(totalsOf(draft(Province::ON, kMarch2026, {line(0, 100)})),
              "error:invalid_quantity@lines[0].quantity");
    EXPECT_EQ(totalsOf(draft(Province::ON, kMarch2026, {line(1, -100)})),
              "error:invalid_amount@lines[0].unit_price_cents");
    EXPECT_EQ(totalsOf(draft(Province::ON, ymd(2009, 1, 1), {line(1, 100)})),
              "error:date_outside_tax_table@tax_point_date");
}

TEST(InvoiceTotalsCalculator, OverflowIsAnErrorNotAWrap)
{
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    EXPECT_EQ(totalsOf(draft(Province::ON, kMarch2026, {line(2, kMax / 2 + 1)})),
              "error:amount_overflow@lines[0].quantity");
    EXPECT_EQ(totalsOf(draft(Province::ON, kMarch2026, {line(1, kMax - 10), line(1, 100)})),
              "error:amount_overflow@lines[1].unit_price_cents");
}

// $100 of training plus $100 of goods, supplier registered for every tax, on both sides of
// every rate change: the table and the engine end to end.
TEST(InvoiceTotalsCalculator, EveryRateChangeEndToEnd)
{
    struct Row {
        Province province;
        std::chrono::year_month_day date;
        const char* taxes;
    };
    const std::vector<Row> rows = {
        {Province::AB, ymd(2010, 7, 1), "GST 5 on 20000 = 1000 | "},
        {Province::NT, ymd(2026, 11, 25), "GST 5 on 20000 = 1000 | "},
        {Province::NU, ymd(2026, 11, 25), "GST 5 on 20000 = 1000 | "},
        {Province::YT, ymd(2026, 11, 25), "GST 5 on 20000 = 1000 | "},
        {Province::ON, ymd(2010, 7, 1), "HST 13 on 20000 = 2600 | "},
        {Province::BC, ymd(2013, 3, 31), "HST 12 on 20000 = 2400 | "},
        {Province::BC, ymd(2013, 4, 1), "GST 5 on 20000 = 1000 | PST 7 on 10000 = 700 | "},
        {Province::MB, ymd(2013, 6, 30), "GST 5 on 20000 = 1000 | RST 7 on 10000 = 700 | "},
        {Province::MB, ymd(2013, 7, 1), "GST 5 on 20000 = 1000 | RST 8 on 10000 = 800 | "},
        {Province::MB, ymd(2019, 6, 30), "GST 5 on 20000 = 1000 | RST 8 on 10000 = 800 | "},
        {Province::MB, ymd(2019, 7, 1), "GST 5 on 20000 = 1000 | RST 7 on 10000 = 700 | "},
        {Province::NB, ymd(2016, 6, 30), "HST 13 on 20000 = 2600 | "},
        {Province::NB, ymd(2016, 7, 1), "HST 15 on 20000 = 3000 | "},
        {Province::NL, ymd(2016, 6, 30), "HST 13 on 20000 = 2600 | "},
        {Province::NL, ymd(2016, 7, 1), "HST 15 on 20000 = 3000 | "},
        {Province::NS, ymd(2025, 3, 31), "HST 15 on 20000 = 3000 | "},
        {Province::NS, ymd(2025, 4, 1), "HST 14 on 20000 = 2800 | "},
        {Province::PE, ymd(2013, 3, 31), "GST 5 on 20000 = 1000 | PST 10 on 10000 = 1050 | "},
        {Province::PE, ymd(2013, 4, 1), "HST 14 on 20000 = 2800 | "},
        {Province::PE, ymd(2016, 9, 30), "HST 14 on 20000 = 2800 | "},
        {Province::PE, ymd(2016, 10, 1), "HST 15 on 20000 = 3000 | "},
        {Province::QC, ymd(2010, 12, 31), "GST 5 on 20000 = 1000 | QST 7.5 on 20000 = 1575 | "},
        {Province::QC, ymd(2011, 1, 1), "GST 5 on 20000 = 1000 | QST 8.5 on 20000 = 1785 | "},
        {Province::QC, ymd(2011, 12, 31), "GST 5 on 20000 = 1000 | QST 8.5 on 20000 = 1785 | "},
        {Province::QC, ymd(2012, 1, 1), "GST 5 on 20000 = 1000 | QST 9.5 on 20000 = 1995 | "},
        {Province::QC, ymd(2012, 12, 31), "GST 5 on 20000 = 1000 | QST 9.5 on 20000 = 1995 | "},
        {Province::QC, ymd(2013, 1, 1), "GST 5 on 20000 = 1000 | QST 9.975 on 20000 = 1995 | "},
        {Province::SK, ymd(2017, 3, 22), "GST 5 on 20000 = 1000 | PST 5 on 10000 = 500 | "},
        {Province::SK, ymd(2017, 3, 23), "GST 5 on 20000 = 1000 | PST 6 on 10000 = 600 | "},
    };
    for (const Row& row : rows) {
        const std::string result = totalsOf(
            draft(row.province, row.date, {line(1, 10000), line(1, 10000, TaxCategory::Goods)}));
        EXPECT_EQ(result.substr(0, result.find("subtotal")), row.taxes)
            << fitflow::tax::provinceCode(row.province);
    }
}
