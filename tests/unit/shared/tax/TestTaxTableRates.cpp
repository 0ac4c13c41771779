// Every jurisdiction on both sides of every rate change in the bundled table, and a guard that
// every boundary in canada.json has a row here (a new change without a test fails).

#include "BundledTable.h"

#include "shared/codec/TextFormats.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <utility>
#include <vector>

using fitflow::testing::canadaTaxTable;
using namespace fitflow::tax;

namespace {

struct RateRow {
    const char* province;
    const char* date;
    const char* expected; // "GST 5 + PST 7", federal first; "" = no rates
};

// Day before and day of each change, plus the table's first day and today.
const std::vector<RateRow> kRows = {
    {"AB", "2010-06-30", ""},
    {"AB", "2010-07-01", "GST 5"},
    {"AB", "2026-11-25", "GST 5"},
    {"NT", "2010-07-01", "GST 5"},
    {"NT", "2026-11-25", "GST 5"},
    {"NU", "2010-07-01", "GST 5"},
    {"NU", "2026-11-25", "GST 5"},
    {"YT", "2010-07-01", "GST 5"},
    {"YT", "2026-11-25", "GST 5"},
    {"ON", "2010-06-30", ""},
    {"ON", "2010-07-01", "HST 13"},
    {"ON", "2026-11-25", "HST 13"},
    {"BC", "2010-07-01", "HST 12"},
    {"BC", "2013-03-31", "HST 12"},
    {"BC", "2013-04-01", "GST 5 + PST 7"},
    {"BC", "2026-11-25", "GST 5 + PST 7"},
    {"MB", "2010-07-01", "GST 5 + RST 7"},
    {"MB", "2013-06-30", "GST 5 + RST 7"},
    {"MB", "2013-07-01", "GST 5 + RST 8"},
    {"MB", "2019-06-30", "GST 5 + RST 8"},
    {"MB", "2019-07-01", "GST 5 + RST 7"},
    {"NB", "2010-07-01", "HST 13"},
    {"NB", "2016-06-30", "HST 13"},
    {"NB", "2016-07-01", "HST 15"},
    {"NL", "2010-07-01", "HST 13"},
    {"NL", "2016-06-30", "HST 13"},
    {"NL", "2016-07-01", "HST 15"},
    {"NS", "2010-07-01", "HST 15"},
    {"NS", "2025-03-31", "HST 15"},
    {"NS", "2025-04-01", "HST 14"},
    {"PE", "2010-07-01", "GST 5 + PST 10"},
    {"PE", "2013-03-31", "GST 5 + PST 10"},
    {"PE", "2013-04-01", "HST 14"},
    {"PE", "2016-09-30", "HST 14"},
    {"PE", "2016-10-01", "HST 15"},
    {"QC", "2010-07-01", "GST 5 + QST 7.5"},
    {"QC", "2010-12-31", "GST 5 + QST 7.5"},
    {"QC", "2011-01-01", "GST 5 + QST 8.5"},
    {"QC", "2011-12-31", "GST 5 + QST 8.5"},
    {"QC", "2012-01-01", "GST 5 + QST 9.5"},
    {"QC", "2012-12-31", "GST 5 + QST 9.5"},
    {"QC", "2013-01-01", "GST 5 + QST 9.975"},
    {"SK", "2010-07-01", "GST 5 + PST 5"},
    {"SK", "2017-03-22", "GST 5 + PST 5"},
    {"SK", "2017-03-23", "GST 5 + PST 6"},
    {"SK", "2026-11-25", "GST 5 + PST 6"},
};

std::string describe(const std::vector<const TaxPeriod*>& periods)
{
    std::string text;
    for (const TaxPeriod* period : periods) {
        if (!text.empty()) {
            text += " + ";
        }
        text += std::string(taxCodeName(period->code)) + " " + period->rate.percentString();
    }
    return text;
}

std::set<std::pair<std::string, std::string>> coveredDays()
{
    std::set<std::pair<std::string, std::string>> days;
    for (const RateRow& row : kRows) {
        days.emplace(row.province, row.date);
    }
    return days;
}

} // namespace

TEST(TaxTableRates, EveryJurisdictionOnBothSidesOfEveryChange)
{
    for (const RateRow& row : kRows) {
        const auto province = provinceFromCode(row.province);
        const auto date = fitflow::parseIsoDate(row.date);
        ASSERT_TRUE(province && date) << row.province << " " << row.date;
        EXPECT_EQ(describe(canadaTaxTable().periodsOn(*province, *date)), row.expected)
            << row.province << " on " << row.date;
    }
}

TEST(TaxTableRates, EveryBoundaryInTheTableHasRowsOnBothSides)
{
    const auto covered = coveredDays();
    for (const auto& entry : kProvinceNames) {
        const std::string province(entry.name);
        for (const TaxPeriod& period : canadaTaxTable().periods(entry.value)) {
            const std::string from = fitflow::formatIsoDate(period.from);
            EXPECT_TRUE(covered.count({province, from})) << province << " from " << from;
            if (period.to) {
                const std::string to = fitflow::formatIsoDate(*period.to);
                EXPECT_TRUE(covered.count({province, to})) << province << " to " << to;
            }
        }
    }
}

TEST(TaxTableRates, EveryJurisdictionIsCoveredFromTheSameDay)
{
    EXPECT_EQ(canadaTaxTable().coverageStart(), fitflow::testing::ymd(2010, 7, 1));
    for (const auto& entry : kProvinceNames) {
        EXPECT_FALSE(
            canadaTaxTable().periodsOn(entry.value, fitflow::testing::ymd(2010, 7, 1)).empty())
            << entry.name;
    }
}

TEST(TaxTableRates, PreHarmonizationQuebecAndPeiTaxesUseTheGstInclusiveBase)
{
    using fitflow::testing::ymd;
    const auto qc2012 = canadaTaxTable().periodsOn(Province::QC, ymd(2012, 6, 1));
    ASSERT_EQ(qc2012.size(), 2u);
    EXPECT_EQ(qc2012[1]->base, TaxBase::NetPlusFederalTax);
    const auto qc2013 = canadaTaxTable().periodsOn(Province::QC, ymd(2013, 1, 1));
    ASSERT_EQ(qc2013.size(), 2u);
    EXPECT_EQ(qc2013[1]->base, TaxBase::Net);
    const auto pe2012 = canadaTaxTable().periodsOn(Province::PE, ymd(2012, 6, 1));
    ASSERT_EQ(pe2012.size(), 2u);
    EXPECT_EQ(pe2012[1]->base, TaxBase::NetPlusFederalTax);
}

TEST(TaxTableRates, EveryEntryNamesItsSource)
{
    for (const auto& entry : kProvinceNames) {
        for (const TaxPeriod& period : canadaTaxTable().periods(entry.value)) {
            EXPECT_GT(period.source.size(), 20u) << entry.name;
        }
    }
}
