#pragma once
// How each synced entity is stored: its table, and per wire field the column and its SQL type.
// Push writes and pull reads go through the same description, so a field can never be written
// under one name and read under another.

#include "server/service/sync/SyncProtocol.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace fitflow::storage {

// Integer: bigint/int as a JSON number; Date: a date as "YYYY-MM-DD"; Json: a jsonb value.
enum class ColumnType { Text, Uuid, Instant, Boolean, Integer, Date, Json };

struct SyncColumn {
    std::string_view field;  // wire name
    std::string_view column; // SQL column
    ColumnType type;
};

struct SyncTable {
    sync::SyncEntity entity;
    std::string_view table;
    std::span<const SyncColumn> columns;
    bool hasMergeState; // field_stamps (and, with tombstones, deleted/undeleted stamps)
    bool hasTombstones;
};

const SyncTable& syncTable(sync::SyncEntity entity);

// SQL reading `column` of alias `alias` as text (instants as epoch milliseconds).
std::string readExpression(const SyncColumn& column, std::string_view alias);
// SQL taking the field's value from the jsonb parameter `values` (JSON null = SQL NULL).
std::string writeExpression(const SyncColumn& column, std::string_view values);
// The wire value of a column read with readExpression().
nlohmann::json columnValue(const SyncColumn& column, const std::optional<std::string>& text);

// Stamp of a field no device ever wrote (rows created before sync or by REST): older than any
// real stamp, so every device write wins over it.
const std::string& baselineStamp();

} // namespace fitflow::storage
