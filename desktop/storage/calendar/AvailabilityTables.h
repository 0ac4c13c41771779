#pragma once
// Local migration step 10 (desktop/storage/LocalMigrations.cpp): a trainer's availability as a
// synced entity ("availability", docs/sync-protocol.md): one LWW row per trainer per location
// holding the weekly rules and exceptions as canonical JSON lists.

#include <QSqlDatabase>
#include <QString>

namespace fitflow::desktop {

// Creates the availability table. False with `failure` set when a statement fails.
bool createAvailabilityTables(QSqlDatabase& db, QString& failure);

} // namespace fitflow::desktop
