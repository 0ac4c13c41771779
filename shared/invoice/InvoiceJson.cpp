#include "shared/invoice/InvoiceJson.h"

#include "shared/invoice/InvoiceNumberCounter.h"
#include "shared/money/CheckedArithmetic.h"

#include <limits>
#include <set>

namespace fitflow::invoice {

namespace {

std::string taxPath(std::size_t index, std::string_view field)
{
    return "taxes[" + std::to_string(index) + "]." + std::string(field);
}

// Signed, because credit notes carry negative totals.
std::int64_t signedCents(JsonReader& reader, std::string_view key)
{
    return reader.int64(key, -kMaxCents, kMaxCents);
}

TaxLine readTaxLine(JsonReader& reader, money::CurrencyCode currency)
{
    TaxLine line;
    line.code = reader.enumeration("code", tax::kTaxCodeNames);
    line.jurisdiction = reader.enumeration("jurisdiction", tax::kProvinceNames);
    const std::string percent = reader.string("rate_percent");
    if (reader.ok()) {
        const auto rate = money::Rate::fromPercentString(percent);
        if (rate) {
            line.rate = *rate;
        } else {
            reader.fail("invalid_value", "expected a percentage like \"13\" or \"9.975\"",
                        "rate_percent");
        }
    }
    line.base = money::Money(signedCents(reader, "base_cents"), currency);
    line.amount = money::Money(signedCents(reader, "amount_cents"), currency);
    return line;
}

// Federal tax (GST or HST) first and at most once, then at most one of each provincial tax.
void checkTaxOrder(JsonReader& reader, const std::vector<TaxLine>& taxes)
{
    std::set<tax::TaxCode> seen;
    for (std::size_t i = 0; i < taxes.size() && reader.ok(); ++i) {
        const tax::TaxCode code = taxes[i].code;
        const bool federalAfterOther = tax::isFederal(code) && i > 0;
        if (!seen.insert(code).second || federalAfterOther) {
            reader.fail("invalid_value", "a tax appears once, federal tax first",
                        taxPath(i, "code"));
        }
    }
}

} // namespace

nlohmann::json invoiceLineToJson(const InvoiceLine& line)
{
    return {
        {"description", line.description},
        {"quantity", line.quantity},
        {"unit_price_cents", line.unitPrice.cents()},
        {"discount_cents", line.discount.cents()},
        {"category", enumToName(tax::kTaxCategoryNames, line.category)},
        {"tax_included", line.taxIncluded},
    };
}

InvoiceLine readInvoiceLine(JsonReader& reader, money::CurrencyCode currency)
{
    InvoiceLine line;
    line.description = reader.string("description");
    if (reader.ok() && line.description.size() > kMaxLineDescriptionBytes) {
        reader.fail("out_of_range", "description is at most 1000 bytes", "description");
    }
    line.quantity = reader.int64("quantity", 1, kMaxLineQuantity);
    line.unitPrice = money::Money(reader.cents("unit_price_cents"), currency);
    line.discount = money::Money(reader.cents("discount_cents"), currency);
    line.category = reader.enumeration("category", tax::kTaxCategoryNames);
    line.taxIncluded = reader.boolean("tax_included");
    // Cannot overflow: quantity ≤ 10'000 and a price ≤ kMaxCents (1e13).
    if (reader.ok() && line.discount.cents() > line.quantity * line.unitPrice.cents()) {
        reader.fail("invalid_value", "the discount exceeds quantity × unit price",
                    "discount_cents");
    }
    return line;
}

Result<InvoiceLine> invoiceLineFromJson(const nlohmann::json& json, money::CurrencyCode currency)
{
    return readJsonObject(
        json, [currency](JsonReader& reader) { return readInvoiceLine(reader, currency); });
}

Status checkTotalsAddUp(const InvoiceTotals& totals)
{
    std::int64_t taxSum = 0;
    for (const TaxLine& line : totals.taxes) {
        auto sum = money::checkedAdd(taxSum, line.amount.cents());
        if (!sum) {
            return withPathPrefix(sum.error(), "tax_total_cents");
        }
        taxSum = *sum;
    }
    if (taxSum != totals.taxTotal.cents()) {
        return makeError("invalid_value", "the tax amounts do not add up to the tax total",
                         "tax_total_cents");
    }
    auto total = money::checkedAdd(totals.subtotal.cents(), totals.taxTotal.cents());
    if (!total || *total != totals.total.cents()) {
        return makeError("invalid_value", "subtotal plus tax total is not the total",
                         "total_cents");
    }
    return {};
}

InvoiceTotals readInvoiceTotals(JsonReader& reader, money::CurrencyCode currency,
                                tax::PlaceOfSupply placeOfSupply)
{
    InvoiceTotals totals;
    totals.placeOfSupply = placeOfSupply;
    totals.subtotal = money::Money(signedCents(reader, "subtotal_cents"), currency);
    totals.taxes =
        reader.array("taxes", [currency](JsonReader& line) { return readTaxLine(line, currency); });
    checkTaxOrder(reader, totals.taxes);
    totals.taxTotal = money::Money(signedCents(reader, "tax_total_cents"), currency);
    totals.total = money::Money(signedCents(reader, "total_cents"), currency);
    if (reader.ok()) {
        if (Status sums = checkTotalsAddUp(totals); !sums) {
            reader.fail(sums.error().code, sums.error().message, sums.error().path);
        }
    }
    return totals;
}

Result<InvoiceTotals> decodeInvoiceTotals(const nlohmann::json& json, money::CurrencyCode currency,
                                          tax::PlaceOfSupply placeOfSupply)
{
    return readJsonObject(json, [currency, placeOfSupply](JsonReader& reader) {
        return readInvoiceTotals(reader, currency, placeOfSupply);
    });
}

nlohmann::json invoiceNumberBlockToJson(const InvoiceNumberBlock& block)
{
    return {{"first", block.first}, {"count", block.count}};
}

Result<InvoiceNumberBlock> invoiceNumberBlockFromJson(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& reader) {
        InvoiceNumberBlock block;
        block.first = reader.int64("first", 1);
        block.count = reader.int64("count", 1, InvoiceNumberCounter::kMaxBlockSize);
        if (reader.ok() && block.first > std::numeric_limits<std::int64_t>::max() - block.count) {
            reader.fail("out_of_range", "the block runs past the largest invoice number", "count");
        }
        return block;
    });
}

} // namespace fitflow::invoice
