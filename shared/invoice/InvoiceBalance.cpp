#include "shared/invoice/InvoiceBalance.h"

#include <algorithm>

namespace fitflow::invoice {

std::int64_t signedBalanceCents(const InvoiceAmounts& amounts)
{
    if (!amounts.issuedInvoice) {
        return 0;
    }
    return amounts.totalCents - amounts.creditedCents - amounts.paidCents + amounts.refundedCents;
}

std::int64_t owedCents(const InvoiceAmounts& amounts)
{
    return std::max<std::int64_t>(0, signedBalanceCents(amounts));
}

std::int64_t creditCents(const InvoiceAmounts& amounts)
{
    return std::max<std::int64_t>(0, -signedBalanceCents(amounts));
}

ClientBalance clientBalance(const std::vector<InvoiceAmounts>& invoices)
{
    ClientBalance balance;
    for (const InvoiceAmounts& invoice : invoices) {
        balance.netCents += signedBalanceCents(invoice);
        balance.owedCents += owedCents(invoice);
        balance.creditCents += creditCents(invoice);
    }
    return balance;
}

std::int64_t maxRefundCents(const RefundablePayment& payment, const InvoiceAmounts& invoice)
{
    if (payment.isRefund || !payment.refundable || !invoice.issuedInvoice) {
        return 0;
    }
    const std::int64_t left =
        std::max<std::int64_t>(0, payment.amountCents - payment.refundedCents);
    return std::min(left, creditCents(invoice));
}

Status checkRefund(const RefundablePayment& payment, const InvoiceAmounts& invoice,
                   std::int64_t amountCents)
{
    if (payment.isRefund) {
        return makeError("refund_of_refund", "a refund cannot be refunded", "payment_id");
    }
    if (!payment.refundable) {
        return makeError("invalid_value", "only cash and e-transfer payments are refunded by hand",
                         "payment_id");
    }
    if (!invoice.issuedInvoice) {
        return makeError("invoice_not_issued", "refunds are given on issued invoices only");
    }
    if (amountCents <= 0) {
        return makeError("out_of_range", "a refund is a positive amount", "amount_cents");
    }
    if (amountCents > payment.amountCents - payment.refundedCents) {
        return makeError("refund_exceeds_payment",
                         "the refund is more than what the payment can still give back",
                         "amount_cents");
    }
    if (amountCents > creditCents(invoice)) {
        return makeError("refund_exceeds_credit",
                         "the refund is more than the client's credit on the invoice",
                         "amount_cents");
    }
    return {};
}

} // namespace fitflow::invoice
