#pragma once
// Local migration step 11 (desktop/storage/LocalMigrations.cpp): what an invoice line bills
// (server migration 0017). The invoice keeps its `line_links` wire JSON; each line mirrors its
// session or package id so "is this session billed?" is one indexed query.

#include <QSqlDatabase>
#include <QString>

namespace fitflow::desktop::money {

// Adds money_invoices.line_links and money_invoice_lines.session_id/package_id (indexed).
// False with `failure` set when a statement fails.
bool addInvoiceLineLinkColumns(QSqlDatabase& db, QString& failure);

} // namespace fitflow::desktop::money
