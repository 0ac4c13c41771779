#pragma once
// Local migration step 7 (desktop/storage/LocalMigrations.cpp): client extras through sync.
// Client tags (a canonical JSON array in one LWW field), versioned consents (insert-only
// records), session packages, and the package a session takes its credit from.

#include <QSqlDatabase>
#include <QString>

namespace fitflow::desktop::clients {

// Adds clients.tags and sessions.package_id, creates consents and packages. False with
// `failure` set when a statement fails.
bool createClientExtrasTables(QSqlDatabase& db, QString& failure);

} // namespace fitflow::desktop::clients
