#pragma once
// What a credit note of chosen lines will credit, computed on the GUI thread by the same shared
// rules the operation and the server use (desktop/sync/money creditNoteOf: the original's date,
// place and rates, discounts pro rata), so the dialog shows the exact amount before it is issued.

#include "shared/core/Result.h"
#include "shared/invoice/CreditNote.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <vector>

namespace fitflow::desktop {

class CreditNotePreview {
public:
    // The positive total (taxes included) credited by `lines` of the invoice whose stored draft
    // is `draft`. Errors: those of decodeDraft and makeCreditNote (`empty_credit_note`,
    // `invalid_line_index`, `credit_exceeds_original`).
    static fitflow::Result<std::int64_t>
    creditedCents(const nlohmann::json& draft, const std::vector<invoice::CreditedLine>& lines);
};

} // namespace fitflow::desktop
