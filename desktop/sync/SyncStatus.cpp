#include "desktop/sync/SyncStatus.h"

#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/SyncIssueRepository.h"
#include "desktop/storage/SyncStateRepository.h"

namespace fitflow::desktop {

fitflow::Result<nlohmann::json> readSyncStatus(const QSqlDatabase& db)
{
    auto pending = OutboxRepository(db).pendingCount();
    if (!pending) {
        return pending.error();
    }
    SyncIssueRepository issues(db);
    auto rejections = issues.rejections();
    if (!rejections) {
        return rejections.error();
    }
    auto conflicts = issues.conflicts();
    if (!conflicts) {
        return conflicts.error();
    }
    auto account = SyncStateRepository(db).account();
    if (!account) {
        return account.error();
    }
    nlohmann::json status{{"pending", *pending},
                          {"rejections", nlohmann::json::array()},
                          {"conflicts", nlohmann::json::array()},
                          {"server", *account ? nlohmann::json((*account)->serverUrl) : nullptr},
                          {"logged_in", *account && !(*account)->refreshToken.empty()}};
    for (const SyncRejection& rejection : *rejections) {
        status["rejections"].push_back({{"mutation_id", rejection.mutationId},
                                        {"org_id", rejection.orgId},
                                        {"entity", rejection.entity},
                                        {"entity_id", rejection.entityId},
                                        {"code", rejection.code},
                                        {"message", rejection.message}});
        if (!rejection.field.empty()) {
            status["rejections"].back()["field"] = rejection.field;
        }
    }
    for (const SyncConflict& conflict : *conflicts) {
        status["conflicts"].push_back(
            {{"entity", conflict.entity}, {"entity_id", conflict.entityId}});
    }
    return status;
}

} // namespace fitflow::desktop
