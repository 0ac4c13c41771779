#include "shared/invoice/InvoiceTotalsBuilder.h"

#include "shared/money/CheckedArithmetic.h"
#include "shared/tax/TaxComputation.h"

namespace fitflow::invoice {

namespace {

using money::checkedAdd;
using money::Money;

// Adds `amount` to `total` in place, or reports the overflow.
Status accumulate(std::int64_t& total, std::int64_t amount)
{
    auto sum = checkedAdd(total, amount);
    if (!sum) {
        return sum.error();
    }
    total = *sum;
    return {};
}

} // namespace

Status InvoiceTotalsBuilder::addExclusive(std::int64_t netCents, const tax::TaxesForSupply& supply)
{
    for (const tax::ApplicableTax& tax : supply.taxes) {
        if (Status added = accumulate(accumulator(tax, supply.federalRate).exclusiveBase, netCents);
            !added) {
            return added;
        }
    }
    return addToSubtotal(netCents);
}

Status InvoiceTotalsBuilder::addIncluded(std::int64_t grossCents, const tax::TaxesForSupply& supply)
{
    auto extracted = tax::extractIncludedTaxes(grossCents, supply);
    if (!extracted) {
        return extracted.error();
    }
    std::int64_t net = grossCents;
    for (const std::int64_t amount : *extracted) {
        net -= amount; // each tax is a fraction of the gross, so this never overflows
    }
    for (std::size_t i = 0; i < supply.taxes.size(); ++i) {
        TaxAccumulator& accumulated = accumulator(supply.taxes[i], supply.federalRate);
        Status base = accumulate(accumulated.includedBase, net);
        Status amount = accumulate(accumulated.includedTax, (*extracted)[i]);
        if (!base || !amount) {
            return money::overflowError("addition");
        }
    }
    return addToSubtotal(net);
}

Result<InvoiceTotals> InvoiceTotalsBuilder::finish(tax::PlaceOfSupply place) const
{
    InvoiceTotals totals;
    totals.placeOfSupply = place;
    totals.subtotal = Money(m_subtotal, m_currency);
    std::int64_t taxTotal = 0;
    for (const auto& accumulated : m_taxes) {
        if (!accumulated) {
            continue;
        }
        auto line = taxLine(*accumulated);
        if (!line) {
            return line.error();
        }
        if (line->base.isZero()) {
            continue;
        }
        if (Status added = accumulate(taxTotal, line->amount.cents()); !added) {
            return added.error();
        }
        totals.taxes.push_back(*line);
    }
    auto total = checkedAdd(m_subtotal, taxTotal);
    if (!total) {
        return total.error();
    }
    totals.taxTotal = Money(taxTotal, m_currency);
    totals.total = Money(*total, m_currency);
    return totals;
}

InvoiceTotalsBuilder::TaxAccumulator&
InvoiceTotalsBuilder::accumulator(const tax::ApplicableTax& tax, money::Rate federalRate)
{
    auto& slot = m_taxes[static_cast<std::size_t>(tax.code)];
    if (!slot) {
        slot = TaxAccumulator{tax, federalRate};
    }
    return *slot;
}

Status InvoiceTotalsBuilder::addToSubtotal(std::int64_t netCents)
{
    return accumulate(m_subtotal, netCents);
}

Result<TaxLine> InvoiceTotalsBuilder::taxLine(const TaxAccumulator& accumulated) const
{
    auto exclusiveTax =
        tax::taxOnNet(accumulated.exclusiveBase, accumulated.tax, accumulated.federalRate);
    if (!exclusiveTax) {
        return exclusiveTax.error();
    }
    auto amount = checkedAdd(*exclusiveTax, accumulated.includedTax);
    auto base = checkedAdd(accumulated.exclusiveBase, accumulated.includedBase);
    if (!amount || !base) {
        return money::overflowError("addition");
    }
    return TaxLine{accumulated.tax.code, accumulated.tax.jurisdiction, accumulated.tax.rate,
                   Money(*base, m_currency), Money(*amount, m_currency)};
}

} // namespace fitflow::invoice
