#pragma once
// `fitflow-cli invoice-totals` as a pure function: one invoice draft in the JSON format of
// issue 3 §9 in, its totals out. Decoding is strict: unknown fields, wrong types, missing
// fields, unknown provinces or categories, bad dates and out-of-range numbers are errors whose
// path names the field ("lines[0].quantity").
//
// Input:  {"tax_point_date": "2026-03-15",
//          "supplier": {"gst_hst_registered": true, "qst_registered": true,
//                       "pst_registered": ["BC"]},
//          "place": {"kind": "in_person", "province": "ON"}   (or "remote" + "client_province"),
//          "lines": [{"description": "...", "quantity": 2, "unit_price_cents": 8500,
//                     "discount_cents": 0, "category": "service", "tax_included": false}]}
// Output: {"subtotal_cents": 17000,
//          "taxes": [{"code": "HST", "jurisdiction": "ON", "rate_percent": "13",
//                     "base_cents": 17000, "amount_cents": 2210}],
//          "tax_total_cents": 2210, "total_cents": 19210}

#include "shared/core/Result.h"
#include "shared/invoice/InvoiceDraft.h"
#include "shared/invoice/InvoiceTotals.h"
#include "shared/tax/TaxTable.h"

#include <nlohmann/json.hpp>

namespace fitflow::invoice {

// At most this many lines per draft: far above a real invoice, bounded for untrusted input.
inline constexpr std::size_t kMaxInvoiceLines = 1000;

Result<InvoiceDraft> invoiceDraftFromJson(const nlohmann::json& input);
nlohmann::json invoiceTotalsToJson(const InvoiceTotals& totals);

// Decode, compute, encode. Errors keep the path of the field at fault.
Result<nlohmann::json> invoiceTotalsFromJson(const nlohmann::json& input,
                                             const tax::TaxTable& table);

} // namespace fitflow::invoice
