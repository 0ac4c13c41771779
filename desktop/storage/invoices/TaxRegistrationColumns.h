#pragma once
// Local migration step 9 (desktop/storage/LocalMigrations.cpp): the organization's GST/HST and
// QST registration numbers (server migration 0014), pulled with the organization entity and
// printed on invoice PDFs. Nullable text: an organization may be registered for neither.

#include <QSqlDatabase>
#include <QString>

namespace fitflow::desktop {

// Adds organizations.gst_hst_number and organizations.qst_number. False with `failure` set when
// a statement fails.
bool addTaxRegistrationColumns(QSqlDatabase& db, QString& failure);

} // namespace fitflow::desktop
