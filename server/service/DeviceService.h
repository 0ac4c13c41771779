#pragma once
// Devices as their users and organization owners see them: list, and revoke (a revoked device's
// access and refresh tokens stop working at once). A device the caller may not see answers like
// one that does not exist (`not_found`). Every revocation is audited as `device.revoked`.
// Thread-safe: the store is.

#include "server/service/DeviceStore.h"
#include "server/service/auth/AccessTokenClaims.h"
#include "server/service/tenancy/Actor.h"

#include <vector>

namespace fitflow::service {

class DeviceService {
public:
    explicit DeviceService(DeviceStore& store); // `store` must outlive this

    Result<std::vector<DeviceRecord>> listOwn(const auth::AccessTokenClaims& caller);
    // Errors: `not_found` (unknown, or another user's device). Revoking twice is not an error.
    Status revokeOwn(const auth::AccessTokenClaims& caller, const std::string& deviceId);

    // The devices of the organization's members that the actor may read (an owner: all; a
    // trainer: their own). Errors: storage errors.
    Result<std::vector<DeviceRecord>> listForOrganization(const Actor& actor);
    // Errors: `not_found` (unknown, not a member's, or not readable by the actor), `forbidden`
    // (readable but the role may not revoke it).
    Status revokeForOrganization(const Actor& actor, const std::string& deviceId);

private:
    Status revoke(const DeviceRecord& device, audit::AuditEvent event);

    DeviceStore& m_store;
};

} // namespace fitflow::service
