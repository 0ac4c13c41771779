#pragma once
// What a client owes, or is owed, derived from the money events (design §2: balances are never
// stored and edited). Per invoice: total − credited − paid + refunded; a negative balance is the
// client's credit (e.g. paid in full, then credited). Per client: the sum over their invoices.
// The server (push checks, pulled rows) and the desktop (lists, profile, refund dialog) both use
// these rules, so a refund the device allows is one the server applies.

#include "shared/core/Result.h"

#include <cstdint>
#include <vector>

namespace fitflow::invoice {

// The amounts of one invoice, as positive cents. Only an issued invoice has a balance: a draft,
// a void invoice and a credit note (counted in its original's `creditedCents`) have none.
struct InvoiceAmounts {
    bool issuedInvoice = false;
    std::int64_t totalCents = 0;
    std::int64_t creditedCents = 0; // credit notes issued against it
    std::int64_t paidCents = 0;     // payments received (refunds not deducted)
    std::int64_t refundedCents = 0; // refunds given back out of those payments
};

// total − credited − paid + refunded (0 when not an issued invoice): positive is owed, negative
// is the client's credit.
std::int64_t signedBalanceCents(const InvoiceAmounts& amounts);
// What the client still owes on the invoice (never below 0).
std::int64_t owedCents(const InvoiceAmounts& amounts);
// What the invoice owes back to the client (never below 0).
std::int64_t creditCents(const InvoiceAmounts& amounts);

// A client's position over all their invoices: `netCents` is the sum of the signed balances;
// `owedCents` and `creditCents` are its positive and negative parts per invoice, so an invoice
// overpaid does not silently hide another one that is due.
struct ClientBalance {
    std::int64_t netCents = 0;
    std::int64_t owedCents = 0;
    std::int64_t creditCents = 0;
};
ClientBalance clientBalance(const std::vector<InvoiceAmounts>& invoices);

// One payment as a refund sees it.
struct RefundablePayment {
    bool isRefund = false;   // a refund is never refunded again
    bool refundable = false; // its method can be given back by hand (cash, e-transfer)
    std::int64_t amountCents = 0;
    std::int64_t refundedCents = 0; // refunds already recorded against it
};

// The most that can be refunded of `payment` on `invoice`: what the payment can still give
// back, and no more than the client's credit on that invoice.
std::int64_t maxRefundCents(const RefundablePayment& payment, const InvoiceAmounts& invoice);

// Whether `amountCents` may be refunded out of `payment`. Errors (stable codes, path
// "amount_cents" or "payment_id"): `refund_of_refund`, `invalid_value` (a card or credit payment:
// not refunded by hand), `invoice_not_issued`, `out_of_range` (not positive),
// `refund_exceeds_payment`, `refund_exceeds_credit`.
Status checkRefund(const RefundablePayment& payment, const InvoiceAmounts& invoice,
                   std::int64_t amountCents);

} // namespace fitflow::invoice
