#pragma once
// SQL for the synced entity tables (SyncedEntity.h): LWW rows with their merge state, note text
// histories, and the server-owned organization/location rows. It only reads and writes rows;
// merging and validation belong to the caller, which also owns the transaction. The statements
// of single-row reads and writes stay prepared for the repository's life (a pulled page).

#include "desktop/storage/DirectWriteStatements.h"
#include "desktop/storage/StatementCache.h"
#include "desktop/storage/SyncedEntity.h"
#include "desktop/storage/SyncedRecord.h"
#include "desktop/storage/search/ClientSearchIndex.h"
#include "shared/core/Result.h"
#include "shared/sync/NoteHistory.h"

#include <QSqlDatabase>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace fitflow::desktop {

struct StoredRecord {
    std::string id;
    std::string orgId;
    SyncedRecord state;
    nlohmann::json trainerIds = nlohmann::json::array(); // clients only; owned by the server
};

// A pull-only row: its organization and the server's values by field name.
struct PlainRow {
    std::string id;
    std::string orgId;
    nlohmann::json values = nlohmann::json::object();
};

// What the caller knows of a row before saveRecord writes it. A pulled page reads its existing
// rows in one query (loadRecords), so a new row goes straight to INSERT, without an UPDATE that
// finds nothing or a search-index lookup.
enum class RowPresence {
    Unknown,  // UPDATE, then INSERT if no row was there
    Existing, // the row is in the table
    New,      // the row is not in the table (so the client search index has no entry for it)
};

class EntityRepository {
public:
    // Most ids one loadRecords query binds (SQLite 3.15 allows 999 bound parameters).
    static constexpr std::size_t kMaxIdsPerRead = 500;

    explicit EntityRepository(QSqlDatabase db);

    fitflow::Result<std::optional<StoredRecord>> loadRecord(const EntitySpec& entity,
                                                            const std::string& id) const;
    // The rows among `ids` that exist, in no particular order: one query per kMaxIdsPerRead ids.
    fitflow::Result<std::vector<StoredRecord>>
    loadRecords(const EntitySpec& entity, const std::vector<std::string>& ids) const;
    // Inserts or replaces the row, with one readable column per field beside the merge state.
    fitflow::Status saveRecord(const EntitySpec& entity, const StoredRecord& row,
                               RowPresence presence = RowPresence::Unknown);
    // Every row of an LWW entity (tombstoned ones too), ordered by id.
    fitflow::Result<std::vector<StoredRecord>> allRecords(const EntitySpec& entity) const;

    // The note's history as stored NoteHistory mutations (MutationCodec JSON).
    fitflow::Result<std::vector<nlohmann::json>> noteMutations(const std::string& noteId) const;
    fitflow::Result<sync::NoteHistory> noteHistory(const std::string& noteId) const;
    // Adds mutations (duplicates are ignored) and refreshes the note's derived text columns.
    fitflow::Status addNoteMutations(const std::string& noteId,
                                     const std::vector<nlohmann::json>& mutations);

    fitflow::Status savePlainRow(const EntitySpec& entity, const PlainRow& row);
    fitflow::Result<std::vector<PlainRow>> allPlainRows(const EntitySpec& entity) const;

    fitflow::Result<std::vector<std::string>> idsInOrganization(const EntitySpec& entity,
                                                                const std::string& orgId) const;
    // Removes the row (and a note's history).
    fitflow::Status removeRow(const EntitySpec& entity, const std::string& id);
    // Removes every synced row of every entity (a revoked device).
    fitflow::Status removeAll();

private:
    // saveRecord's statements of one entity, built once per repository.
    struct WriteSql {
        std::string insert;
        std::string update;
    };
    const WriteSql& writeSql(const EntitySpec& entity);

    QSqlDatabase m_db;
    mutable StatementCache m_statements;
    DirectWriteStatements m_direct; // saveRecord's INSERT and UPDATE
    std::unordered_map<std::string, WriteSql> m_writeSql;
    ClientSearchIndex m_search;
};

} // namespace fitflow::desktop
