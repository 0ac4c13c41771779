#include "desktop/storage/money/PaymentRefundColumns.h"

#include "desktop/storage/MigrationStatements.h"

namespace fitflow::desktop::money {

bool addPaymentRefundColumns(QSqlDatabase& db, QString& failure)
{
    return runMigrationStatements(
        db,
        {
            QStringLiteral("ALTER TABLE money_payments ADD COLUMN refunds_payment_id TEXT"),
            QStringLiteral("CREATE INDEX money_payments_refunds ON money_payments"
                           " (refunds_payment_id)"),
            QStringLiteral("ALTER TABLE money_invoices ADD COLUMN refunded_cents INTEGER NOT NULL"
                           " DEFAULT 0"),
        },
        failure);
}

} // namespace fitflow::desktop::money
