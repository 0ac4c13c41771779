#include "server/http/DeviceRoutes.h"

#include "server/http/BearerAuth.h"
#include "server/http/JsonResponse.h"
#include "shared/codec/TextFormats.h"

#include <nlohmann/json.hpp>

namespace fitflow::http {

namespace {

nlohmann::json instantJson(std::chrono::sys_seconds instant)
{
    return formatUtcInstant(std::chrono::time_point_cast<std::chrono::milliseconds>(instant));
}

// `withOwner` adds user_id, which only the organization's list needs.
nlohmann::json devicesJson(const std::vector<service::DeviceRecord>& devices, bool withOwner)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& device : devices) {
        nlohmann::json item{{"id", device.id},
                            {"name", device.name},
                            {"registered_at", instantJson(device.registeredAt)},
                            {"revoked_at", device.revokedAt ? instantJson(*device.revokedAt)
                                                            : nlohmann::json(nullptr)}};
        if (withOwner) {
            item["user_id"] = device.userId;
        }
        list.push_back(std::move(item));
    }
    return {{"devices", std::move(list)}};
}

void writeDevices(httplib::Response& response,
                  const Result<std::vector<service::DeviceRecord>>& devices, bool withOwner)
{
    if (!devices) {
        writeError(response, devices.error());
        return;
    }
    writeJson(response, 200, devicesJson(*devices, withOwner));
}

// The device id capture, or nothing (404 written) when it cannot be an id.
std::optional<std::string> deviceIdFrom(const httplib::Request& request, std::size_t capture,
                                        httplib::Response& response)
{
    const std::string id = request.matches.size() > capture ? request.matches[capture].str() : "";
    if (!isUuidText(id)) {
        writeError(response, makeError("not_found", "no such resource"));
        return std::nullopt;
    }
    return id;
}

void writeRevoked(httplib::Response& response, const Status& revoked)
{
    if (!revoked) {
        writeError(response, revoked.error());
        return;
    }
    response.status = 204;
}

} // namespace

void addDeviceRoutes(RouteTable& routes, const TenantApi& api, service::DeviceService& devices)
{
    routes.get("/api/v1/devices",
               [api, &devices](const httplib::Request& request, httplib::Response& response) {
                   const auto caller = requireBearer(request, response, api.auth, api.perUser);
                   if (!caller) {
                       return;
                   }
                   writeDevices(response, devices.listOwn(*caller), false);
               });
    routes.post("/api/v1/devices/([^/]+)/revoke",
                [api, &devices](const httplib::Request& request, httplib::Response& response) {
                    const auto caller = requireBearer(request, response, api.auth, api.perUser);
                    if (!caller) {
                        return;
                    }
                    const auto deviceId = deviceIdFrom(request, 1, response);
                    if (!deviceId) {
                        return;
                    }
                    writeRevoked(response, devices.revokeOwn(*caller, *deviceId));
                });
    routes.get(orgRoute("/devices"), [api, &devices](const httplib::Request& request,
                                                     httplib::Response& response) {
        const auto actor = requireActor(request, response, api, Action::Read, Resource::Device);
        if (!actor) {
            return;
        }
        writeDevices(response, devices.listForOrganization(*actor), true);
    });
    routes.post(orgRoute("/devices/([^/]+)/revoke"),
                [api, &devices](const httplib::Request& request, httplib::Response& response) {
                    const auto actor =
                        requireActor(request, response, api, Action::Revoke, Resource::Device);
                    if (!actor) {
                        return;
                    }
                    const auto deviceId = deviceIdFrom(request, 2, response);
                    if (!deviceId) {
                        return;
                    }
                    writeRevoked(response, devices.revokeForOrganization(*actor, *deviceId));
                });
}

} // namespace fitflow::http
