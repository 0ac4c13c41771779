#include "server/service/DeviceService.h"

#include "shared/permissions/PermissionMatrix.h"

#include <algorithm>

namespace fitflow::service {

namespace {

Error noSuchDevice()
{
    return makeError("not_found", "no such resource");
}

// A member's device belongs to the organization's scope; the actor's own is also Own.
Relation relationTo(const Actor& actor, const DeviceRecord& device)
{
    Relation relation{Scope::Organization};
    return device.userId == actor.userId ? relation.with(Scope::Own) : relation;
}

} // namespace

DeviceService::DeviceService(DeviceStore& store)
    : m_store(store)
{
}

Result<std::vector<DeviceRecord>> DeviceService::listOwn(const auth::AccessTokenClaims& caller)
{
    return m_store.devicesOfUser(caller.subject);
}

Status DeviceService::revokeOwn(const auth::AccessTokenClaims& caller, const std::string& deviceId)
{
    auto device = m_store.findDevice(deviceId);
    if (!device) {
        return device.error();
    }
    if (!*device || (*device)->userId != caller.subject) {
        return noSuchDevice();
    }
    return revoke(**device, audit::AuditEvent{.orgId = std::nullopt,
                                              .actorUserId = caller.subject,
                                              .deviceId = caller.deviceId,
                                              .action = "device.revoked",
                                              .objectType = "device",
                                              .objectId = deviceId});
}

Result<std::vector<DeviceRecord>> DeviceService::listForOrganization(const Actor& actor)
{
    auto devices = m_store.devicesOfOrganization(actor);
    if (!devices) {
        return devices.error();
    }
    std::erase_if(*devices, [&actor](const DeviceRecord& device) {
        return !isAllowed(actor.role, Action::Read, Resource::Device, relationTo(actor, device));
    });
    return devices;
}

Status DeviceService::revokeForOrganization(const Actor& actor, const std::string& deviceId)
{
    auto devices = m_store.devicesOfOrganization(actor);
    if (!devices) {
        return devices.error();
    }
    const auto device = std::ranges::find(*devices, deviceId, &DeviceRecord::id);
    if (device == devices->end() ||
        !isAllowed(actor.role, Action::Read, Resource::Device, relationTo(actor, *device))) {
        return noSuchDevice();
    }
    if (!isAllowed(actor.role, Action::Revoke, Resource::Device, relationTo(actor, *device))) {
        return makeError("forbidden", "your role in this organization does not allow this");
    }
    return revoke(*device, audit::AuditEvent{.orgId = actor.orgId,
                                             .actorUserId = actor.userId,
                                             .deviceId = actor.deviceId,
                                             .action = "device.revoked",
                                             .objectType = "device",
                                             .objectId = deviceId});
}

Status DeviceService::revoke(const DeviceRecord& device, audit::AuditEvent event)
{
    if (device.revokedAt) {
        return {};
    }
    auto revoked = m_store.revokeDevice(device.id, event);
    if (!revoked) {
        return revoked.error();
    }
    return {};
}

} // namespace fitflow::service
