#pragma once
// Strict wire codecs (sync format, snake_case) of the invoice value types: lines, computed
// totals and number blocks. The line format is the one of the `invoice-totals` draft; the totals
// format is exactly invoiceTotalsToJson's (InvoiceTotalsJson.h), which carries no place of
// supply and no currency, so its decoder takes them from the caller (the invoice has both).
//
// Line:   {"description": "...", "quantity": 2, "unit_price_cents": 8500, "discount_cents": 0,
//          "category": "service", "tax_included": false}
// Totals: {"subtotal_cents": 17000, "taxes": [{"code": "HST", "jurisdiction": "ON",
//          "rate_percent": "13", "base_cents": 17000, "amount_cents": 2210}],
//          "tax_total_cents": 2210, "total_cents": 19210}
// Block:  {"first": 1001, "count": 500}

#include "shared/codec/JsonReader.h"
#include "shared/core/Result.h"
#include "shared/invoice/InvoiceLine.h"
#include "shared/invoice/InvoiceNumberBlock.h"
#include "shared/invoice/InvoiceTotals.h"
#include "shared/money/CurrencyCode.h"

#include <nlohmann/json.hpp>

namespace fitflow::invoice {

// Same bound as the draft decoder's: a line description is at most this many bytes.
inline constexpr std::size_t kMaxLineDescriptionBytes = 1000;

nlohmann::json invoiceLineToJson(const InvoiceLine& line);
// Amounts get `currency`. Beyond the field checks: `invalid_value` at "discount_cents" when the
// discount exceeds quantity × unit price.
Result<InvoiceLine> invoiceLineFromJson(const nlohmann::json& json,
                                        money::CurrencyCode currency = {});
InvoiceLine readInvoiceLine(JsonReader& reader, money::CurrencyCode currency);

// The decoder of invoiceTotalsToJson's format (`invoiceTotalsFromJson` is the CLI's
// decode-compute-encode). Amounts are signed (credit notes are negative), each within
// ±kMaxCents. Cross-field errors (`invalid_value`): a tax code listed twice, more than one
// federal tax or a provincial one before it ("taxes[i].code"), tax amounts not adding up to
// "tax_total_cents", subtotal + tax total ≠ "total_cents".
Result<InvoiceTotals> decodeInvoiceTotals(const nlohmann::json& json,
                                          money::CurrencyCode currency = {},
                                          tax::PlaceOfSupply placeOfSupply = {});
InvoiceTotals readInvoiceTotals(JsonReader& reader, money::CurrencyCode currency,
                                tax::PlaceOfSupply placeOfSupply);

// The two sums every totals record satisfies; the error path is relative to the totals.
Status checkTotalsAddUp(const InvoiceTotals& totals);

nlohmann::json invoiceNumberBlockToJson(const InvoiceNumberBlock& block);
// `first` ≥ 1, `count` 1..InvoiceNumberCounter::kMaxBlockSize, and the block's end must fit in
// int64 (`out_of_range` at "count").
Result<InvoiceNumberBlock> invoiceNumberBlockFromJson(const nlohmann::json& json);

} // namespace fitflow::invoice
