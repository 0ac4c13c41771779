#include "desktop/storage/money/MoneyTables.h"

#include "desktop/storage/MigrationStatements.h"

namespace fitflow::desktop::money {

bool createMoneyTables(QSqlDatabase& db, QString& failure)
{
    // Amounts are integer cents; `draft` and `totals` are the wire JSON of docs/sync-protocol.md.
    // The lines table mirrors the draft's lines for queries (reports, PDF) without JSON parsing.
    return runMigrationStatements(
        db,
        {
            QStringLiteral("CREATE TABLE money_invoices ("
                           " id TEXT PRIMARY KEY NOT NULL, org_id TEXT NOT NULL,"
                           " kind TEXT NOT NULL, status TEXT NOT NULL,"
                           " number TEXT, sequence_number INTEGER,"
                           " client_id TEXT NOT NULL, location_id TEXT, trainer_id TEXT,"
                           " original_invoice_id TEXT, currency TEXT NOT NULL DEFAULT 'CAD',"
                           " tax_point_date TEXT, draft TEXT, totals TEXT NOT NULL,"
                           " total_cents INTEGER NOT NULL, paid_cents INTEGER NOT NULL DEFAULT 0,"
                           " credited_cents INTEGER NOT NULL DEFAULT 0,"
                           " balance_cents INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX money_invoices_org ON money_invoices (org_id, status)"),
            QStringLiteral("CREATE TABLE money_invoice_lines ("
                           " invoice_id TEXT NOT NULL, line_no INTEGER NOT NULL,"
                           " description TEXT NOT NULL, quantity INTEGER NOT NULL,"
                           " unit_price_cents INTEGER NOT NULL, discount_cents INTEGER NOT NULL,"
                           " category TEXT NOT NULL, tax_included INTEGER NOT NULL,"
                           " PRIMARY KEY (invoice_id, line_no))"),
            QStringLiteral("CREATE TABLE money_payments ("
                           " id TEXT PRIMARY KEY NOT NULL, org_id TEXT NOT NULL,"
                           " invoice_id TEXT NOT NULL, method TEXT NOT NULL,"
                           " amount_cents INTEGER NOT NULL, received_on TEXT, recorded_by TEXT)"),
            QStringLiteral("CREATE INDEX money_payments_invoice ON money_payments (invoice_id)"),
            // Blocks in order of receipt (DeviceInvoiceNumbers consumes them in that order).
            QStringLiteral("CREATE TABLE money_number_blocks ("
                           " received INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " id TEXT NOT NULL UNIQUE, org_id TEXT NOT NULL,"
                           " first_number INTEGER NOT NULL, count INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE money_number_usage ("
                           " org_id TEXT PRIMARY KEY NOT NULL, consumed INTEGER NOT NULL)"),
        },
        failure);
}

} // namespace fitflow::desktop::money
