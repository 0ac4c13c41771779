#pragma once
// Which field of a pushed mutation a rejection is about, as its domain JSON name ("email",
// "location_id"), so a device can say "Email: …" next to the rejection. From the error's path
// ("change.fields.email", "op.supplier", "note.text"), or, for a database rule the change broke,
// from the constraint the storage layer names in the path ("constraint:clients_email_check",
// "constraint:sessions_location_id_fkey") matched against the fields the mutation writes.
// Empty when the rejection is about no single field.

#include "server/service/sync/SyncStore.h"
#include "shared/core/Result.h"

#include <string>

namespace fitflow::sync {

inline constexpr const char* kConstraintPathPrefix = "constraint:";

std::string rejectionField(const Error& error, const PendingMutation& pending);

} // namespace fitflow::sync
