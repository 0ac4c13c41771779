#pragma once
// What a user (or `fitflow-cli status`) needs to know about sync on this device: how many local
// changes wait to be pushed, which the server rejected and why, which notes are in conflict.

#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <nlohmann/json.hpp>

namespace fitflow::desktop {

// "pending" is THE count of local changes waiting to be pushed: every sync_outbox entry, of any
// kind (client, session, note, money operations, number-block requests). The status bar
// (SyncRunner) and the Dashboard (DashboardService) both show this number; don't count pending
// changes any other way.
// {"pending": N, "rejections": [{"mutation_id", "entity", "entity_id", "org_id", "code",
//  "message"}], "conflicts": [{"entity", "entity_id"}], "server": URL|null, "logged_in": bool}
fitflow::Result<nlohmann::json> readSyncStatus(const QSqlDatabase& db);

} // namespace fitflow::desktop
