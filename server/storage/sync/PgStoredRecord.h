#pragma once
// A synced row's merge state as stored (field values with their stamps, tombstone stamps), how
// it is read from and written to its table, and what one record mutation does to it. The
// one-mutation writer (PgRecordWriter) and the set-based run writer (PgRecordRunWriter) share
// all of it, so a mutation merges identically on either path.

#include "server/storage/sync/PgSyncTables.h"
#include "server/storage/sync/SyncMutationActor.h"
#include "shared/core/Result.h"
#include "shared/sync/LwwRecord.h"
#include "shared/sync/RecordMutation.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace pqxx {
class row;
} // namespace pqxx

namespace fitflow::storage {

struct StoredRecord {
    sync::LwwRecord record;
    std::optional<std::string> deletedStamp;
    std::optional<std::string> undeletedStamp;

    friend bool operator==(const StoredRecord&, const StoredRecord&) = default;
};

// The select list of a row's merge state (field stamps, columns, tombstone stamps) of alias `t`.
std::string storedRecordSelectList(const SyncTable& table);
// Decodes the columns of storedRecordSelectList() starting at `row[first]`.
StoredRecord decodeStoredRecord(const SyncTable& table, const pqxx::row& row, int first);

// The JSON object a write statement reads its input from: {"v": values, "s": stamps}; values
// hold each field by wire name plus "$deleted"/"$undeleted" (and "$author" for a new note).
nlohmann::json storedRecordInput(const StoredRecord& stored);
// "column = expression, ..." of an UPDATE reading the input object as `input.v` / `input.s`.
std::string updateAssignments(const SyncTable& table);
// The column list and the matching expressions (over `input`) of an INSERT, after org_id, id.
std::pair<std::string, std::string> insertColumns(const SyncTable& table);

// What one record mutation does to a row that is `stored` (nothing: absent, or not visible to
// the role that may change it). `mayCreate`: the actor holds a role that may create it.
enum class RowWrite { None, Update, Insert };
struct PlannedWrite {
    RowWrite write = RowWrite::None;
    StoredRecord row; // the row to write (Update, Insert)
};

// Rejections as Errors: `not_found`, `forbidden`, `missing_field`, `unsupported_operation`,
// `illegal_transition` / `invalid_value` (session status), `session_not_started` (a session
// completed or marked a no-show at a stamp before its `starts_at`).
Result<PlannedWrite> planRecordMutation(const SyncTable& table,
                                        const std::optional<StoredRecord>& stored,
                                        const sync::RecordMutation& mutation,
                                        const SyncMutationActor& actor, bool mayCreate);

} // namespace fitflow::storage
