#pragma once
// The computed totals of an invoice or credit note, as printed and persisted (history is never
// recomputed). Credit notes carry the same shape with negative amounts.

#include "shared/money/Money.h"
#include "shared/money/Rate.h"
#include "shared/tax/PlaceOfSupply.h"
#include "shared/tax/TaxCode.h"

#include <vector>

namespace fitflow::invoice {

// One tax on the invoice: computed once on the sum of the nets it applies to.
struct TaxLine {
    tax::TaxCode code = tax::TaxCode::GST;
    tax::Province jurisdiction = tax::Province::ON;
    money::Rate rate;
    money::Money base;
    money::Money amount;

    friend bool operator==(const TaxLine&, const TaxLine&) = default;
};

struct InvoiceTotals {
    tax::PlaceOfSupply placeOfSupply;
    money::Money subtotal;
    std::vector<TaxLine> taxes; // federal (GST/HST) first, then the provincial tax
    money::Money taxTotal;
    money::Money total;

    friend bool operator==(const InvoiceTotals&, const InvoiceTotals&) = default;
};

} // namespace fitflow::invoice
