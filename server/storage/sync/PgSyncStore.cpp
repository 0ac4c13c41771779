#include "server/storage/sync/PgSyncStore.h"

#include "server/service/audit/AuditEvent.h"
#include "server/service/sync/RejectionField.h"
#include "server/storage/PgErrors.h"
#include "server/storage/TenantTransaction.h"
#include "server/storage/audit/PgAuditTrail.h"
#include "server/storage/sync/PgNoteHistoryWriter.h"
#include "server/storage/sync/PgRecordRunWriter.h"
#include "server/storage/sync/PgRecordWriter.h"
#include "server/storage/sync/PgSyncPageReader.h"
#include "server/storage/sync/money/PgMoneyOperations.h"

#include <pqxx/pqxx>

#include <set>
#include <span>

namespace fitflow::storage {

namespace {

using sync::DecodedMutation;
using sync::PendingMutation;
using sync::PushCommand;
using sync::PushOutcome;

constexpr std::string_view kLockNotAvailable = "55P03";
constexpr std::string_view kQueryCanceled = "57014";

// A failure worth retrying (503): nothing of the batch may be kept.
bool isTransient(const std::exception& exception)
{
    if (dynamic_cast<const pqxx::broken_connection*>(&exception) != nullptr ||
        dynamic_cast<const pqxx::transaction_rollback*>(&exception) != nullptr ||
        dynamic_cast<const pqxx::in_doubt_error*>(&exception) != nullptr) {
        return true;
    }
    const auto* sqlError = dynamic_cast<const pqxx::sql_error*>(&exception);
    return sqlError != nullptr &&
           (sqlError->sqlstate() == kLockNotAvailable || sqlError->sqlstate() == kQueryCanceled);
}

Error transientError(const std::exception& exception)
{
    if (dynamic_cast<const pqxx::broken_connection*>(&exception) != nullptr) {
        return makeError("database_unavailable", "the database is unavailable; retry later");
    }
    return makeError("database_busy", "the database is busy; retry later");
}

// The rejection a failed statement becomes (the message names no client data).
Error rejectionFor(const std::exception& exception)
{
    const Error error = errorFromException(exception, "apply");
    if (error.code == "database_permission_denied") {
        return makeError("forbidden", "not allowed for your role or this record");
    }
    if (error.code == "database_constraint_violation") {
        // The constraint's name (never a value) tells rejectionField which field broke it.
        const auto named = error.message.find("constraint \"");
        const std::string constraint =
            named == std::string::npos
                ? std::string()
                : error.message.substr(named + 12,
                                       error.message.find('"', named + 12) - (named + 12));
        return makeError("validation_failed",
                         "the change breaks a rule of the data (missing reference, duplicate "
                         "id, or a value out of range)",
                         sync::kConstraintPathPrefix + constraint);
    }
    return makeError("invalid_value", "the change cannot be stored");
}

std::string auditAction(const DecodedMutation& mutation)
{
    std::string operation = "write";
    if (const auto* record = std::get_if<sync::RecordMutation>(&mutation.change)) {
        if (record->operation == sync::RecordOperation::Delete) {
            operation = "delete";
        } else if (record->operation == sync::RecordOperation::Undelete) {
            operation = "undelete";
        }
    } else {
        const auto& note = std::get<sync::NoteMutation>(mutation.change);
        operation = std::holds_alternative<sync::NoteEdit>(note)        ? "edit"
                    : std::holds_alternative<sync::NoteSignature>(note) ? "sign"
                                                                        : "amend";
    }
    return "sync." + std::string(sync::entityName(mutation.entity)) + "." + operation;
}

audit::AuditEvent auditEventOf(const PushCommand& command, const DecodedMutation& mutation)
{
    return audit::AuditEvent{mutation.orgId,
                             command.userId,
                             command.deviceId,
                             auditAction(mutation),
                             std::string(sync::entityName(mutation.entity)),
                             mutation.entityId};
}

Status applyOne(pqxx::transaction_base& tx, const PushCommand& command,
                const DecodedMutation& mutation)
{
    const auto roles = command.rolesByOrg.find(mutation.orgId);
    if (roles == command.rolesByOrg.end()) {
        return makeError("not_found", "no such organization");
    }
    const SyncMutationActor actor{mutation.orgId, command.userId, command.deviceId, roles->second};
    Status applied;
    if (const auto* record = std::get_if<sync::RecordMutation>(&mutation.change)) {
        applied = applyRecordMutation(tx, actor, mutation.entity, mutation.entityId, *record);
    } else {
        applied = applyNoteMutation(tx, actor, mutation.entityId,
                                    std::get<sync::NoteMutation>(mutation.change));
    }
    if (!applied) {
        return applied;
    }
    appendAuditEvent(tx, auditEventOf(command, mutation));
    return {};
}

void recordRejection(pqxx::transaction_base& tx, const PushCommand& command,
                     const PendingMutation& pending, const Error& error, PushOutcome& outcome)
{
    const std::string orgId = command.rolesByOrg.contains(pending.orgId) ? pending.orgId : "";
    setTenantContext(tx, TenantContext{orgId, command.userId, ""});
    const std::string message = error.message.substr(0, 500);
    if (orgId.empty()) {
        tx.exec_params("INSERT INTO sync_rejections (device_id, mutation_id, code, message) "
                       "VALUES ($1, $2, $3, $4)",
                       command.deviceId, pending.id, error.code, message);
    } else {
        tx.exec_params("INSERT INTO sync_rejections (device_id, mutation_id, org_id, code, "
                       "message) VALUES ($1, $2, $3, $4, $5)",
                       command.deviceId, pending.id, orgId, error.code, message);
    }
    outcome.rejections.push_back(
        {pending.id, error.code, message, sync::rejectionField(error, pending)});
}

// One savepoint per mutation. A mutation's savepoint stays open until the next one opens: the
// release and the new savepoint go in one round trip. What it holds (the applied change, or the
// rejection row written after a rollback to it) is kept either way, and the commit keeps the last.
class MutationSavepoints {
public:
    explicit MutationSavepoints(pqxx::transaction_base& tx)
        : m_tx(tx)
    {
    }

    void open()
    {
        m_tx.exec(m_open ? "RELEASE SAVEPOINT sync_mutation; SAVEPOINT sync_mutation"
                         : "SAVEPOINT sync_mutation");
        m_open = true;
    }

    void rollBack() { m_tx.exec("ROLLBACK TO SAVEPOINT sync_mutation"); }

private:
    pqxx::transaction_base& m_tx;
    bool m_open = false;
};

// Applies `pending` under a savepoint; on a permanent failure rolls back to it and returns why.
// Plain SAVEPOINT statements: libpqxx 6's subtransaction did not recover the outer transaction
// after a failed statement.
Status applyUnderSavepoint(pqxx::transaction_base& tx, MutationSavepoints& savepoints,
                           const PushCommand& command, const PendingMutation& pending)
{
    if (!pending.decoded && !pending.moneyOperation) {
        return pending.error;
    }
    savepoints.open();
    try {
        auto applied = pending.moneyOperation
                           ? money::applyMoneyOperation(tx, command, *pending.moneyOperation)
                           : applyOne(tx, command, *pending.decoded);
        if (!applied) {
            savepoints.rollBack();
        }
        return applied;
    } catch (const std::exception& exception) {
        if (isTransient(exception)) {
            throw;
        }
        savepoints.rollBack();
        return rejectionFor(exception);
    }
}

// Applies one mutation on its own (under its savepoint) and records the outcome.
void applySingle(pqxx::transaction_base& tx, MutationSavepoints& savepoints,
                 const PushCommand& command, const PendingMutation& pending, PushOutcome& outcome)
{
    if (auto applied = applyUnderSavepoint(tx, savepoints, command, pending); !applied) {
        recordRejection(tx, command, pending, applied.error(), outcome);
    } else {
        ++outcome.applied;
    }
}

// The record write `pending` carries if it may join a set-based run, else nullptr.
const sync::RecordMutation* runnableWrite(const PushCommand& command,
                                          const PendingMutation& pending)
{
    if (!pending.decoded || !command.rolesByOrg.contains(pending.decoded->orgId) ||
        !runsInSets(pending.decoded->entity)) {
        return nullptr;
    }
    const auto* record = std::get_if<sync::RecordMutation>(&pending.decoded->change);
    return record != nullptr && record->operation == sync::RecordOperation::Write ? record
                                                                                  : nullptr;
}

// One past the last mutation of the run that starts at `first`: consecutive runnable writes of
// one organization and entity, each record id once (a second write of the same record starts a
// new run, so every write of a run reads the row as the mutations before it left it).
std::size_t runEnd(const PushCommand& command, std::size_t first)
{
    const auto& mutations = command.mutations;
    if (runnableWrite(command, mutations[first]) == nullptr) {
        return first + 1;
    }
    const auto& head = *mutations[first].decoded;
    std::set<std::string> ids{head.entityId};
    std::size_t end = first + 1;
    while (end < mutations.size() && runnableWrite(command, mutations[end]) != nullptr &&
           mutations[end].id == mutations[end - 1].id + 1) {
        const auto& next = *mutations[end].decoded;
        if (next.orgId != head.orgId || next.entity != head.entity ||
            !ids.insert(next.entityId).second) {
            break;
        }
        ++end;
    }
    return end;
}

// Applies a run with set-based statements under one savepoint, its audit events in one call.
// If the database refuses any of it, the run is rolled back and applied one mutation at a time,
// so a bad mutation is still rejected alone and never blocks the others.
void applyRun(pqxx::transaction_base& tx, MutationSavepoints& savepoints,
              const PushCommand& command, std::span<const PendingMutation> run,
              PushOutcome& outcome)
{
    const auto& head = *run.front().decoded;
    const SyncMutationActor actor{head.orgId, command.userId, command.deviceId,
                                  command.rolesByOrg.at(head.orgId)};
    std::vector<RecordRunWrite> writes;
    for (const auto& pending : run) {
        writes.push_back(
            {&pending.decoded->entityId, &std::get<sync::RecordMutation>(pending.decoded->change)});
    }
    savepoints.open();
    std::vector<Status> results;
    try {
        results = applyRecordRun(tx, actor, head.entity, writes);
        std::vector<audit::AuditEvent> events;
        for (std::size_t index = 0; index < run.size(); ++index) {
            if (results[index]) {
                events.push_back(auditEventOf(command, *run[index].decoded));
            }
        }
        appendAuditEvents(tx, events);
    } catch (const std::exception& exception) {
        if (isTransient(exception)) {
            throw;
        }
        savepoints.rollBack();
        for (const auto& pending : run) {
            applySingle(tx, savepoints, command, pending, outcome);
        }
        return;
    }
    for (std::size_t index = 0; index < run.size(); ++index) {
        if (results[index]) {
            ++outcome.applied;
        } else {
            recordRejection(tx, command, run[index], results[index].error(), outcome);
        }
    }
}

// The device's push state, locked for this transaction (no row: not registered yet, or another
// user's device, which its policy hides).
pqxx::result lockDeviceState(pqxx::transaction_base& tx, const std::string& deviceId)
{
    return tx.exec_params("SELECT last_mutation_id, resume_after_restore FROM sync_devices "
                          "WHERE device_id = $1 FOR UPDATE",
                          deviceId);
}

} // namespace

PgSyncStore::PgSyncStore(ConnectionPool& pool)
    : m_pool(pool)
{
}

Result<PushOutcome> PgSyncStore::push(const PushCommand& command)
{
    auto lease = m_pool.acquire();
    if (!lease) {
        return lease.error();
    }
    try {
        pqxx::work tx(lease->connection());
        // Generic plans: an organization that grew since the last ANALYZE looks like one row
        // to a custom plan, which then reads the batch's rows by scanning the whole
        // organization; a generic plan estimates any organization alike and probes the keys.
        tx.exec("SET LOCAL lock_timeout = '" + std::to_string(sync::kPushLockTimeout.count()) +
                "s'; SET LOCAL plan_cache_mode = force_generic_plan");
        const TenantContext deviceOwner{"", command.userId, ""};
        setTenantContext(tx, deviceOwner);
        // The device's row exists after its first push: one round trip, the insert only then.
        auto state = lockDeviceState(tx, command.deviceId);
        if (state.empty()) {
            tx.exec_params("INSERT INTO sync_devices (device_id) VALUES ($1) "
                           "ON CONFLICT (device_id) DO NOTHING",
                           command.deviceId);
            state = lockDeviceState(tx, command.deviceId);
        }
        if (state.empty()) {
            return makeError("forbidden", "this device is not yours");
        }
        PushOutcome outcome;
        std::int64_t last = state[0][0].as<std::int64_t>();
        // After `sync new-epoch` (restore from backup) the server may have lost ids the device
        // already dropped: its next push resumes at the oldest mutation it still holds.
        if (state[0][1].as<bool>() && !command.mutations.empty() &&
            command.mutations.front().id > last + 1) {
            last = command.mutations.front().id - 1;
        }
        MutationSavepoints savepoints(tx);
        const auto& mutations = command.mutations;
        for (std::size_t index = 0; index < mutations.size();) {
            const auto& pending = mutations[index];
            if (pending.id <= last) {
                ++index;
                continue; // applied by an earlier request: acknowledged again
            }
            if (pending.id != last + 1) {
                outcome.gap = true;
                outcome.lastMutationId = last;
                return outcome; // nothing applied: the transaction rolls back
            }
            const std::size_t end = runEnd(command, index);
            if (end - index > 1) {
                applyRun(tx, savepoints, command,
                         std::span<const PendingMutation>(mutations).subspan(index, end - index),
                         outcome);
            } else {
                applySingle(tx, savepoints, command, pending, outcome);
            }
            last = mutations[end - 1].id;
            index = end;
        }
        setTenantContext(tx, deviceOwner);
        tx.exec_params("UPDATE sync_devices SET last_mutation_id = $2, updated_at = now(), "
                       "resume_after_restore = false WHERE device_id = $1",
                       command.deviceId, last);
        tx.commit();
        outcome.lastMutationId = last;
        return outcome;
    } catch (const std::exception& exception) {
        if (isTransient(exception)) {
            return transientError(exception);
        }
        return errorFromException(exception, "sync push");
    }
}

Result<sync::PullRead> PgSyncStore::readPage(const sync::PullScope& scope,
                                             const sync::StartPosition& start, int limit)
{
    std::optional<Role> anyRole;
    for (const auto& [entity, role] : scope.readRoles) {
        anyRole = anyRole ? anyRole : role;
    }
    if (!anyRole) {
        return makeError("not_found", "no such resource");
    }
    auto lease = m_pool.acquire();
    if (!lease) {
        return lease.error();
    }
    try {
        pqxx::transaction<pqxx::isolation_level::repeatable_read> tx(lease->connection());
        setTenantContext(tx, TenantContext{scope.orgId, scope.userId,
                                           std::string(enumToName(kRoleNames, *anyRole))});
        const auto rows = tx.exec("SELECT version, epoch::text, tombstone_horizon, "
                                  "scope_generation FROM sync_state()");
        if (rows.empty()) {
            return makeError("not_found", "no such resource");
        }
        sync::PullRead read;
        read.state =
            sync::SyncOrgState{rows[0][0].as<std::int64_t>(), rows[0][1].as<std::string>(),
                               rows[0][2].as<std::int64_t>(), rows[0][3].as<std::int64_t>()};
        auto position = start(read.state);
        if (!position) {
            return position.error();
        }
        read.start = *position;
        read.rows = readPulledRows(tx, scope, read.start, limit + 1);
        tx.commit();
        // The audit event goes in its own short transaction: appending locks the audit chain
        // head, which a push committing meanwhile has changed, and in the snapshot transaction
        // that is a serialization failure (a pull answering 503 throughout a burst of pushes).
        // No page leaves without its audit event: a failed append fails the pull.
        pqxx::work auditTx(lease->connection());
        setTenantContext(auditTx, TenantContext{scope.orgId, scope.userId,
                                                std::string(enumToName(kRoleNames, *anyRole))});
        appendAuditEvent(auditTx, audit::AuditEvent{scope.orgId, scope.userId, scope.deviceId,
                                                    "sync.pull", "organization", scope.orgId});
        auditTx.commit();
        return read;
    } catch (const std::exception& exception) {
        if (isTransient(exception)) {
            return transientError(exception);
        }
        return errorFromException(exception, "sync pull");
    }
}

Result<sync::CursorKey> PgSyncStore::cursorKey(const sync::CursorKey& candidate)
{
    auto lease = m_pool.acquire();
    if (!lease) {
        return lease.error();
    }
    try {
        pqxx::work tx(lease->connection());
        const std::string candidateText(reinterpret_cast<const char*>(candidate.data()),
                                        candidate.size());
        const auto row =
            tx.exec_params1("SELECT sync_cursor_key($1)", pqxx::binarystring(candidateText));
        const pqxx::binarystring stored(row[0]);
        tx.commit();
        if (stored.size() != candidate.size()) {
            return makeError("internal_error", "the stored cursor key has the wrong size");
        }
        sync::CursorKey key{};
        std::copy(stored.data(), stored.data() + stored.size(), key.begin());
        return key;
    } catch (const std::exception& exception) {
        return errorFromException(exception, "load the sync cursor key");
    }
}

} // namespace fitflow::storage
