#pragma once
// A credit note (ETA s.232): reverses the amounts and the tax of what it credits from one issued
// invoice, at the original's tax point date, place and rates, never today's. Its amounts are the
// negatives of the totals of the credited lines.

#include "shared/core/Result.h"
#include "shared/invoice/InvoiceDraft.h"
#include "shared/invoice/InvoiceTotals.h"
#include "shared/tax/TaxTable.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace fitflow::invoice {

// `quantity` units of the original's line `lineIndex`; its discount is credited pro rata.
struct CreditedLine {
    std::size_t lineIndex = 0;
    std::int64_t quantity = 1;
};

struct CreditNote {
    std::string originalInvoiceNumber;
    InvoiceDraft credited; // the credited lines, positive, under the original's date and place
    InvoiceTotals totals;  // negative amounts
};

// Errors: `empty_credit_note`, `invalid_line_index` / `credit_exceeds_original` (path
// "lines[i]" of the request), plus computeInvoiceTotals' errors.
Result<CreditNote> makeCreditNote(const std::string& originalInvoiceNumber,
                                  const InvoiceDraft& original,
                                  const std::vector<CreditedLine>& creditedLines,
                                  const tax::TaxTable& table);

// Credits every line of the original in full: its totals are exactly the original's, negated.
Result<CreditNote> makeFullCreditNote(const std::string& originalInvoiceNumber,
                                      const InvoiceDraft& original, const tax::TaxTable& table);

} // namespace fitflow::invoice
