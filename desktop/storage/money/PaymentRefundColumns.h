#pragma once
// Local migration step 16 (desktop/storage/LocalMigrations.cpp): refunds (operation
// `payment.refund`). A refund is a payment row whose `refunds_payment_id` names the payment it
// gives back out of; an invoice keeps the server's `refunded_cents` beside `paid_cents`, so its
// balance (shared/invoice/InvoiceBalance.h) can show the client's credit.

#include <QSqlDatabase>
#include <QString>

namespace fitflow::desktop::money {

// Adds money_payments.refunds_payment_id and money_invoices.refunded_cents. False with `failure`
// set when a statement fails.
bool addPaymentRefundColumns(QSqlDatabase& db, QString& failure);

} // namespace fitflow::desktop::money
