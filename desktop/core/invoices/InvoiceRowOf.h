#pragma once
// An invoice of the store as the invoices page and the invoice dialog show it. Names (client,
// organization) are the caller's to fill: they come from other tables.

#include "desktop/core/invoices/InvoiceRow.h"
#include "desktop/storage/money/MoneyRepository.h"

namespace fitflow::desktop {

// Stored values may be null ("draft": null on the server's demo invoices): only objects and
// arrays are read into.
InvoiceRow invoiceRowOf(const money::LocalInvoice& invoice);

// Fills `row.payments` with the payments and refunds of `invoice` among `payments` (any
// invoice's), each with what it can still give back now (shared/invoice/InvoiceBalance.h: the
// payment's rest, capped by the client's credit on the invoice), so the Refund dialog offers
// only what the server will apply.
void attachPayments(InvoiceRow& row, const money::LocalInvoice& invoice,
                    const std::vector<money::LocalPayment>& payments);

} // namespace fitflow::desktop
