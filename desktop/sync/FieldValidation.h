#pragma once
// Checks field values a user (or a script through fitflow-cli) gives for a synced record
// against its EntitySpec before anything is written: unknown fields, wrong JSON types, ids that
// are not canonical UUIDs, times that are not RFC 3339 UTC, unknown status or note format.

#include "desktop/storage/SyncedEntity.h"
#include "shared/core/Result.h"

#include <nlohmann/json.hpp>

namespace fitflow::desktop {

// `fields` must be a non-empty object. On create, every required field must be present.
// Error codes: "wrong_type", "unknown_field", "invalid_value", "missing_field"; path = field.
fitflow::Status validateFields(const EntitySpec& entity, const nlohmann::json& fields,
                               bool creating);

} // namespace fitflow::desktop
