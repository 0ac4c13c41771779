#pragma once
// Local migration step 13 (desktop/storage/LocalMigrations.cpp): contractor invoices, which a
// trainer addresses to a studio instead of a client (server migration 0019). An invoice keeps
// its `recipient` ("client" or "organization"), may have no client, and keeps the supplier's
// registration numbers the server snapshotted when it was issued (wire JSON, null until then).

#include <QSqlDatabase>
#include <QString>

namespace fitflow::desktop::money {

// Rebuilds money_invoices with client_id nullable (SQLite cannot drop NOT NULL in place) and
// adds `recipient` and `supplier_registration_numbers`. False with `failure` set when a
// statement fails.
bool addContractorInvoiceColumns(QSqlDatabase& db, QString& failure);

} // namespace fitflow::desktop::money
