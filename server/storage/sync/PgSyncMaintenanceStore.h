#pragma once
// SyncMaintenanceStore on PostgreSQL with the migration owner's role
// (FITFLOW_MIGRATION_DATABASE_URL). Row-level security is forced on the owner: it lists
// organizations through the operator policy of migration 0008 and works inside each one's tenant
// context. One connection per call.

#include "server/service/sync/SyncMaintenance.h"

namespace fitflow::storage {

class PgSyncMaintenanceStore final : public sync::SyncMaintenanceStore {
public:
    explicit PgSyncMaintenanceStore(std::string ownerDatabaseUrl);

    Result<std::vector<sync::EpochRenewal>> renewEpochs() override;
    Result<std::vector<sync::TombstonePurge>> purgeTombstones(Instant cutoff) override;

private:
    std::string m_databaseUrl;
};

} // namespace fitflow::storage
