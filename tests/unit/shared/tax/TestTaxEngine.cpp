#include "BundledTable.h"

#include "shared/tax/TaxEngine.h"

#include <gtest/gtest.h>

#include <string>

using fitflow::testing::canadaTaxTable;
using fitflow::testing::ymd;
using namespace fitflow::tax;

namespace {

SupplierRegistration registeredEverywhere()
{
    SupplierRegistration supplier;
    supplier.gstHstRegistered = true;
    supplier.qstRegistered = true;
    supplier.pstRegistered = {Province::BC, Province::MB, Province::SK, Province::PE};
    return supplier;
}

std::string taxesOf(Province place, TaxCategory category, const SupplierRegistration& supplier,
                    std::chrono::year_month_day date = ymd(2026, 3, 15))
{
    auto result = taxesForSupply(canadaTaxTable(), date, place, category, supplier);
    if (!result) {
        return "error:" + result.error().code;
    }
    std::string text;
    for (const ApplicableTax& tax : result->taxes) {
        if (!text.empty()) {
            text += " + ";
        }
        text += std::string(taxCodeName(tax.code)) + " " + tax.rate.percentString();
    }
    return text;
}

} // namespace

TEST(TaxEngine, ServicesCarryNoPstOrRstInBcMbSk)
{
    const auto supplier = registeredEverywhere();
    EXPECT_EQ(taxesOf(Province::BC, TaxCategory::Service, supplier), "GST 5");
    EXPECT_EQ(taxesOf(Province::MB, TaxCategory::Service, supplier), "GST 5");
    EXPECT_EQ(taxesOf(Province::SK, TaxCategory::Service, supplier), "GST 5");
}

TEST(TaxEngine, GoodsCarryPstOrRstWhereRegistered)
{
    const auto supplier = registeredEverywhere();
    EXPECT_EQ(taxesOf(Province::BC, TaxCategory::Goods, supplier), "GST 5 + PST 7");
    EXPECT_EQ(taxesOf(Province::MB, TaxCategory::Goods, supplier), "GST 5 + RST 7");
    EXPECT_EQ(taxesOf(Province::SK, TaxCategory::Goods, supplier), "GST 5 + PST 6");
}

TEST(TaxEngine, GoodsCarryNoPstWhereNotRegistered)
{
    auto supplier = registeredEverywhere();
    supplier.pstRegistered = {Province::BC};
    EXPECT_EQ(taxesOf(Province::BC, TaxCategory::Goods, supplier), "GST 5 + PST 7");
    EXPECT_EQ(taxesOf(Province::MB, TaxCategory::Goods, supplier), "GST 5");
    EXPECT_EQ(taxesOf(Province::SK, TaxCategory::Goods, supplier), "GST 5");
}

TEST(TaxEngine, QuebecChargesQstOnServicesAndGoodsWhenRegistered)
{
    auto supplier = registeredEverywhere();
    EXPECT_EQ(taxesOf(Province::QC, TaxCategory::Service, supplier), "GST 5 + QST 9.975");
    EXPECT_EQ(taxesOf(Province::QC, TaxCategory::Goods, supplier), "GST 5 + QST 9.975");
    supplier.qstRegistered = false;
    EXPECT_EQ(taxesOf(Province::QC, TaxCategory::Service, supplier), "GST 5");
}

TEST(TaxEngine, HstProvincesChargeOneRateForEverything)
{
    const auto supplier = registeredEverywhere();
    EXPECT_EQ(taxesOf(Province::ON, TaxCategory::Service, supplier), "HST 13");
    EXPECT_EQ(taxesOf(Province::ON, TaxCategory::Goods, supplier), "HST 13");
    EXPECT_EQ(taxesOf(Province::NS, TaxCategory::Service, supplier), "HST 14");
    EXPECT_EQ(taxesOf(Province::PE, TaxCategory::Goods, supplier), "HST 15");
}

TEST(TaxEngine, ExemptSuppliesCarryNoTax)
{
    const auto supplier = registeredEverywhere();
    for (const auto& entry : kProvinceNames) {
        EXPECT_EQ(taxesOf(entry.value, TaxCategory::Exempt, supplier), "") << entry.name;
    }
}

TEST(TaxEngine, SmallSuppliersChargeNothingAnywhere)
{
    auto supplier = registeredEverywhere();
    supplier.gstHstRegistered = false;
    for (const auto& entry : kProvinceNames) {
        EXPECT_EQ(taxesOf(entry.value, TaxCategory::Service, supplier), "") << entry.name;
        EXPECT_EQ(taxesOf(entry.value, TaxCategory::Goods, supplier), "") << entry.name;
    }
}

TEST(TaxEngine, RatesFollowTheTaxPointDate)
{
    const auto supplier = registeredEverywhere();
    EXPECT_EQ(taxesOf(Province::NS, TaxCategory::Service, supplier, ymd(2025, 3, 31)), "HST 15");
    EXPECT_EQ(taxesOf(Province::NS, TaxCategory::Service, supplier, ymd(2025, 4, 1)), "HST 14");
    EXPECT_EQ(taxesOf(Province::BC, TaxCategory::Goods, supplier, ymd(2012, 5, 1)), "HST 12");
    EXPECT_EQ(taxesOf(Province::PE, TaxCategory::Goods, supplier, ymd(2012, 5, 1)),
              "GST 5 + PST 10");
    EXPECT_EQ(taxesOf(Province::PE, TaxCategory::Service, supplier, ymd(2012, 5, 1)), "GST 5");
}

TEST(TaxEngine, DateBeforeTheTableIsAnError)
{
    EXPECT_EQ(taxesOf(Province::ON, TaxCategory::Service, registeredEverywhere(), ymd(2010, 6, 30)),
              "error:date_outside_tax_table");
}

TEST(TaxEngine, ReportsTheFederalRateForCompoundTaxes)
{
    auto result = taxesForSupply(canadaTaxTable(), ymd(2012, 6, 1), Province::QC,
                                 TaxCategory::Service, registeredEverywhere());
    ASSERT_TRUE(result);
    EXPECT_EQ(result->federalRate.percentString(), "5");
    ASSERT_EQ(result->taxes.size(), 2u);
    EXPECT_EQ(result->taxes[1].base, TaxBase::NetPlusFederalTax);
    EXPECT_EQ(result->taxes[1].jurisdiction, Province::QC);
}
