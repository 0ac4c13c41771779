#include "server/storage/sync/PgSyncMaintenanceStore.h"

#include "server/storage/PgErrors.h"
#include "server/storage/TenantTransaction.h"
#include "server/storage/audit/PgAuditTrail.h"

#include <pqxx/pqxx>

#include <algorithm>

namespace fitflow::storage {

namespace {

constexpr std::string_view kForeignKeyViolation = "23503";

// Every organization, through migration 0008's operator policy (this transaction only).
std::vector<std::string> allOrganizations(pqxx::transaction_base& tx)
{
    tx.exec("SELECT set_config('fitflow.operator', 'sync', true)");
    std::vector<std::string> ids;
    for (const auto& row : tx.exec("SELECT id::text FROM organizations ORDER BY id")) {
        ids.push_back(row[0].as<std::string>());
    }
    return ids;
}

void enterOrganization(pqxx::transaction_base& tx, const std::string& orgId)
{
    setTenantContext(tx, TenantContext{.orgId = orgId, .userId = "", .role = ""});
}

void auditOperatorChange(pqxx::transaction_base& tx, const std::string& orgId, std::string action)
{
    appendAuditEvent(tx, audit::AuditEvent{.orgId = orgId,
                                           .actorUserId = std::nullopt,
                                           .deviceId = std::nullopt,
                                           .action = std::move(action),
                                           .objectType = "organization",
                                           .objectId = orgId});
}

// Deletes one tombstoned row unless another row still references it (then it stays, counted
// as kept). Plain SAVEPOINTs: libpqxx 6's subtransaction does not recover after a failure.
bool deleteUnlessReferenced(pqxx::transaction_base& tx, const std::string& table,
                            const std::string& orgId, const std::string& id)
{
    tx.exec("SAVEPOINT purge_row");
    try {
        tx.exec_params("DELETE FROM " + table + " WHERE org_id = $1 AND id = $2::uuid", orgId, id);
        tx.exec("RELEASE SAVEPOINT purge_row");
        return true;
    } catch (const pqxx::sql_error& error) {
        if (error.sqlstate() != kForeignKeyViolation) {
            throw;
        }
        tx.exec("ROLLBACK TO SAVEPOINT purge_row");
        return false;
    }
}

// Purges one table's old tombstones of the current organization; returns how many went and
// raises `newestPurged` to the highest version among them.
std::int64_t purgeTable(pqxx::transaction_base& tx, const std::string& table,
                        const std::string& orgId, std::int64_t cutoffMilliseconds,
                        std::int64_t& kept, std::int64_t& newestPurged)
{
    // The first 12 hex digits of an HLC stamp are its wall-clock milliseconds.
    const pqxx::result candidates = tx.exec_params(
        "SELECT id::text, server_version FROM " + table +
            " WHERE org_id = $1 AND deleted AND ('x' || lpad(left(deleted_stamp, 12), 16, "
            "'0'))::bit(64)::bigint < $2 ORDER BY server_version, id",
        orgId, cutoffMilliseconds);
    std::int64_t purged = 0;
    for (const auto& row : candidates) {
        if (deleteUnlessReferenced(tx, table, orgId, row[0].as<std::string>())) {
            ++purged;
            newestPurged = std::max(newestPurged, row[1].as<std::int64_t>());
        } else {
            ++kept;
        }
    }
    return purged;
}

} // namespace

PgSyncMaintenanceStore::PgSyncMaintenanceStore(std::string ownerDatabaseUrl)
    : m_databaseUrl(std::move(ownerDatabaseUrl))
{
}

Result<std::vector<sync::EpochRenewal>> PgSyncMaintenanceStore::renewEpochs()
{
    try {
        pqxx::connection connection(m_databaseUrl);
        pqxx::work tx(connection);
        std::vector<sync::EpochRenewal> renewals;
        for (const std::string& orgId : allOrganizations(tx)) {
            enterOrganization(tx, orgId);
            const pqxx::row epoch = tx.exec_params1(
                "INSERT INTO sync_org_state AS s (org_id, epoch) VALUES ($1, gen_random_uuid()) "
                "ON CONFLICT (org_id) DO UPDATE SET epoch = EXCLUDED.epoch "
                "RETURNING s.epoch::text",
                orgId);
            auditOperatorChange(tx, orgId, "sync.epoch_renewed");
            renewals.push_back({orgId, epoch[0].as<std::string>()});
        }
        // sync_devices is not forced under row-level security: the owner reaches every device.
        tx.exec("UPDATE sync_devices SET resume_after_restore = true");
        tx.commit();
        return renewals;
    } catch (...) {
        return errorFromCurrentException("renew sync epochs");
    }
}

Result<std::vector<sync::TombstonePurge>> PgSyncMaintenanceStore::purgeTombstones(Instant cutoff)
{
    const std::int64_t cutoffMilliseconds = cutoff.time_since_epoch().count();
    try {
        pqxx::connection connection(m_databaseUrl);
        pqxx::work tx(connection);
        std::vector<sync::TombstonePurge> purges;
        for (const std::string& orgId : allOrganizations(tx)) {
            enterOrganization(tx, orgId);
            sync::TombstonePurge purge{.orgId = orgId};
            std::int64_t newestPurged = 0;
            // Sessions first: a purged session may be the last reference to a purged client.
            purge.sessionsPurged =
                purgeTable(tx, "sessions", orgId, cutoffMilliseconds, purge.kept, newestPurged);
            purge.clientsPurged =
                purgeTable(tx, "clients", orgId, cutoffMilliseconds, purge.kept, newestPurged);
            purge.tombstoneHorizon =
                tx.exec_params1(
                      "INSERT INTO sync_org_state AS s (org_id, tombstone_horizon) "
                      "VALUES ($1, $2) ON CONFLICT (org_id) DO UPDATE SET tombstone_horizon = "
                      "greatest(s.tombstone_horizon, EXCLUDED.tombstone_horizon) "
                      "RETURNING s.tombstone_horizon",
                      orgId, newestPurged)[0]
                    .as<std::int64_t>();
            auditOperatorChange(tx, orgId, "sync.tombstones_purged");
            purges.push_back(purge);
        }
        tx.commit();
        return purges;
    } catch (...) {
        return errorFromCurrentException("purge sync tombstones");
    }
}

} // namespace fitflow::storage
