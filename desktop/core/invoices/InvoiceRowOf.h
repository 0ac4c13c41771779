#pragma once
// An invoice of the store as the invoices page and the invoice dialog show it. Names (client,
// organization) are the caller's to fill: they come from other tables.

#include "desktop/core/invoices/InvoiceRow.h"
#include "desktop/storage/money/MoneyRepository.h"

namespace fitflow::desktop {

// Stored values may be null ("draft": null on the server's demo invoices): only objects and
// arrays are read into.
InvoiceRow invoiceRowOf(const money::LocalInvoice& invoice);

} // namespace fitflow::desktop
