#pragma once
// Local migration step 15 (desktop/storage/LocalMigrations.cpp): a location's street address
// (server migration 0023), pulled with the location entity and printed under the studio's name
// on invoice PDFs. Nullable text: a location's address may be unknown.

#include <QSqlDatabase>
#include <QString>

namespace fitflow::desktop {

// Adds locations.street, locations.city and locations.postal_code. False with `failure` set
// when a statement fails.
bool addLocationAddressColumns(QSqlDatabase& db, QString& failure);

} // namespace fitflow::desktop
