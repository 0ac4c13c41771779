#pragma once
// Local migration step 5 (desktop/storage/LocalMigrations.cpp): the tables of money through
// sync. Invoices and payments hold the server's state (or the device's own operations not yet
// pushed); number blocks and their consumption are this device's own invoice numbers
// (shared DeviceInvoiceNumbers), which never leave it except as the numbers it issues.

#include <QSqlDatabase>
#include <QString>

namespace fitflow::desktop::money {

// Creates money_invoices, money_invoice_lines, money_payments, money_number_blocks and
// money_number_usage. False with `failure` set when a statement fails.
bool createMoneyTables(QSqlDatabase& db, QString& failure);

} // namespace fitflow::desktop::money
