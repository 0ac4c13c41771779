#pragma once
// The canonical document of every synced record a device holds: entities by name, records by
// id, each with its organization and current values only (no stamps, no outbox, no tombstoned
// rows), so two devices that converged produce byte-identical output.

#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <nlohmann/json.hpp>

namespace fitflow::desktop {

// {"client": [{"id", "org_id", <fields>, "trainer_ids"}], "location": [...], "note": [{...,
//  "text", "conflicting_texts", "signed", "amendments"}], "organization": [...], "session": [...]}
fitflow::Result<nlohmann::json> dumpSyncedEntities(const QSqlDatabase& db);

} // namespace fitflow::desktop
