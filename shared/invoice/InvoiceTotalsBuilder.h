#pragma once
// Accumulates an invoice's lines into its totals under the issue 3 §9 rules: tax-exclusive nets
// are summed per tax and taxed once at the end; tax-included lines have their tax extracted
// line by line; each tax's entry adds both parts, and its base is every net it applies to.

#include "shared/core/Result.h"
#include "shared/invoice/InvoiceTotals.h"
#include "shared/tax/TaxEngine.h"

#include <array>
#include <cstdint>
#include <optional>

namespace fitflow::invoice {

class InvoiceTotalsBuilder {
public:
    explicit InvoiceTotalsBuilder(money::CurrencyCode currency)
        : m_currency(currency)
    {
    }

    // Errors: `amount_overflow`.
    Status addExclusive(std::int64_t netCents, const tax::TaxesForSupply& supply);
    Status addIncluded(std::int64_t grossCents, const tax::TaxesForSupply& supply);

    // Zero-base taxes are left out; federal tax comes first. Errors: `amount_overflow`.
    Result<InvoiceTotals> finish(tax::PlaceOfSupply place) const;

private:
    // What one tax code accumulates over the whole invoice.
    struct TaxAccumulator {
        tax::ApplicableTax tax;
        money::Rate federalRate;
        std::int64_t exclusiveBase = 0;
        std::int64_t includedBase = 0;
        std::int64_t includedTax = 0;
    };

    TaxAccumulator& accumulator(const tax::ApplicableTax& tax, money::Rate federalRate);
    Status addToSubtotal(std::int64_t netCents);
    Result<TaxLine> taxLine(const TaxAccumulator& accumulated) const;

    money::CurrencyCode m_currency;
    std::int64_t m_subtotal = 0;
    // Indexed by TaxCode, whose order (GST, HST, PST, RST, QST) puts federal taxes first.
    std::array<std::optional<TaxAccumulator>, tax::kTaxCodeNames.size()> m_taxes;
};

} // namespace fitflow::invoice
