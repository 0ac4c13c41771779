#pragma once
// Port: the registered devices (desktop installs) of users, read for the device lists and
// revoked from them. Implemented by storage (PgDeviceStore). Every function is thread-safe.

#include "server/service/audit/AuditEvent.h"
#include "server/service/tenancy/Actor.h"
#include "shared/core/Result.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::service {

struct DeviceRecord {
    std::string id;
    std::string userId;
    std::string name;
    std::chrono::sys_seconds registeredAt{};
    std::optional<std::chrono::sys_seconds> revokedAt;
};

class DeviceStore {
public:
    virtual ~DeviceStore() = default;

    // Oldest first.
    virtual Result<std::vector<DeviceRecord>> devicesOfUser(const std::string& userId) = 0;
    // The devices of the active members of the actor's organization that row-level security
    // lets the actor see (its membership rows decide whose devices appear). Oldest first.
    virtual Result<std::vector<DeviceRecord>> devicesOfOrganization(const Actor& actor) = 0;
    virtual Result<std::optional<DeviceRecord>> findDevice(const std::string& deviceId) = 0;
    // Sets the revocation time (the database then revokes the device's refresh tokens) and
    // appends `event` in the same transaction; false (nothing written) when already revoked.
    virtual Result<bool> revokeDevice(const std::string& deviceId,
                                      const audit::AuditEvent& event) = 0;
};

} // namespace fitflow::service
