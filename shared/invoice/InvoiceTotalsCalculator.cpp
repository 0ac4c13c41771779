#include "shared/invoice/InvoiceTotalsCalculator.h"

#include "shared/invoice/InvoiceTotalsBuilder.h"
#include "shared/money/CheckedArithmetic.h"
#include "shared/tax/TaxEngine.h"

#include <array>
#include <optional>
#include <string>

namespace fitflow::invoice {

namespace {

using money::checkedMul;
using tax::TaxesForSupply;

constexpr std::size_t kCategoryCount = tax::kTaxCategoryNames.size();

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

} // namespace

Result<InvoiceTotals> computeInvoiceTotals(const InvoiceDraft& draft, const tax::TaxTable& table)
{
    const tax::PlaceOfSupply place = tax::determinePlaceOfSupply(draft.location);
    const money::CurrencyCode currency =
        draft.lines.empty() ? money::CurrencyCode{} : draft.lines.front().unitPrice.currency();
    std::array<std::optional<TaxesForSupply>, kCategoryCount> taxesByCategory;
    InvoiceTotalsBuilder builder(currency);
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
