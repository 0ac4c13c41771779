#include "desktop/sync/PullApplier.h"

#include "desktop/storage/DeferredSyncScope.h"
#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/SnapshotSeenRepository.h"
#include "desktop/storage/StoreTransaction.h"
#include "desktop/sync/NoteStore.h"
#include "desktop/sync/money/MoneyPullApplier.h"
#include "shared/codec/TextFormats.h"
#include "shared/sync/MutationCodec.h"

#include <map>
#include <unordered_map>
#include <vector>

namespace fitflow::desktop {

namespace {

fitflow::Error invalidPage(const std::string& message, const std::string& path = {})
{
    return makeError("invalid_page", message, path);
}

// Applies the pulled changes of one page; the caller owns the transaction.
class PageWriter {
public:
    PageWriter(const QSqlDatabase& db, PhysicalClock physical)
        : m_entities(db)
        , m_outbox(db)
        , m_state(db)
        , m_seen(db)
        , m_notes(db)
        , m_clock(m_state, std::move(physical))
    {
    }

    fitflow::Status applyChange(const std::string& orgId, const EntitySpec& entity,
                                const std::string& id, const nlohmann::json& change)
    {
        if (entity.merge == MergeKind::PullOnly) {
            const nlohmann::json values = change.value("values", nlohmann::json());
            if (!values.is_object()) {
                return invalidPage("a pull-only change needs \"values\"", "values");
            }
            return m_entities.savePlainRow(entity, {id, orgId, values});
        }
        static const nlohmann::json kMissing;
        const auto record = change.find("record");
        auto pulled = SyncedRecord::fromJson(record != change.end() ? *record : kMissing);
        if (!pulled) {
            return withPathPrefix(pulled.error(), "record");
        }
        if (auto newest = pulled->record().newestStamp()) {
            observe(*newest);
        }
        auto& existing = m_existing[entity.name];
        const auto found = existing.find(id);
        const RowPresence presence =
            found != existing.end() ? RowPresence::Existing : RowPresence::New;
        StoredRecord row = found != existing.end()
                               ? std::move(found->second)
                               : StoredRecord{id, orgId, {}, nlohmann::json::array()};
        row.orgId = orgId;
        // The server's record already holds every change of ours it acknowledged, as it applied
        // them (stamps clamped, rejected ones left out), so it replaces the local state; what is
        // still in the outbox is re-applied below. Merging would let a stamp the server clamped
        // (a clock far ahead) win on this device forever.
        row.state = std::move(*pulled);
        if (const auto trainers = change.find("trainer_ids");
            trainers != change.end() && trainers->is_array()) {
            row.trainerIds = *trainers;
        }
        if (auto reapplied = reapplyPending(entity, row); !reapplied) {
            return reapplied;
        }
        if (auto saved = m_entities.saveRecord(entity, row, presence); !saved) {
            return saved;
        }
        // A row repeated later in the page finds this state.
        existing.insert_or_assign(id, std::move(row));
        if (entity.merge == MergeKind::LwwAndNote) {
            return applyHistory(id, change.value("history", nlohmann::json::array()));
        }
        return {};
    }

    // Reads the page's existing rows of last-writer-wins entities, one query per entity and
    // EntityRepository::kMaxIdsPerRead ids, before any write: a new row is then written with
    // one INSERT instead of a read, an UPDATE that finds nothing and a search-index lookup.
    // Malformed changes are skipped here and refused by apply().
    fitflow::Status readExistingRows(const nlohmann::json& changes)
    {
        std::map<std::string, std::vector<std::string>> idsByEntity;
        for (const nlohmann::json& change : changes) {
            const auto entity = change.is_object() ? change.find("entity") : change.end();
            const auto id = change.is_object() ? change.find("id") : change.end();
            if (entity == change.end() || id == change.end() || !entity->is_string() ||
                !id->is_string()) {
                continue;
            }
            idsByEntity[entity->get<std::string>()].push_back(id->get<std::string>());
        }
        for (const auto& [name, ids] : idsByEntity) {
            const EntitySpec* entity = findSyncedEntity(name);
            if (entity == nullptr || entity->merge == MergeKind::PullOnly) {
                continue;
            }
            auto rows = m_entities.loadRecords(*entity, ids);
            if (!rows) {
                return rows.error();
            }
            auto& existing = m_existing[name];
            for (StoredRecord& row : *rows) {
                std::string id = row.id;
                existing.insert_or_assign(std::move(id), std::move(row));
            }
        }
        return {};
    }

    // Rows the server says left this device's scope.
    fitflow::Status removeListed(const nlohmann::json& removedRows, int& removed)
    {
        if (!removedRows.is_array()) {
            return invalidPage("\"removed\" must be an array", "removed");
        }
        for (const nlohmann::json& gone : removedRows) {
            const EntitySpec* entity =
                gone.is_object() ? findSyncedEntity(gone.value("entity", std::string{})) : nullptr;
            if (entity == nullptr || !gone.contains("id") || !gone["id"].is_string()) {
                continue;
            }
            if (auto status = removeUnlessPending(*entity, gone["id"].get<std::string>(), removed);
                !status) {
                return status;
            }
        }
        return {};
    }

    // After a complete snapshot: the organization's rows it did not send, then its marks.
    fitflow::Status removeUnseen(const std::string& orgId, const QSqlDatabase& db, int& removed)
    {
        for (const EntitySpec& entity : syncedEntities()) {
            // Collected first: rows are not deleted under a running SELECT of their table.
            auto ids = m_seen.unseenIds(orgId, entity.name, entity.table);
            if (!ids) {
                return ids.error();
            }
            for (const std::string& id : *ids) {
                if (auto status = removeUnlessPending(entity, id, removed); !status) {
                    return status;
                }
            }
        }
        // Money rows the same way, each keeping its own outbox rule.
        return money::MoneyPullApplier(db).removeUnseen(orgId, m_seen, removed);
    }

    fitflow::Status removeUnlessPending(const EntitySpec& entity, const std::string& id,
                                        int& removed)
    {
        auto pending = pendingFor(entity, id);
        if (!pending) {
            return pending.error();
        }
        if (!pending->empty()) {
            return {}; // a local change the server has not seen yet
        }
        if (auto gone = m_entities.removeRow(entity, id); !gone) {
            return gone;
        }
        ++removed;
        return {};
    }

    fitflow::Status saveClock()
    {
        return m_newestSeen ? m_clock.observe(*m_newestSeen) : fitflow::Status();
    }

    SyncStateRepository& state() { return m_state; }
    SnapshotSeenRepository& seen() { return m_seen; }

private:
    // The record's outbox entries. An empty outbox (an initial pull, a device with nothing to
    // push) is asked once per page instead of once per row.
    fitflow::Result<std::vector<OutboxEntry>> pendingFor(const EntitySpec& entity,
                                                         const std::string& id)
    {
        if (!m_outboxEmpty) {
            auto count = m_outbox.pendingCount();
            if (!count) {
                return count.error();
            }
            m_outboxEmpty = *count == 0;
        }
        if (*m_outboxEmpty) {
            return std::vector<OutboxEntry>();
        }
        return m_outbox.pendingFor(entity.name, id);
    }

    // The outbox already shaped the local row, but a row removed by an earlier snapshot or
    // merged from scratch must show the pending changes again; apply() is idempotent.
    fitflow::Status reapplyPending(const EntitySpec& entity, StoredRecord& row)
    {
        auto pending = pendingFor(entity, row.id);
        if (!pending) {
            return pending.error();
        }
        for (const OutboxEntry& entry : *pending) {
            if (!entry.payload.contains("change")) {
                continue;
            }
            auto mutation = sync::recordMutationFromJson(entry.payload["change"]);
            if (!mutation) {
                return makeError("store_corrupt",
                                 "an outbox entry is invalid: " + mutation.error().message);
            }
            row.state.apply(*mutation);
        }
        return {};
    }

    fitflow::Status applyHistory(const std::string& noteId, const nlohmann::json& history)
    {
        if (!history.is_array()) {
            return invalidPage("a note's history must be an array", "history");
        }
        std::vector<nlohmann::json> mutations;
        for (std::size_t i = 0; i < history.size(); ++i) {
            auto mutation = sync::noteMutationFromJson(history[i]);
            if (!mutation) {
                return withPathPrefix(mutation.error(), "history[" + std::to_string(i) + "]");
            }
            // Stored in our own encoding, so one mutation is one row whatever the server's
            // key order.
            mutations.push_back(sync::noteMutationToJson(*mutation));
        }
        return m_notes.addMutations(noteId, mutations);
    }

    void observe(const sync::Hlc& stamp)
    {
        if (!m_newestSeen || *m_newestSeen < stamp) {
            m_newestSeen = stamp;
        }
    }

    EntityRepository m_entities;
    OutboxRepository m_outbox;
    SyncStateRepository m_state;
    SnapshotSeenRepository m_seen;
    NoteStore m_notes;
    LocalClock m_clock;
    std::optional<sync::Hlc> m_newestSeen;
    std::optional<bool> m_outboxEmpty;
    // The page's rows that are in the store, by entity and id (readExistingRows), kept up to
    // date as the page is written.
    std::unordered_map<std::string, std::unordered_map<std::string, StoredRecord>> m_existing;
};

} // namespace

PullApplier::PullApplier(QSqlDatabase db, PhysicalClock physical)
    : m_db(std::move(db))
    , m_physical(std::move(physical))
{
}

fitflow::Result<PageCounts> PullApplier::apply(const std::string& orgId, const nlohmann::json& page,
                                               SnapshotTracking tracking)
{
    if (!page.is_object() || !page.contains("changes") || !page["changes"].is_array() ||
        !page.contains("cursor") || !page["cursor"].is_string()) {
        return invalidPage("a pull answer needs \"changes\" and \"cursor\"");
    }
    const bool snapshot = page.value("snapshot", false);
    const bool hasMore = page.value("has_more", false);
    // The page commits with its cursor without an fsync (DeferredSyncScope.h says why that is
    // safe); declared before the transaction so FULL is restored after it ends.
    auto deferredSync = DeferredSyncScope::begin(m_db);
    if (!deferredSync) {
        return deferredSync.error();
    }
    auto transaction = StoreTransaction::begin(m_db);
    if (!transaction) {
        return transaction.error();
    }
    PageWriter writer(m_db, m_physical);
    PageCounts counts;
    // Marks are kept for snapshot pages this run saw from the start, in this page's transaction,
    // unless the snapshot began with nothing of the organization in the store (a first pull):
    // then it has nothing to remove when it completes, and nothing to mark.
    bool marking = snapshot && tracking != SnapshotTracking::None;
    if (marking && tracking == SnapshotTracking::Start) {
        if (auto cleared = writer.seen().clear(orgId); !cleared) {
            return cleared.error();
        }
        auto hasRows = writer.seen().organizationHasRows(orgId);
        if (!hasRows) {
            return hasRows.error();
        }
        if (!*hasRows) {
            if (auto started = writer.seen().markStartedEmpty(orgId); !started) {
                return started.error();
            }
        }
    }
    if (marking) {
        auto startedEmpty = writer.seen().startedEmpty(orgId);
        if (!startedEmpty) {
            return startedEmpty.error();
        }
        marking = !*startedEmpty;
    }
    const auto markSeen = [&](const std::string& entity, const std::string& id) {
        return marking ? writer.seen().markSeen(orgId, entity, id) : fitflow::Status();
    };
    const nlohmann::json& changes = page["changes"];
    if (auto read = writer.readExistingRows(changes); !read) {
        return read.error();
    }
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const nlohmann::json& change = changes[i];
        const std::string path = "changes[" + std::to_string(i) + "]";
        if (!change.is_object() || !change.contains("entity") || !change["entity"].is_string() ||
            !change.contains("id") || !change["id"].is_string() ||
            !isCanonicalUuid(change["id"].get<std::string>())) {
            return invalidPage("a change needs an entity and a canonical id", path);
        }
        const std::string id = change["id"].get<std::string>();
        // Money rows are server state that replaces the local row (desktop/sync/money).
        if (const auto name = change["entity"].get<std::string>(); money::isMoneyEntity(name)) {
            if (auto applied = money::MoneyPullApplier(m_db).apply(orgId, change); !applied) {
                return withPathPrefix(applied.error(), path);
            }
            if (auto marked = markSeen(name, id); !marked) {
                return marked.error();
            }
            ++counts.applied;
            continue;
        }
        const EntitySpec* entity = findSyncedEntity(change["entity"].get<std::string>());
        if (entity == nullptr) {
            ++counts.skipped;
            continue;
        }
        if (auto applied = writer.applyChange(orgId, *entity, id, change); !applied) {
            return withPathPrefix(applied.error(), path);
        }
        if (auto marked = markSeen(entity->name, id); !marked) {
            return marked.error();
        }
        ++counts.applied;
    }
    if (auto removed =
            writer.removeListed(page.value("removed", nlohmann::json::array()), counts.removed);
        !removed) {
        return removed.error();
    }
    if (snapshot && !hasMore) {
        if (marking) {
            if (auto removed = writer.removeUnseen(orgId, m_db, counts.removed); !removed) {
                return removed.error();
            }
        }
        // The snapshot is over: its marks (or those of an interrupted one) are no longer needed.
        if (auto cleared = writer.seen().clear(orgId); !cleared) {
            return cleared.error();
        }
    }
    if (auto clock = writer.saveClock(); !clock) {
        return clock.error();
    }
    if (auto saved = writer.state().saveCursor(
            orgId, {page["cursor"].get<std::string>(), snapshot && hasMore});
        !saved) {
        return saved.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return counts;
}

} // namespace fitflow::desktop
