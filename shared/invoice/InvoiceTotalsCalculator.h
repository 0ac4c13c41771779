#pragma once
// The totals rules of issue 3 §9, exactly:
// - a line's net is quantity × unit price − discount;
// - tax-exclusive lines: each tax once per invoice on the sum of the nets it applies to, rounded
//   half up to the cent (HST as one rate, never split into federal and provincial parts);
// - a tax-included line of gross G with rates r1..rn: tax i = round(G × ri / (1 + Σr)), and the
//   line's net is G minus those taxes;
// - a tax's base is the sum of the nets it applies to; zero-base taxes are omitted.
// Taxes levied on net + GST (QST before 2013, PEI PST before 2013-04) use that compound base.

#include "shared/core/Result.h"
#include "shared/invoice/InvoiceDraft.h"
#include "shared/invoice/InvoiceTotals.h"
#include "shared/tax/TaxTable.h"

namespace fitflow::invoice {

// Errors (path "lines[i].<field>" where one line is at fault): `invalid_quantity`,
// `invalid_amount`, `discount_exceeds_amount`, `currency_mismatch`, `amount_overflow`,
// `date_outside_tax_table`.
Result<InvoiceTotals> computeInvoiceTotals(const InvoiceDraft& draft, const tax::TaxTable& table);

} // namespace fitflow::invoice
