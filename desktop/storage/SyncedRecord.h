#pragma once
// The replicated state of one last-writer-wins row: an LwwRecord plus its tombstone stamps,
// which LwwRecord keeps to itself but a store must persist and a pull page carries. Its JSON is
// the contract's pulled `record`:
//   {"fields": {"name": {"value": v, "stamp": "<hlc>"}}, "deleted": hlc|null, "undeleted":
//   hlc|null}

#include "shared/core/Result.h"
#include "shared/sync/LwwRecord.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace fitflow::desktop {

class SyncedRecord {
public:
    void apply(const sync::RecordMutation& mutation);
    void merge(const SyncedRecord& other);

    const sync::LwwRecord& record() const { return m_record; }
    bool isDeleted() const { return m_record.isDeleted(); }
    const std::optional<sync::Hlc>& deletedStamp() const { return m_deleted; }
    const std::optional<sync::Hlc>& undeletedStamp() const { return m_undeleted; }

    // The "fields" object alone (stored in the row's field_state column).
    nlohmann::json fieldsToJson() const;
    nlohmann::json toJson() const;
    // Errors name the path: "wrong_type", "invalid_value" (a bad stamp).
    static fitflow::Result<SyncedRecord> fromJson(const nlohmann::json& json);
    static fitflow::Result<SyncedRecord> fromParts(const nlohmann::json& fields,
                                                   const std::optional<std::string>& deleted,
                                                   const std::optional<std::string>& undeleted);

private:
    sync::LwwRecord m_record;
    std::optional<sync::Hlc> m_deleted;
    std::optional<sync::Hlc> m_undeleted;
};

} // namespace fitflow::desktop
