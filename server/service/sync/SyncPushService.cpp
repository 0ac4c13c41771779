#include "server/service/sync/SyncPushService.h"

#include "server/service/sync/StampClamp.h"

namespace fitflow::sync {

Instant systemNow()
{
    return std::chrono::time_point_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now());
}

SyncPushService::SyncPushService(SyncStore& store, service::IdentityStore& identities,
                                 ServerClock clock)
    : m_store(store)
    , m_identities(identities)
    , m_clock(std::move(clock))
{
}

Result<PushOutcome> SyncPushService::push(const auth::AccessTokenClaims& bearer,
                                          const nlohmann::json& body)
{
    if (!bearer.deviceId) {
        return makeError("device_required", "sync needs a token issued to a device: log in "
                                            "with a device_id");
    }
    auto envelopes = parsePushBatch(body);
    if (!envelopes) {
        return envelopes.error();
    }
    const auto profile = m_identities.findProfile(bearer.subject);
    if (!profile) {
        return profile.error();
    }
    if (!*profile) {
        return makeError("unauthenticated", "the user of this token no longer exists");
    }
    PushCommand command;
    command.userId = bearer.subject;
    command.deviceId = *bearer.deviceId;
    for (const auto& membership : (*profile)->memberships) {
        if (const auto role = enumFromName(kRoleNames, membership.role)) {
            command.rolesByOrg[membership.orgId].push_back(*role);
        }
    }
    const Instant now = m_clock();
    for (const auto& envelope : *envelopes) {
        PendingMutation pending;
        pending.id = envelope.id;
        if (const auto org = envelope.body.find("org_id");
            org != envelope.body.end() && org->is_string()) {
            pending.orgId = org->get<std::string>();
        }
        if (money::isMoneyMutation(envelope.body)) {
            if (auto operation = money::decodeMoneyOperation(envelope.body)) {
                pending.moneyOperation = std::move(*operation);
            } else {
                pending.error = operation.error();
            }
            command.mutations.push_back(std::move(pending));
            continue;
        }
        auto decoded = decodeMutation(envelope);
        if (!decoded) {
            pending.error = decoded.error();
        } else {
            if (auto* record = std::get_if<RecordMutation>(&decoded->change)) {
                clampRecordMutation(*record, now);
            }
            pending.decoded = std::move(*decoded);
        }
        command.mutations.push_back(std::move(pending));
    }
    return m_store.push(command);
}

} // namespace fitflow::sync
