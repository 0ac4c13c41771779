#pragma once
// One change to a synced record, as it travels in the outbox and over the wire: write some
// fields, delete (tombstone) or explicitly undelete. Every changed field carries the stamp of
// the edit that produced it.

#include "shared/sync/Hlc.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace fitflow::sync {

enum class RecordOperation { Write, Delete, Undelete };

struct RecordMutation {
    RecordOperation operation = RecordOperation::Write;
    Hlc stamp;
    std::map<std::string, nlohmann::json> fields; // Write only: field name -> new value

    friend bool operator==(const RecordMutation&, const RecordMutation&) = default;
};

} // namespace fitflow::sync
