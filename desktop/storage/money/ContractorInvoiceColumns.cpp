#include "desktop/storage/money/ContractorInvoiceColumns.h"

#include "desktop/storage/MigrationStatements.h"

namespace fitflow::desktop::money {

bool addContractorInvoiceColumns(QSqlDatabase& db, QString& failure)
{
    // The columns of steps 5, 9 (none here) and 11, in the same order, so one INSERT ... SELECT
    // carries every row over; the CHECK mirrors the server's: a client invoice names its client.
    return runMigrationStatements(
        db,
        {
            QStringLiteral("CREATE TABLE money_invoices_13 ("
                           " id TEXT PRIMARY KEY NOT NULL, org_id TEXT NOT NULL,"
                           " kind TEXT NOT NULL, status TEXT NOT NULL,"
                           " number TEXT, sequence_number INTEGER,"
                           " client_id TEXT, location_id TEXT, trainer_id TEXT,"
                           " original_invoice_id TEXT, currency TEXT NOT NULL DEFAULT 'CAD',"
                           " tax_point_date TEXT, draft TEXT, totals TEXT NOT NULL,"
                           " total_cents INTEGER NOT NULL, paid_cents INTEGER NOT NULL DEFAULT 0,"
                           " credited_cents INTEGER NOT NULL DEFAULT 0,"
                           " balance_cents INTEGER NOT NULL DEFAULT 0, line_links TEXT,"
                           " recipient TEXT NOT NULL DEFAULT 'client'"
                           "  CHECK (recipient IN ('client', 'organization')),"
                           " supplier_registration_numbers TEXT,"
                           " CHECK ((recipient = 'client') = (client_id IS NOT NULL)))"),
            QStringLiteral(
                "INSERT INTO money_invoices_13 (id, org_id, kind, status, number,"
                " sequence_number, client_id, location_id, trainer_id,"
                " original_invoice_id, currency, tax_point_date, draft, totals,"
                " total_cents, paid_cents, credited_cents, balance_cents, line_links)"
                " SELECT id, org_id, kind, status, number, sequence_number, client_id,"
                " location_id, trainer_id, original_invoice_id, currency, tax_point_date,"
                " draft, totals, total_cents, paid_cents, credited_cents, balance_cents,"
                " line_links FROM money_invoices"),
            QStringLiteral("DROP TABLE money_invoices"),
            QStringLiteral("ALTER TABLE money_invoices_13 RENAME TO money_invoices"),
            QStringLiteral("CREATE INDEX money_invoices_org ON money_invoices (org_id, status)"),
            QStringLiteral("CREATE INDEX money_invoices_recipient ON money_invoices"
                           " (recipient, org_id)"),
        },
        failure);
}

} // namespace fitflow::desktop::money
