#include "desktop/sync/PushBatch.h"

#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/StoreTransaction.h"
#include "desktop/storage/SyncIssueRepository.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/sync/money/MoneyPullApplier.h"

#include <algorithm>

namespace fitflow::desktop {

namespace {

// Room for the envelope {"schema_version":1,"mutations":[...]} and the commas.
constexpr std::size_t kEnvelopeBytes = 64;

nlohmann::json wireMutation(const OutboxEntry& entry)
{
    nlohmann::json mutation{{"id", entry.mutationId},
                            {"org_id", entry.orgId},
                            {"entity", entry.entity},
                            {"entity_id", entry.entityId}};
    mutation.update(entry.payload); // adds "change" or "note"
    return mutation;
}

// A rejected change must not outlive the rejection on this device: the local row is dropped
// (unless later changes to it still wait) and the organization is pulled from a snapshot, which
// brings back the server's version of the record.
fitflow::Status forgetRejectedChange(const QSqlDatabase& db, const OutboxEntry& entry)
{
    if (money::isMoneyEntity(entry.entity)) {
        if (auto forgotten = money::forgetRejectedMoneyOperation(db, entry.entity, entry.entityId);
            !forgotten) {
            return forgotten;
        }
        return SyncStateRepository(db).dropCursor(entry.orgId);
    }
    const EntitySpec* entity = findSyncedEntity(entry.entity);
    if (entity == nullptr) {
        return {};
    }
    auto pending = OutboxRepository(db).pendingFor(entry.entity, entry.entityId);
    if (!pending) {
        return pending.error();
    }
    if (pending->empty()) {
        if (auto removed = EntityRepository(db).removeRow(*entity, entry.entityId); !removed) {
            return removed;
        }
    }
    return SyncStateRepository(db).dropCursor(entry.orgId);
}

} // namespace

PushBatch PushBatch::fromEntries(const std::vector<OutboxEntry>& pending, std::size_t maxBytes)
{
    PushBatch batch;
    std::size_t bytes = kEnvelopeBytes;
    for (const OutboxEntry& entry : pending) {
        nlohmann::json mutation = wireMutation(entry);
        const std::size_t size = mutation.dump().size() + 1;
        if (!batch.m_mutations.empty() && bytes + size > maxBytes) {
            break;
        }
        bytes += size;
        batch.m_entries.push_back(entry);
        batch.m_mutations.push_back(std::move(mutation));
    }
    return batch;
}

nlohmann::json PushBatch::body(int schemaVersion) const
{
    return {{"schema_version", schemaVersion}, {"mutations", m_mutations}};
}

qint64 PushBatch::firstId() const
{
    return m_entries.empty() ? 0 : m_entries.front().mutationId;
}

qint64 PushBatch::lastId() const
{
    return m_entries.empty() ? 0 : m_entries.back().mutationId;
}

fitflow::Result<PushAcknowledgement> PushBatch::acknowledge(const QSqlDatabase& db,
                                                            const nlohmann::json& answer) const
{
    const auto through =
        answer.is_object() ? answer.value("acknowledged_through", qint64{0}) : qint64{0};
    if (through < firstId()) {
        return makeError("invalid_answer", "the server acknowledged none of the pushed batch");
    }
    auto transaction = StoreTransaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    PushAcknowledgement result;
    for (const OutboxEntry& entry : m_entries) {
        if (entry.mutationId <= through) {
            ++result.acknowledged;
        }
    }
    if (auto removed = OutboxRepository(db).removeThrough(through); !removed) {
        return removed.error();
    }
    SyncIssueRepository issues(db);
    for (const nlohmann::json& rejection : answer.value("rejections", nlohmann::json::array())) {
        const qint64 mutationId = rejection.value("mutation_id", qint64{0});
        const auto entry = std::find_if(m_entries.begin(), m_entries.end(),
                                        [&](const auto& e) { return e.mutationId == mutationId; });
        if (entry == m_entries.end()) {
            continue; // not one of ours (a repeated batch answers earlier ids again)
        }
        if (auto stored = issues.addRejection(
                {mutationId, entry->orgId, entry->entity, entry->entityId,
                 rejection.value("code", std::string{}), rejection.value("message", std::string{}),
                 rejection.value("field", std::string{})});
            !stored) {
            return stored.error();
        }
        if (auto forgotten = forgetRejectedChange(db, *entry); !forgotten) {
            return forgotten.error();
        }
        ++result.rejected;
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return result;
}

} // namespace fitflow::desktop
