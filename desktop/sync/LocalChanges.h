#pragma once
// The local write path: a user's add, update or delete of a client, session or note changes the
// row and appends its outbox entry (with a fresh HLC stamp) in ONE store transaction, so a
// crash leaves either both or neither. Works offline; sync pushes the outbox later.

#include "desktop/sync/LocalClock.h"
#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <nlohmann/json.hpp>

#include <string>

namespace fitflow::desktop {

class LocalChanges {
public:
    explicit LocalChanges(QSqlDatabase db, PhysicalClock physical = systemPhysicalClock());

    // Creates a record and returns its new id: a UUIDv7, or for availability the id derived from
    // (organization, trainer, location) (NewRecordId.h). Sessions default `status` to
    // "scheduled" and `trainer_id` to the logged-in user; notes default `format` to "free" and
    // take their first text from the pseudo-field "text". Errors: see validateFields,
    // "unknown_entity", "invalid_value" (org id), "unknown_organization", "missing_field",
    // "already_exists" (the derived id is already on this device: update that record).
    fitflow::Result<std::string> add(const std::string& entity, const std::string& orgId,
                                     nlohmann::json fields);
    // Changes only the given fields; a note's "text" becomes an edit on the current heads.
    // Errors as add(), plus "not_found" (unknown or deleted id) and "note_signed".
    fitflow::Status update(const std::string& entity, const std::string& id, nlohmann::json fields);
    // Tombstones the record. Error "not_found".
    fitflow::Status remove(const std::string& entity, const std::string& id);

private:
    QSqlDatabase m_db;
    PhysicalClock m_physical;
};

} // namespace fitflow::desktop
