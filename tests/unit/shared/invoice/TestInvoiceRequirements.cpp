#include "shared/invoice/InvoiceRequirements.h"

#include <gtest/gtest.h>

#include <string>

using fitflow::invoice::InvoiceField;
using fitflow::invoice::invoiceRequirements;
using fitflow::invoice::kInvoiceFieldNames;
using fitflow::money::Money;
using fitflow::tax::Province;

namespace {

std::string fieldsFor(std::int64_t totalCents, Province place)
{
    std::string text;
    for (const InvoiceField field : invoiceRequirements(Money::cad(totalCents), place).fields) {
        text += std::string(text.empty() ? "" : ",") +
                std::string(fitflow::enumToName(kInvoiceFieldNames, field));
    }
    return text;
}

const std::string kBasic = "supplier_name,invoice_date,total_amount";
const std::string kMiddle = kBasic + ",gst_hst_registration_number,tax_charged";
const std::string kFull = kMiddle + ",buyer_name,payment_terms,supply_description";

} // namespace

TEST(InvoiceRequirements, CraTiersByTotal)
{
    EXPECT_EQ(fieldsFor(9999, Province::ON), kBasic);
    EXPECT_EQ(fieldsFor(10000, Province::ON), kMiddle);
    EXPECT_EQ(fieldsFor(49999, Province::ON), kMiddle);
    EXPECT_EQ(fieldsFor(50000, Province::ON), kFull);
}

TEST(InvoiceRequirements, CreditNotesUseTheirAmountsTier)
{
    EXPECT_EQ(fieldsFor(-50000, Province::AB), kFull);
    EXPECT_EQ(fieldsFor(-9999, Province::AB), kBasic);
    EXPECT_EQ(fieldsFor(std::numeric_limits<std::int64_t>::min(), Province::AB), kFull);
}

TEST(InvoiceRequirements, QuebecNeedsFrenchAndTheQstNumber)
{
    EXPECT_TRUE(invoiceRequirements(Money::cad(500), Province::QC).frenchVersionRequired);
    EXPECT_FALSE(invoiceRequirements(Money::cad(500), Province::ON).frenchVersionRequired);
    EXPECT_EQ(fieldsFor(9999, Province::QC), kBasic);
    EXPECT_EQ(fieldsFor(10000, Province::QC),
              kBasic + ",gst_hst_registration_number,qst_registration_number,tax_charged");
}
