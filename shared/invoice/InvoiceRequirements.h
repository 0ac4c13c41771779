#pragma once
// What an invoice must show, as data for the renderers: CRA's Input Tax Credit Information
// Regulations tiers (since 2021-04-20: under $100, $100–$499.99, $500 and over, by total
// including tax) and Quebec's Charter of the French language s.57 (a French version for any
// supply in Quebec). Renderers may print more; FitFlow's own templates print the full set.

#include "shared/codec/EnumNames.h"
#include "shared/money/Money.h"
#include "shared/tax/Province.h"

#include <array>
#include <vector>

namespace fitflow::invoice {

enum class InvoiceField {
    SupplierName,
    InvoiceDate,
    TotalAmount,
    GstHstRegistrationNumber,
    QstRegistrationNumber,
    TaxCharged, // each tax's amount (or a tax-included statement with its rate)
    BuyerName,
    PaymentTerms,
    SupplyDescription,
};

inline constexpr std::array<EnumName<InvoiceField>, 9> kInvoiceFieldNames{{
    {InvoiceField::SupplierName, "supplier_name"},
    {InvoiceField::InvoiceDate, "invoice_date"},
    {InvoiceField::TotalAmount, "total_amount"},
    {InvoiceField::GstHstRegistrationNumber, "gst_hst_registration_number"},
    {InvoiceField::QstRegistrationNumber, "qst_registration_number"},
    {InvoiceField::TaxCharged, "tax_charged"},
    {InvoiceField::BuyerName, "buyer_name"},
    {InvoiceField::PaymentTerms, "payment_terms"},
    {InvoiceField::SupplyDescription, "supply_description"},
}};

struct InvoiceRequirements {
    std::vector<InvoiceField> fields;
    bool frenchVersionRequired = false;
};

// Tiers use the absolute value of `total`, so a credit note follows the tier of its amount.
// The QST number follows the GST/HST number's tier in Quebec (Revenu Québec's own tiers are
// unverified; see ecosystem-facts.md §1.4).
InvoiceRequirements invoiceRequirements(const money::Money& total, tax::Province placeOfSupply);

} // namespace fitflow::invoice
