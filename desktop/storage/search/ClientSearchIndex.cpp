#include "desktop/storage/search/ClientSearchIndex.h"

#include "desktop/storage/SqlStatement.h"
#include "desktop/storage/StoreTransaction.h"

#include <QRegularExpression>
#include <QStringList>

namespace fitflow::desktop {

namespace {

// Bumped whenever the indexed columns or their text change, so old indexes are rebuilt.
// 2: entries are found by docid through client_search_docs. 3: the client's tags. 4: an entry's
// docid is its client's rowid (no client_search_docs), and no per-entry sizes (matchinfo=fts3).
constexpr int kIndexFormat = 4;
const QString kFormatSetting = QStringLiteral("client_search_format");

// The client's tags as words ("knee rehab"): the field holds a JSON array of strings.
QString tagWords(const nlohmann::json& tags)
{
    QStringList words;
    if (tags.is_array()) {
        for (const auto& tag : tags) {
            if (tag.is_string()) {
                words << QString::fromStdString(tag.get<std::string>());
            }
        }
    }
    return words.join(QLatin1Char(' '));
}

// The field's text, empty when it is not a string.
std::string_view fieldText(const SyncedRecord& state, const char* field)
{
    const nlohmann::json* value = state.record().value(field);
    if (value == nullptr || !value->is_string()) {
        return {};
    }
    return value->get_ref<const std::string&>();
}

std::string_view utf8View(const QByteArray& text)
{
    return {text.constData(), static_cast<std::size_t>(text.size())};
}

// The phone as typed plus its digits alone, with and without a North American leading 1, so
// "514555", "5145550199" and "555-0199" all find "+1 (514) 555-0199".
QString phoneTerms(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    QStringList terms{phone, digits};
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1'))) {
        terms << digits.mid(1);
    }
    return terms.join(QLatin1Char(' '));
}

fitflow::Result<qint64> count(const QSqlDatabase& db, const QString& sql)
{
    auto query = execSql(db, sql);
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return makeError("io_error", "a count returned no row");
    }
    return query->value(0).toLongLong();
}

fitflow::Result<bool> formatIsCurrent(const QSqlDatabase& db)
{
    auto query =
        execSql(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kFormatSetting});
    if (!query) {
        return query.error();
    }
    return query->next() && query->value(0).toInt() == kIndexFormat;
}

// Live clients whose entry is missing, entries without a live client, or an entry whose docid is
// not its client's rowid (a migration that rebuilds `clients` renumbers rowids): any means stale.
fitflow::Result<bool> entriesMatchClients(const QSqlDatabase& db)
{
    auto live = count(db, QStringLiteral("SELECT count(*) FROM clients WHERE is_deleted = 0"));
    auto indexed = count(db, QStringLiteral("SELECT count(*) FROM client_search"));
    auto joined = count(db, QStringLiteral("SELECT count(*) FROM client_search s JOIN clients c"
                                           " ON c.rowid = s.docid AND c.id = s.client_id"
                                           " WHERE c.is_deleted = 0"));
    if (!live || !indexed || !joined) {
        return makeError("io_error", "cannot compare the client search index with the clients");
    }
    return *live == *indexed && *indexed == *joined;
}

} // namespace

ClientSearchIndex::ClientSearchIndex(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(m_db)
    , m_direct(m_db)
{
}

fitflow::Status ClientSearchIndex::insertEntry(std::string_view clientId, std::string_view names,
                                               std::string_view email, const QString& phone,
                                               const QString& tags)
{
    // The entry's docid is its client's rowid, read on the clients' key (the row is written
    // first). FTS4 finds an entry quickly only by docid.
    static const std::string kInsert =
        "INSERT INTO client_search (docid, client_id, names, email, phone, tags)"
        " VALUES ((SELECT rowid FROM clients WHERE id = ?1), ?1, ?2, ?3, ?4, ?5)";
    const QByteArray phoneText = phoneTerms(phone).toUtf8();
    const QByteArray tagText = tags.toUtf8();
    auto inserted =
        m_direct.run(kInsert, {clientId, names, email, utf8View(phoneText), utf8View(tagText)});
    return inserted ? fitflow::Status() : fitflow::Status(inserted.error());
}

fitflow::Status ClientSearchIndex::prepare()
{
    auto current = formatIsCurrent(m_db);
    if (!current) {
        return current.error();
    }
    auto transaction = StoreTransaction::begin(m_db);
    if (!transaction) {
        return transaction.error();
    }
    if (!*current) {
        // client_search_docs: formats 2 and 3 mapped each client to its entry's docid.
        for (const QString& table :
             {QStringLiteral("client_search"), QStringLiteral("client_search_docs")}) {
            if (auto dropped = execSql(m_db, QStringLiteral("DROP TABLE IF EXISTS ") + table);
                !dropped) {
                return dropped.error();
            }
        }
    }
    // client_id is stored, not searched; tokens are case- and accent-folded. Search never
    // ranks, so matchinfo=fts3 spares the per-entry token counts (%_docsize) FTS4 would write.
    auto created = execSql(
        m_db, QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS client_search USING fts4("
                             "client_id, names, email, phone, tags, notindexed=client_id,"
                             " matchinfo=fts3, tokenize=unicode61 \"remove_diacritics=1\")"));
    if (!created) {
        return created.error();
    }
    auto matching = entriesMatchClients(m_db);
    if (!matching) {
        return matching.error();
    }
    if (!*current || !*matching) {
        if (auto rebuilt = rebuild(); !rebuilt) {
            return rebuilt;
        }
    }
    auto recorded =
        execSql(m_db, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
                {kFormatSetting, kIndexFormat});
    if (!recorded) {
        return recorded.error();
    }
    return transaction->commit();
}

fitflow::Status ClientSearchIndex::indexClient(const std::string& clientId,
                                               const SyncedRecord& state, SearchEntry entry)
{
    if (entry == SearchEntry::MayExist) {
        if (auto removed = removeClient(clientId); !removed) {
            return removed;
        }
    }
    if (state.isDeleted()) {
        return {};
    }
    std::string names(fieldText(state, "first_name"));
    names += ' ';
    names += fieldText(state, "last_name");
    const std::string_view phone = fieldText(state, "phone");
    const nlohmann::json* tags = state.record().value("tags");
    return insertEntry(clientId, names, fieldText(state, "email"),
                       QString::fromUtf8(phone.data(), static_cast<qsizetype>(phone.size())),
                       tags != nullptr ? tagWords(*tags) : QString());
}

fitflow::Status ClientSearchIndex::removeClient(const std::string& clientId)
{
    // By docid (no scan of the index); call before the client's row leaves `clients`.
    static const std::string kDelete =
        "DELETE FROM client_search WHERE docid = (SELECT rowid FROM clients WHERE id = ?)";
    auto removed = m_direct.run(kDelete, {std::string_view(clientId)});
    return removed ? fitflow::Status() : fitflow::Status(removed.error());
}

fitflow::Status ClientSearchIndex::removeAll()
{
    auto removed = m_statements.run(QStringLiteral("DELETE FROM client_search"));
    return removed ? fitflow::Status() : fitflow::Status(removed.error());
}

fitflow::Status ClientSearchIndex::rebuild()
{
    if (auto cleared = removeAll(); !cleared) {
        return cleared;
    }
    auto clients = execSql(m_db, QStringLiteral("SELECT id, coalesce(first_name, ''),"
                                                " coalesce(last_name, ''), coalesce(email, ''),"
                                                " coalesce(phone, ''), coalesce(tags, '[]')"
                                                " FROM clients"
                                                " WHERE is_deleted = 0"));
    if (!clients) {
        return clients.error();
    }
    while (clients->next()) {
        const QByteArray id = clients->value(0).toString().toUtf8();
        const QByteArray names =
            (clients->value(1).toString() + QLatin1Char(' ') + clients->value(2).toString())
                .toUtf8();
        const QByteArray email = clients->value(3).toString().toUtf8();
        if (auto inserted = insertEntry(
                utf8View(id), utf8View(names), utf8View(email), clients->value(4).toString(),
                tagWords(nlohmann::json::parse(clients->value(5).toString().toStdString(), nullptr,
                                               false)));
            !inserted) {
            return inserted;
        }
    }
    return {};
}

QString ClientSearchIndex::matchExpression(const QString& typed)
{
    static const QRegularExpression kSeparators(QStringLiteral("[^\\p{L}\\p{M}\\p{N}]+"));
    QStringList terms;
    for (const QString& word : typed.toLower().split(kSeparators, Qt::SkipEmptyParts)) {
        terms << word + QLatin1Char('*');
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace fitflow::desktop
