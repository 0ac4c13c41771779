#pragma once
// The cross-field rules every invoice entity satisfies, whether it arrives over sync or is about
// to be saved: credit notes name their original, issued invoices carry a number and an issue
// time, the issuer/recipient pair is one FitFlow supports, and the persisted totals add up, have
// the sign of the kind (credit notes negative) and agree with the lines and place of supply.

#include "shared/core/Result.h"
#include "shared/invoice/Invoice.h"

namespace fitflow::invoice {

// Errors are `invalid_value` with the wire path of the field at fault ("totals.taxes[1].
// amount_cents", "original_invoice_id", ...), or `amount_overflow` for absurd totals.
Status checkInvoiceRules(const Invoice& invoice);

} // namespace fitflow::invoice
