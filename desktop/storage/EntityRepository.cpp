#include "desktop/storage/EntityRepository.h"

#include "desktop/storage/SqlStatement.h"
#include "desktop/storage/search/ClientSearchIndex.h"
#include "shared/sync/MutationCodec.h"

#include <QStringList>

#include <algorithm>

namespace fitflow::desktop {

namespace {

QString table(const EntitySpec& entity)
{
    return QString::fromStdString(entity.table);
}

QStringList fieldColumns(const EntitySpec& entity)
{
    QStringList columns;
    for (const FieldSpec& field : entity.fields) {
        columns << QString::fromStdString(field.name);
    }
    return columns;
}

// The readable column: text as is, anything else (booleans) as its JSON text, null as NULL.
QVariant columnValue(const nlohmann::json* value)
{
    if (value == nullptr || value->is_null()) {
        return {};
    }
    if (value->is_string()) {
        return QString::fromStdString(value->get<std::string>());
    }
    return QString::fromStdString(value->dump());
}

std::optional<std::string> optionalText(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toString().toStdString();
}

fitflow::Result<nlohmann::json> parseStoredJson(const QVariant& text)
{
    auto json = nlohmann::json::parse(text.toString().toStdString(), nullptr, false);
    if (json.is_discarded()) {
        return makeError("store_corrupt", "a stored JSON column cannot be parsed");
    }
    return json;
}

// Columns selected for an LWW row, in the order readRecord expects them.
QString recordColumns(const EntitySpec& entity)
{
    QString columns = QStringLiteral("id, org_id, field_state, deleted_stamp, undeleted_stamp");
    columns += entity.name == "client" ? QStringLiteral(", trainer_ids") : QStringLiteral(", '[]'");
    return columns;
}

fitflow::Result<StoredRecord> readRecord(const QSqlQuery& query)
{
    auto fields = parseStoredJson(query.value(2));
    auto trainers = parseStoredJson(query.value(5));
    if (!fields || !trainers) {
        return makeError("store_corrupt", "a synced row has unreadable merge state");
    }
    auto state = SyncedRecord::fromParts(*fields, optionalText(query.value(3)),
                                         optionalText(query.value(4)));
    if (!state) {
        return makeError("store_corrupt",
                         "a synced row has an invalid stamp: " + state.error().message);
    }
    return StoredRecord{query.value(0).toString().toStdString(),
                        query.value(1).toString().toStdString(), std::move(*state),
                        std::move(*trainers)};
}

// `"name":`, escaped by nlohmann unless it is a plain identifier (every catalog field is).
void appendJsonKey(std::string& text, const std::string& name)
{
    const bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
    });
    if (plain) {
        text += '"';
        text += name;
        text += '"';
    } else {
        text += nlohmann::json(name).dump();
    }
    text += ':';
}

// The field_state column: state.fieldsToJson().dump() byte for byte (nlohmann's compact form,
// keys in std::map order, "stamp" before "value"), written without building the object, which
// copied every value and stamp once more; a stamp shared by the row's fields is formatted once.
std::string fieldStateText(const SyncedRecord& state)
{
    std::string text = "{";
    const sync::Hlc* formatted = nullptr;
    std::string stampText;
    for (const auto& [name, stamped] : state.record().fields()) {
        if (text.size() > 1) {
            text += ',';
        }
        appendJsonKey(text, name);
        if (formatted == nullptr || !(*formatted == stamped.stamp)) {
            stampText = stamped.stamp.toString();
            formatted = &stamped.stamp;
        }
        text += "{\"stamp\":\"";
        text += stampText; // digits, hex and '-': nothing to escape
        text += "\",\"value\":";
        text += stamped.value.dump();
        text += '}';
    }
    text += '}';
    return text;
}

} // namespace

EntityRepository::EntityRepository(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(m_db)
    , m_direct(m_db)
    , m_search(m_db)
{
}

fitflow::Result<std::optional<StoredRecord>>
EntityRepository::loadRecord(const EntitySpec& entity, const std::string& id) const
{
    auto query = m_statements.run(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(recordColumns(entity), table(entity)),
        {QString::fromStdString(id)});
    if (!query) {
        return query.error();
    }
    std::optional<StoredRecord> found;
    if ((*query)->next()) {
        auto row = readRecord(**query);
        if (!row) {
            return row.error();
        }
        found = std::move(*row);
    }
    (*query)->finish();
    return found;
}

fitflow::Result<std::vector<StoredRecord>>
EntityRepository::loadRecords(const EntitySpec& entity, const std::vector<std::string>& ids) const
{
    std::vector<StoredRecord> rows;
    for (std::size_t first = 0; first < ids.size(); first += kMaxIdsPerRead) {
        const std::size_t count = std::min(kMaxIdsPerRead, ids.size() - first);
        QVariantList values;
        values.reserve(static_cast<qsizetype>(count));
        for (std::size_t i = first; i < first + count; ++i) {
            values << QString::fromStdString(ids[i]);
        }
        QString placeholders = QStringLiteral("?");
        placeholders += QStringLiteral(", ?").repeated(static_cast<qsizetype>(count) - 1);
        auto query = m_statements.run(QStringLiteral("SELECT %1 FROM %2 WHERE id IN (%3)")
                                          .arg(recordColumns(entity), table(entity), placeholders),
                                      values);
        if (!query) {
            return query.error();
        }
        while ((*query)->next()) {
            auto row = readRecord(**query);
            if (!row) {
                (*query)->finish();
                return row.error();
            }
            rows.push_back(std::move(*row));
        }
    }
    return rows;
}

const EntityRepository::WriteSql& EntityRepository::writeSql(const EntitySpec& entity)
{
    const auto found = m_writeSql.find(entity.name);
    if (found != m_writeSql.end()) {
        return found->second;
    }
    // Column order: the five merge columns, trainer_ids for clients, the fields, then id.
    std::vector<std::string> columns{"org_id", "field_state", "deleted_stamp", "undeleted_stamp",
                                     "is_deleted"};
    if (entity.name == "client") {
        columns.emplace_back("trainer_ids");
    }
    for (const FieldSpec& field : entity.fields) {
        columns.push_back(field.name);
    }
    WriteSql sql;
    sql.update = "UPDATE " + entity.table + " SET ";
    std::string names;
    std::string placeholders;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const char* separator = i == 0 ? "" : ", ";
        sql.update += separator + columns[i] + " = ?";
        names += separator + columns[i];
        placeholders += std::string(separator) + "?";
    }
    sql.update += " WHERE id = ?";
    sql.insert =
        "INSERT INTO " + entity.table + " (" + names + ", id) VALUES (" + placeholders + ", ?)";
    return m_writeSql.emplace(entity.name, std::move(sql)).first->second;
}

fitflow::Status EntityRepository::saveRecord(const EntitySpec& entity, const StoredRecord& row,
                                             RowPresence presence)
{
    const std::string fieldState = fieldStateText(row.state);
    const auto stampText = [](const std::optional<sync::Hlc>& stamp) {
        return stamp ? std::optional<std::string>(stamp->toString()) : std::nullopt;
    };
    const auto deleted = stampText(row.state.deletedStamp());
    const auto undeleted = stampText(row.state.undeletedStamp());
    const auto textOrNull = [](const std::optional<std::string>& text) {
        return text ? SqlValue(std::string_view(*text)) : SqlValue();
    };
    std::string trainerIds;
    std::vector<SqlValue> values{std::string_view(row.orgId), std::string_view(fieldState),
                                 textOrNull(deleted), textOrNull(undeleted),
                                 std::int64_t{row.state.isDeleted() ? 1 : 0}};
    if (entity.name == "client") {
        trainerIds = row.trainerIds.dump();
        values.emplace_back(std::string_view(trainerIds));
    }
    // The readable columns: text as is, anything else (booleans) as its JSON text, null as NULL.
    // Reserved so the texts the values point into stay where they are.
    std::vector<std::string> dumped;
    dumped.reserve(entity.fields.size());
    for (const FieldSpec& field : entity.fields) {
        const nlohmann::json* value = row.state.record().value(field.name);
        if (value == nullptr || value->is_null()) {
            values.emplace_back();
        } else if (value->is_string()) {
            values.emplace_back(std::string_view(value->get_ref<const std::string&>()));
        } else {
            values.emplace_back(std::string_view(dumped.emplace_back(value->dump())));
        }
    }
    values.emplace_back(std::string_view(row.id));
    const WriteSql& sql = writeSql(entity);
    // An UPDATE (it keeps a note's derived text columns, which REPLACE would reset) unless the
    // row is known to be new; a row it did not find is new.
    bool existed = false;
    if (presence != RowPresence::New) {
        auto updated = m_direct.run(sql.update, values.data(), values.size());
        if (!updated) {
            return updated.error();
        }
        existed = updated->changedRows > 0;
    }
    if (!existed) {
        if (auto inserted = m_direct.run(sql.insert, values.data(), values.size()); !inserted) {
            return inserted.error();
        }
    }
    // Client rows and their search entries change together, in the caller's transaction.
    if (entity.name == "client") {
        return m_search.indexClient(row.id, row.state,
                                    existed ? SearchEntry::MayExist : SearchEntry::Absent);
    }
    return {};
}

fitflow::Result<std::vector<StoredRecord>>
EntityRepository::allRecords(const EntitySpec& entity) const
{
    auto query = execSql(
        m_db,
        QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(recordColumns(entity), table(entity)));
    if (!query) {
        return query.error();
    }
    std::vector<StoredRecord> rows;
    while (query->next()) {
        auto row = readRecord(*query);
        if (!row) {
            return row.error();
        }
        rows.push_back(std::move(*row));
    }
    return rows;
}

fitflow::Result<std::vector<nlohmann::json>>
EntityRepository::noteMutations(const std::string& noteId) const
{
    auto query = m_statements.run(QStringLiteral("SELECT mutation FROM note_history WHERE"
                                                 " note_id = ? ORDER BY mutation"),
                                  {QString::fromStdString(noteId)});
    if (!query) {
        return query.error();
    }
    std::vector<nlohmann::json> mutations;
    while ((*query)->next()) {
        auto json = parseStoredJson((*query)->value(0));
        if (!json) {
            (*query)->finish();
            return json.error();
        }
        mutations.push_back(std::move(*json));
    }
    return mutations;
}

fitflow::Result<sync::NoteHistory> EntityRepository::noteHistory(const std::string& noteId) const
{
    auto mutations = noteMutations(noteId);
    if (!mutations) {
        return mutations.error();
    }
    sync::NoteHistory history;
    for (const nlohmann::json& json : *mutations) {
        auto mutation = sync::noteMutationFromJson(json);
        if (!mutation) {
            return makeError("store_corrupt",
                             "a stored note mutation is invalid: " + mutation.error().message);
        }
        history.apply(*mutation);
    }
    return history;
}

fitflow::Status EntityRepository::addNoteMutations(const std::string& noteId,
                                                   const std::vector<nlohmann::json>& mutations)
{
    for (const nlohmann::json& mutation : mutations) {
        auto inserted = m_statements.run(
            QStringLiteral("INSERT OR IGNORE INTO note_history (note_id, mutation) VALUES (?, ?)"),
            {QString::fromStdString(noteId), QString::fromStdString(mutation.dump())});
        if (!inserted) {
            return inserted.error();
        }
    }
    auto history = noteHistory(noteId);
    if (!history) {
        return history.error();
    }
    const sync::NoteView view = history->view();
    auto updated = m_statements.run(
        QStringLiteral("UPDATE notes SET text = ?, has_conflict = ? WHERE id = ?"),
        {QString::fromStdString(view.text), view.conflict ? 1 : 0, QString::fromStdString(noteId)});
    return updated ? fitflow::Status() : fitflow::Status(updated.error());
}

fitflow::Status EntityRepository::savePlainRow(const EntitySpec& entity, const PlainRow& row)
{
    QStringList columns{QStringLiteral("id"), QStringLiteral("org_id")};
    QVariantList values{QString::fromStdString(row.id), QString::fromStdString(row.orgId)};
    QStringList placeholders{QStringLiteral("?"), QStringLiteral("?")};
    for (const FieldSpec& field : entity.fields) {
        const nlohmann::json* value =
            row.values.contains(field.name) ? &row.values.at(field.name) : nullptr;
        columns << QString::fromStdString(field.name);
        values << columnValue(value);
        placeholders << QStringLiteral("?");
    }
    auto replaced = m_statements.run(QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                                         .arg(table(entity), columns.join(QStringLiteral(", ")),
                                              placeholders.join(QStringLiteral(", "))),
                                     values);
    return replaced ? fitflow::Status() : fitflow::Status(replaced.error());
}

fitflow::Result<std::vector<PlainRow>>
EntityRepository::allPlainRows(const EntitySpec& entity) const
{
    const QStringList fields = fieldColumns(entity);
    auto query = execSql(m_db, QStringLiteral("SELECT id, org_id, %1 FROM %2 ORDER BY id")
                                   .arg(fields.join(QStringLiteral(", ")), table(entity)));
    if (!query) {
        return query.error();
    }
    std::vector<PlainRow> rows;
    while (query->next()) {
        PlainRow row{query->value(0).toString().toStdString(),
                     query->value(1).toString().toStdString(), nlohmann::json::object()};
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QVariant value = query->value(static_cast<int>(i) + 2);
            row.values[fields.at(i).toStdString()] =
                value.isNull() ? nlohmann::json(nullptr)
                               : nlohmann::json(value.toString().toStdString());
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

fitflow::Result<std::vector<std::string>>
EntityRepository::idsInOrganization(const EntitySpec& entity, const std::string& orgId) const
{
    auto query =
        execSql(m_db, QStringLiteral("SELECT id FROM %1 WHERE org_id = ?").arg(table(entity)),
                {QString::fromStdString(orgId)});
    if (!query) {
        return query.error();
    }
    std::vector<std::string> ids;
    while (query->next()) {
        ids.push_back(query->value(0).toString().toStdString());
    }
    return ids;
}

fitflow::Status EntityRepository::removeRow(const EntitySpec& entity, const std::string& id)
{
    const QString key = QString::fromStdString(id);
    if (entity.merge == MergeKind::LwwAndNote) {
        if (auto removed = m_statements.run(
                QStringLiteral("DELETE FROM note_history WHERE note_id = ?"), {key});
            !removed) {
            return removed.error();
        }
    }
    if (entity.name == "client") {
        if (auto unindexed = m_search.removeClient(id); !unindexed) {
            return unindexed;
        }
    }
    auto removed =
        m_statements.run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table(entity)), {key});
    return removed ? fitflow::Status() : fitflow::Status(removed.error());
}

fitflow::Status EntityRepository::removeAll()
{
    if (auto removed = execSql(m_db, QStringLiteral("DELETE FROM note_history")); !removed) {
        return removed.error();
    }
    if (auto unindexed = m_search.removeAll(); !unindexed) {
        return unindexed;
    }
    for (const EntitySpec& entity : syncedEntities()) {
        if (auto removed = execSql(m_db, QStringLiteral("DELETE FROM %1").arg(table(entity)));
            !removed) {
            return removed.error();
        }
    }
    return {};
}

} // namespace fitflow::desktop
