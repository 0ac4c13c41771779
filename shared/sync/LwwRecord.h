#pragma once
// A record merged field by field, last writer wins by HLC (design §4). apply() is commutative,
// associative and idempotent: replicas that saw the same mutations, in any order, any number of
// times, hold equal records. A delete leaves a tombstone; later writes are still merged (so an
// undelete shows the newest fields) but never make the record visible again. Only an explicit
// undelete stamped after the newest delete does.

#include "shared/sync/RecordMutation.h"

#include <map>
#include <optional>
#include <string>

namespace fitflow::sync {

struct StampedValue {
    nlohmann::json value;
    Hlc stamp;

    friend bool operator==(const StampedValue&, const StampedValue&) = default;
};

class LwwRecord {
public:
    void apply(const RecordMutation& mutation);
    // Joins another replica's state (e.g. a page pulled from the server) into this one.
    void merge(const LwwRecord& other);

    bool isDeleted() const;
    // The value of `field`, or nullptr if it was never written.
    const nlohmann::json* value(const std::string& field) const;
    const std::map<std::string, StampedValue>& fields() const { return m_fields; }
    // The newest stamp this record has seen (for "last modified" and sync cursors).
    std::optional<Hlc> newestStamp() const;

    friend bool operator==(const LwwRecord&, const LwwRecord&) = default;

private:
    void writeField(const std::string& name, const nlohmann::json& value, const Hlc& stamp);

    std::map<std::string, StampedValue> m_fields;
    std::optional<Hlc> m_newestDelete;
    std::optional<Hlc> m_newestUndelete;
};

} // namespace fitflow::sync
