#include "server/storage/MigrationPlan.h"

#include <algorithm>
#include <map>

namespace fitflow::storage {

Result<std::vector<Migration>> planPendingMigrations(const std::vector<Migration>& known,
                                                     const std::vector<AppliedMigration>& applied)
{
    std::map<int, const AppliedMigration*> appliedByVersion;
    for (const auto& row : applied) {
        appliedByVersion[row.version] = &row;
    }
    std::vector<Migration> pending;
    for (const auto& migration : known) {
        const auto found = appliedByVersion.find(migration.version);
        if (found == appliedByVersion.end()) {
            pending.push_back(migration);
            continue;
        }
        if (found->second->checksum != migration.checksum) {
            return makeError("migration_checksum_mismatch",
                             "migration " + std::to_string(migration.version) + " (" +
                                 migration.name +
                                 ") was changed after it was applied; add a new migration "
                                 "instead of editing an applied one",
                             std::to_string(migration.version));
        }
        appliedByVersion.erase(found);
    }
    if (!appliedByVersion.empty()) {
        const auto& unknown = *appliedByVersion.begin()->second;
        return makeError("migration_unknown",
                         "the database has migration " + std::to_string(unknown.version) + " (" +
                             unknown.name +
                             ") that this fitflow-server does not know; "
                             "it was migrated by a newer version",
                         std::to_string(unknown.version));
    }
    return pending;
}

} // namespace fitflow::storage
