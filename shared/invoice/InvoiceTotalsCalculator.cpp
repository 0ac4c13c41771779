#include "shared/invoice/InvoiceTotalsCalculator.h"

#include "shared/money/CheckedArithmetic.h"
#include "shared/money/Rounding.h"
#include "shared/tax/TaxEngine.h"

#include <array>
#include <optional>
#include <string>

namespace fitflow::invoice {

namespace {

using money::checkedAdd;
using money::checkedMul;
using money::Money;
using money::Rate;
using tax::ApplicableTax;
using tax::TaxBase;
using tax::TaxesForSupply;

constexpr std::size_t kTaxCodeCount = tax::kTaxCodeNames.size();
constexpr std::size_t kCategoryCount = tax::kTaxCategoryNames.size();
// Tax-included extraction works in millionths of parts per million, so that a compound rate
// (QST 8.5% of net + 5% GST = 8.925% of net) stays an exact integer.
constexpr std::int64_t kFactorScale = Rate::kPartsPerMillion * Rate::kPartsPerMillion;

// What one tax code accumulates over the whole invoice.
struct TaxAccumulator {
    ApplicableTax tax;
    Rate federalRate;
    std::int64_t exclusiveBase = 0;
    std::int64_t includedBase = 0;
    std::int64_t includedTax = 0;
};

std::string linePath(std::size_t index, const char* field)
{
    return "lines[" + std::to_string(index) + "]." + field;
}

Error atLine(Error error, std::size_t index, const char* field)
{
    error.path = linePath(index, field);
    return error;
}

// The line's net before any tax extraction: quantity × unit price − discount.
Result<std::int64_t> lineAmount(const InvoiceLine& line, std::size_t index,
                                money::CurrencyCode currency)
{
    if (line.quantity < 1 || line.quantity > kMaxLineQuantity) {
        return makeError("invalid_quantity", "quantity is a whole number from 1 to 10000",
                         linePath(index, "quantity"));
    }
    if (line.unitPrice.isNegative()) {
        return makeError("invalid_amount", "unit price is not negative",
                         linePath(index, "unit_price_cents"));
    }
    if (line.discount.isNegative()) {
        return makeError("invalid_amount", "discount is not negative",
                         linePath(index, "discount_cents"));
    }
    if (line.unitPrice.currency() != currency || line.discount.currency() != currency) {
        return makeError("currency_mismatch", "all amounts of an invoice share one currency",
                         linePath(index, "unit_price_cents"));
    }
    auto gross = checkedMul(line.quantity, line.unitPrice.cents());
    if (!gross) {
        return atLine(gross.error(), index, "quantity");
    }
    if (line.discount.cents() > *gross) {
        return makeError("discount_exceeds_amount", "discount is larger than the line amount",
                         linePath(index, "discount_cents"));
    }
    return *gross - line.discount.cents();
}

// The part of each applicable tax's rate in the gross, as a factor of the net (scaled).
std::int64_t netFactor(const ApplicableTax& tax, Rate federalRate)
{
    const std::int64_t ppm = tax.rate.partsPerMillion();
    if (tax.base == TaxBase::NetPlusFederalTax) {
        return ppm * (Rate::kPartsPerMillion + federalRate.partsPerMillion());
    }
    return ppm * Rate::kPartsPerMillion;
}

class TotalsBuilder {
public:
    explicit TotalsBuilder(money::CurrencyCode currency)
        : m_currency(currency)
    {
    }

    Status addExclusive(std::int64_t net, const TaxesForSupply& supply)
    {
        for (const ApplicableTax& tax : supply.taxes) {
            TaxAccumulator& acc = accumulator(tax, supply.federalRate);
            auto base = checkedAdd(acc.exclusiveBase, net);
            if (!base) {
                return base.error();
            }
            acc.exclusiveBase = *base;
        }
        return addToSubtotal(net);
    }

    Status addIncluded(std::int64_t gross, const TaxesForSupply& supply)
    {
        std::int64_t denominator = kFactorScale;
        for (const ApplicableTax& tax : supply.taxes) {
            denominator += netFactor(tax, supply.federalRate);
        }
        std::array<std::int64_t, kTaxCodeCount> extracted{};
        std::int64_t net = gross;
        for (const ApplicableTax& tax : supply.taxes) {
            auto amount =
                money::mulDivRoundHalfUp(gross, netFactor(tax, supply.federalRate), denominator);
            if (!amount) {
                return amount.error();
            }
            extracted[codeIndex(tax)] = *amount;
            net -= *amount;
        }
        for (const ApplicableTax& tax : supply.taxes) {
            TaxAccumulator& acc = accumulator(tax, supply.federalRate);
            auto base = checkedAdd(acc.includedBase, net);
            auto amount = checkedAdd(acc.includedTax, extracted[codeIndex(tax)]);
            if (!base || !amount) {
                return money::overflowError("addition");
            }
            acc.includedBase = *base;
            acc.includedTax = *amount;
        }
        return addToSubtotal(net);
    }

    Result<InvoiceTotals> finish(tax::PlaceOfSupply place) const
    {
        InvoiceTotals totals;
        totals.placeOfSupply = place;
        totals.subtotal = Money(m_subtotal, m_currency);
        std::int64_t taxTotal = 0;
        for (const auto& slot : m_taxes) {
            if (!slot) {
                continue;
            }
            auto line = taxLine(*slot);
            if (!line) {
                return line.error();
            }
            if (line->base.isZero()) {
                continue;
            }
            auto sum = checkedAdd(taxTotal, line->amount.cents());
            if (!sum) {
                return sum.error();
            }
            taxTotal = *sum;
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

private:
    static std::size_t codeIndex(const ApplicableTax& tax)
    {
        return static_cast<std::size_t>(tax.code);
    }

    TaxAccumulator& accumulator(const ApplicableTax& tax, Rate federalRate)
    {
        auto& slot = m_taxes[codeIndex(tax)];
        if (!slot) {
            slot = TaxAccumulator{tax, federalRate};
        }
        return *slot;
    }

    Status addToSubtotal(std::int64_t net)
    {
        auto sum = checkedAdd(m_subtotal, net);
        if (!sum) {
            return sum.error();
        }
        m_subtotal = *sum;
        return {};
    }

    // Tax on the exclusive base (compound taxes on base + federal tax on it) plus the
    // already-extracted included tax.
    Result<TaxLine> taxLine(const TaxAccumulator& acc) const
    {
        std::int64_t taxableAmount = acc.exclusiveBase;
        if (acc.tax.base == TaxBase::NetPlusFederalTax) {
            auto federal = money::applyRate(acc.exclusiveBase, acc.federalRate);
            if (!federal) {
                return federal.error();
            }
            auto withFederal = checkedAdd(acc.exclusiveBase, *federal);
            if (!withFederal) {
                return withFederal.error();
            }
            taxableAmount = *withFederal;
        }
        auto exclusiveTax = money::applyRate(taxableAmount, acc.tax.rate);
        if (!exclusiveTax) {
            return exclusiveTax.error();
        }
        auto amount = checkedAdd(*exclusiveTax, acc.includedTax);
        auto base = checkedAdd(acc.exclusiveBase, acc.includedBase);
        if (!amount || !base) {
            return money::overflowError("addition");
        }
        return TaxLine{acc.tax.code, acc.tax.jurisdiction, acc.tax.rate, Money(*base, m_currency),
                       Money(*amount, m_currency)};
    }

    money::CurrencyCode m_currency;
    std::int64_t m_subtotal = 0;
    std::array<std::optional<TaxAccumulator>, kTaxCodeCount> m_taxes;
};

} // namespace

Result<InvoiceTotals> computeInvoiceTotals(const InvoiceDraft& draft, const tax::TaxTable& table)
{
    const tax::PlaceOfSupply place = tax::determinePlaceOfSupply(draft.location);
    const money::CurrencyCode currency =
        draft.lines.empty() ? money::CurrencyCode{} : draft.lines.front().unitPrice.currency();
    std::array<std::optional<TaxesForSupply>, kCategoryCount> taxesByCategory;
    TotalsBuilder builder(currency);
    for (std::size_t i = 0; i < draft.lines.size(); ++i) {
        const InvoiceLine& line = draft.lines[i];
        auto amount = lineAmount(line, i, currency);
        if (!amount) {
            return amount.error();
        }
        auto& taxes = taxesByCategory[static_cast<std::size_t>(line.category)];
        if (!taxes) {
            auto found = tax::taxesForSupply(table, draft.taxPointDate, place.province,
                                             line.category, draft.supplier);
            if (!found) {
                return withPathPrefix(found.error(), "tax_point_date");
            }
            taxes = std::move(*found);
        }
        Status added = line.taxIncluded ? builder.addIncluded(*amount, *taxes)
                                        : builder.addExclusive(*amount, *taxes);
        if (!added) {
            return atLine(added.error(), i, "unit_price_cents");
        }
    }
    return builder.finish(place);
}

} // namespace fitflow::invoice
