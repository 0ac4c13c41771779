#pragma once
// The full-text index behind instant client search: an FTS4 table `client_search` (SQLCipher
// 3.4.1 has FTS4, not FTS5) over names, email, phone and tags, folded to lower case without
// accents by the unicode61 tokenizer. It is not a migration: open() creates it if missing and
// rebuilds it when it is stale, and EntityRepository keeps it in step with every client row it
// writes, in the caller's transaction. An entry's docid is its client's rowid, so a client's entry
// is found and replaced without scanning the index.

#include "desktop/storage/DirectWriteStatements.h"
#include "desktop/storage/StatementCache.h"
#include "desktop/storage/SyncedRecord.h"
#include "shared/core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <string>
#include <string_view>

namespace fitflow::desktop {

// Whether a client may already have an entry to replace. Entries exist only for rows of
// `clients` (written and removed with them), so a client row just inserted has none.
enum class SearchEntry { MayExist, Absent };

class ClientSearchIndex {
public:
    explicit ClientSearchIndex(QSqlDatabase db);

    // Creates the table when missing; rebuilds it from `clients` when its format changed or its
    // entries do not match the live clients. Called once when the store opens.
    fitflow::Status prepare();
    // Replaces the client's entry from its current field values; a deleted client is dropped.
    // The client's row is written first: its rowid is the entry's docid.
    fitflow::Status indexClient(const std::string& clientId, const SyncedRecord& state,
                                SearchEntry entry = SearchEntry::MayExist);
    // Call while the client's row is still in `clients` (its rowid finds the entry).
    fitflow::Status removeClient(const std::string& clientId);
    fitflow::Status removeAll();
    // Drops every entry and indexes every live client again.
    fitflow::Status rebuild();

    // The FTS MATCH expression for what a user typed: every word becomes a prefix term and all
    // must match ("ale mar" finds Alex Martin). Empty when the text holds no word at all.
    static QString matchExpression(const QString& typed);

private:
    // `phone` as typed (phoneTerms adds its digits), `tags` as words.
    fitflow::Status insertEntry(std::string_view clientId, std::string_view names,
                                std::string_view email, const QString& phone, const QString& tags);

    QSqlDatabase m_db;
    StatementCache m_statements;
    DirectWriteStatements m_direct; // an entry's INSERT and DELETE
};

} // namespace fitflow::desktop
