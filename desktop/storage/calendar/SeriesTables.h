#pragma once
// Local migration step 8 (desktop/storage/LocalMigrations.cpp): recurring series as a synced
// entity ("series", docs/sync-protocol.md). The series row holds the rule; its occurrences are
// ordinary sessions that name it in sessions.series_id.

#include <QSqlDatabase>
#include <QString>

namespace fitflow::desktop {

// Creates session_series (an LWW row like sessions) and adds sessions.series_id. False with
// `failure` set when a statement fails.
bool createSeriesTables(QSqlDatabase& db, QString& failure);

} // namespace fitflow::desktop
