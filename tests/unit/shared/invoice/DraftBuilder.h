#pragma once
// Compact construction of invoice drafts for the invoice tests.

#include "tests/unit/shared/tax/BundledTable.h"

#include "shared/invoice/InvoiceDraft.h"
#include "shared/invoice/InvoiceTotalsCalculator.h"

#include <string>

namespace fitflow::testing {

inline invoice::InvoiceLine line(std::int64_t quantity, std::int64_t unitCents,
                                 tax::TaxCategory category = tax::TaxCategory::Service,
                                 std::int64_t discountCents = 0, bool taxIncluded = false)
{
    invoice::InvoiceLine result;
    result.description = "Personal training, 60 min";
    result.quantity = quantity;
    result.unitPrice = money::Money::cad(unitCents);
    result.discount = money::Money::cad(discountCents);
    result.category = category;
    result.taxIncluded = taxIncluded;
    return result;
}

// A late-cancel or no-show fee: its amount already contains the tax.
inline invoice::InvoiceLine includedFee(std::int64_t cents)
{
    return line(1, cents, tax::TaxCategory::Service, 0, true);
}

inline invoice::InvoiceDraft draft(tax::Province province, std::chrono::year_month_day date,
                                   std::vector<invoice::InvoiceLine> lines,
                                   tax::SessionMode mode = tax::SessionMode::InPerson)
{
    invoice::InvoiceDraft result;
    result.taxPointDate = date;
    result.supplier.gstHstRegistered = true;
    result.supplier.qstRegistered = true;
    result.supplier.pstRegistered = {tax::Province::BC, tax::Province::MB, tax::Province::SK,
                                     tax::Province::PE};
    result.location = {mode, province};
    result.lines = std::move(lines);
    return result;
}

// "HST 13 on 17000 = 2210 | total 19210": the whole result in one comparable string.
inline std::string summary(const Result<invoice::InvoiceTotals>& totals)
{
    if (!totals) {
        return "error:" + totals.error().code + "@" + totals.error().path;
    }
    std::string text;
    for (const invoice::TaxLine& tax : totals->taxes) {
        text += std::string(tax::taxCodeName(tax.code)) + " " + tax.rate.percentString() + " on " +
                std::to_string(tax.base.cents()) + " = " + std::to_string(tax.amount.cents()) +
                " | ";
    }
    return text + "subtotal " + std::to_string(totals->subtotal.cents()) + " total " +
           std::to_string(totals->total.cents());
}

inline std::string totalsOf(const invoice::InvoiceDraft& input)
{
    return summary(invoice::computeInvoiceTotals(input, canadaTaxTable()));
}

} // namespace fitflow::testing
