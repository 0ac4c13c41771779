#include "shared/invoice/InvoiceRequirements.h"

namespace fitflow::invoice {

namespace {

constexpr std::int64_t kMiddleTierCents = 100'00;
constexpr std::int64_t kFullTierCents = 500'00;

} // namespace

InvoiceRequirements invoiceRequirements(const money::Money& total, tax::Province placeOfSupply)
{
    const std::int64_t cents = total.cents();
    // Negating INT64_MIN would overflow; such an amount is far in the top tier anyway.
    const bool fullTier = cents <= -kFullTierCents || cents >= kFullTierCents;
    const bool middleTier = fullTier || cents <= -kMiddleTierCents || cents >= kMiddleTierCents;
    const bool quebec = placeOfSupply == tax::Province::QC;

    InvoiceRequirements requirements;
    requirements.frenchVersionRequired = quebec;
    requirements.fields = {InvoiceField::SupplierName, InvoiceField::InvoiceDate,
                           InvoiceField::TotalAmount};
    if (middleTier) {
        requirements.fields.push_back(InvoiceField::GstHstRegistrationNumber);
        if (quebec) {
            requirements.fields.push_back(InvoiceField::QstRegistrationNumber);
        }
        requirements.fields.push_back(InvoiceField::TaxCharged);
    }
    if (fullTier) {
        requirements.fields.push_back(InvoiceField::BuyerName);
        requirements.fields.push_back(InvoiceField::PaymentTerms);
        requirements.fields.push_back(InvoiceField::SupplyDescription);
    }
    return requirements;
}

} // namespace fitflow::invoice
