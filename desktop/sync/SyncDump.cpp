#include "desktop/sync/SyncDump.h"

#include "desktop/storage/EntityRepository.h"
#include "desktop/sync/money/MoneyDump.h"

namespace fitflow::desktop {

namespace {

nlohmann::json recordValues(const EntitySpec& entity, const StoredRecord& row)
{
    nlohmann::json document{{"id", row.id}, {"org_id", row.orgId}};
    // Every field is printed, null when never written, so "absent" and "null" cannot differ.
    for (const FieldSpec& field : entity.fields) {
        const nlohmann::json* value = row.state.record().value(field.name);
        document[field.name] = value == nullptr ? nlohmann::json(nullptr) : *value;
    }
    if (entity.name == "client") {
        document["trainer_ids"] = row.trainerIds;
    }
    return document;
}

fitflow::Status addNoteText(EntityRepository& entities, const std::string& id,
                            nlohmann::json& document)
{
    auto history = entities.noteHistory(id);
    if (!history) {
        return history.error();
    }
    const sync::NoteView view = history->view();
    document["text"] = view.text;
    document["conflicting_texts"] = view.conflictingTexts;
    document["signed"] = view.isSigned;
    document["amendments"] = view.amendments;
    return {};
}

fitflow::Result<nlohmann::json> dumpEntity(EntityRepository& entities, const EntitySpec& entity)
{
    nlohmann::json rows = nlohmann::json::array();
    if (entity.merge == MergeKind::PullOnly) {
        auto plain = entities.allPlainRows(entity);
        if (!plain) {
            return plain.error();
        }
        for (PlainRow& row : *plain) {
            nlohmann::json document = std::move(row.values);
            document["id"] = row.id;
            document["org_id"] = row.orgId;
            rows.push_back(std::move(document));
        }
        return rows;
    }
    auto records = entities.allRecords(entity);
    if (!records) {
        return records.error();
    }
    for (const StoredRecord& row : *records) {
        if (row.state.isDeleted()) {
            continue;
        }
        nlohmann::json document = recordValues(entity, row);
        if (entity.merge == MergeKind::LwwAndNote) {
            if (auto added = addNoteText(entities, row.id, document); !added) {
                return added.error();
            }
        }
        rows.push_back(std::move(document));
    }
    return rows;
}

} // namespace

fitflow::Result<nlohmann::json> dumpSyncedEntities(const QSqlDatabase& db)
{
    EntityRepository entities(db);
    nlohmann::json dump = nlohmann::json::object();
    for (const EntitySpec& entity : syncedEntities()) {
        auto rows = dumpEntity(entities, entity);
        if (!rows) {
            return rows.error();
        }
        dump[entity.name] = std::move(*rows);
    }
    if (auto money = money::addMoneyToDump(db, dump); !money) {
        return money.error();
    }
    return dump;
}

} // namespace fitflow::desktop
