#pragma once
// fitflow-cli invoice ... (late-fee: a late cancellation's fee draft) / payment ...: money
// operations through desktop/sync/money (local rows and the outbox entry in one transaction). They
// work offline; `sync` pushes them. Bad input writes nothing and exits non-zero with the field's
// path on stderr.

#include "desktop/cli/CliCommand.h"

namespace fitflow::cli {

int runInvoiceDraft(const CommandInvocation& invocation);
int runInvoiceRedraft(const CommandInvocation& invocation);
int runInvoiceIssue(const CommandInvocation& invocation);
int runInvoiceVoid(const CommandInvocation& invocation);
int runInvoiceCredit(const CommandInvocation& invocation);
// Refunds a payment (PAYMENT_ID) out of the client's credit on its invoice (`payment.refund`).
int runInvoiceRefund(const CommandInvocation& invocation);
int runInvoiceList(const CommandInvocation& invocation);
int runInvoiceReserve(const CommandInvocation& invocation);
int runInvoiceLateFee(const CommandInvocation& invocation);
int runPaymentRecord(const CommandInvocation& invocation);

} // namespace fitflow::cli
