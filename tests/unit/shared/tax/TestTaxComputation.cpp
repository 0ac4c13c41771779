#include "shared/tax/TaxComputation.h"

#include <gtest/gtest.h>

using namespace fitflow::tax;
using fitflow::money::Rate;

namespace {

Rate percent(const char* text)
{
    return *Rate::fromPercentString(text);
}

ApplicableTax tax(TaxCode code, const char* rate, TaxBase base = TaxBase::Net)
{
    return {code, Province::QC, percent(rate), base};
}

TaxesForSupply supply(std::vector<ApplicableTax> taxes)
{
    TaxesForSupply result;
    result.federalRate = taxes.front().rate;
    result.taxes = std::move(taxes);
    return result;
}

} // namespace

TEST(TaxComputation, TaxOnNetRoundsHalfUp)
{
    EXPECT_EQ(*taxOnNet(110, tax(TaxCode::HST, "13"), percent("13")), 14);
    EXPECT_EQ(*taxOnNet(10000, tax(TaxCode::QST, "9.975"), percent("5")), 998);
}

TEST(TaxComputation, CompoundTaxIsLeviedOnNetPlusFederalTax)
{
    // 2011 Quebec: 8.5% of (100.00 + 5.00) = 8.925 → $8.93, not 8.5% of 100.00 = $8.50.
    EXPECT_EQ(*taxOnNet(10000, tax(TaxCode::QST, "8.5", TaxBase::NetPlusFederalTax), percent("5")),
              893);
    // The GST part is itself rounded first: 5% of 0.10 = 0.5¢ → 1¢; 9.5% of 11¢ = 1.045 → 1¢.
    EXPECT_EQ(*taxOnNet(10, tax(TaxCode::QST, "9.5", TaxBase::NetPlusFederalTax), percent("5")), 1);
}

TEST(TaxComputation, ExtractsTaxesFromATaxIncludedGross)
{
    EXPECT_EQ(*extractIncludedTaxes(4000, supply({tax(TaxCode::HST, "13")})),
              (std::vector<std::int64_t>{460}));
    EXPECT_EQ(*extractIncludedTaxes(4000, supply({tax(TaxCode::GST, "5")})),
              (std::vector<std::int64_t>{190}));
    EXPECT_EQ(
        *extractIncludedTaxes(4000, supply({tax(TaxCode::GST, "5"), tax(TaxCode::QST, "9.975")})),
        (std::vector<std::int64_t>{174, 347}));
}

TEST(TaxComputation, CompoundExtractionMatchesTheHarmonizedRate)
{
    // 9.5% of the GST-inclusive price is the same tax as 9.975% of the net.
    const auto compound = extractIncludedTaxes(
        11498,
        supply({tax(TaxCode::GST, "5"), tax(TaxCode::QST, "9.5", TaxBase::NetPlusFederalTax)}));
    const auto harmonized =
        extractIncludedTaxes(11498, supply({tax(TaxCode::GST, "5"), tax(TaxCode::QST, "9.975")}));
    ASSERT_TRUE(compound && harmonized);
    EXPECT_EQ(*compound, *harmonized);
    EXPECT_EQ(*compound, (std::vector<std::int64_t>{500, 998}));
}

TEST(TaxComputation, NoTaxesExtractNothing)
{
    TaxesForSupply none;
    EXPECT_TRUE(extractIncludedTaxes(4000, none)->empty());
}

TEST(TaxComputation, OverflowIsAnError)
{
    const auto result =
        taxOnNet(std::numeric_limits<std::int64_t>::max(),
                 tax(TaxCode::QST, "100", TaxBase::NetPlusFederalTax), percent("5"));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, "amount_overflow");
}
