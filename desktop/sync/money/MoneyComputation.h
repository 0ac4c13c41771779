#pragma once
// What a device computes exactly as the server does (docs/sync-protocol.md, "Money"): invoice
// totals with the shared tax engine and the bundled tax table, credit notes, and printed
// numbers. The server recomputes and rejects a mismatch, so both sides must use these rules.

#include "shared/core/Result.h"
#include "shared/invoice/CreditNote.h"
#include "shared/invoice/InvoiceDraft.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::desktop::money {

// The draft part of an `invoice.draft` op ({tax_point_date, supplier, place, lines}) decoded
// strictly. Errors: those of invoiceDraftFromJson, `invalid_value` for no lines.
fitflow::Result<invoice::InvoiceDraft> decodeDraft(const nlohmann::json& draft);

// invoiceTotalsToJson of the draft's totals. Errors: computeInvoiceTotals'.
fitflow::Result<nlohmann::json> draftTotals(const invoice::InvoiceDraft& draft);

// The credit note of `original` (every line when `lines` is empty).
fitflow::Result<invoice::CreditNote>
creditNoteOf(const std::string& originalNumber, const invoice::InvoiceDraft& original,
             const std::optional<std::vector<invoice::CreditedLine>>& lines);

// "INV-2026-001001" / "CN-2026-001002": the year of the tax point date, six digits.
fitflow::Result<std::string> printedNumber(bool creditNote, const invoice::InvoiceDraft& draft,
                                           std::int64_t sequenceNumber);

} // namespace fitflow::desktop::money
