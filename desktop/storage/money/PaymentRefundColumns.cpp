#include "desktop/storage/money/PaymentRefundColumns.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fitflow::desktop::money {

bool addPaymentRefundColumns(QSqlDatabase& db, QString& failure)
{
    const QString statements[] = {
        QStringLiteral("ALTER TABLE money_payments ADD COLUMN refunds_payment_id TEXT"),
        QStringLiteral("CREATE INDEX money_payments_refunds ON money_payments"
                       " (refunds_payment_id)"),
        QStringLiteral("ALTER TABLE money_invoices ADD COLUMN refunded_cents INTEGER NOT NULL"
                       " DEFAULT 0"),
    };
    for (const QString& sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            failure = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace fitflow::desktop::money
