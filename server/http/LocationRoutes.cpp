#include "server/http/LocationRoutes.h"

#include "server/http/OrgAdminJson.h"

namespace fitflow::http {

namespace {

nlohmann::json locationListJson(const std::vector<service::LocationRecord>& locations)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& location : locations) {
        list.push_back(locationJson(location));
    }
    return {{"locations", std::move(list)}};
}

// Each address part: absent (nothing), null (none / clear it) or a string, which the service
// checks and normalises with the shared rules.
struct AddressParts {
    std::optional<std::optional<std::string>> street;
    std::optional<std::optional<std::string>> city;
    std::optional<std::optional<std::string>> postalCode;
};

AddressParts readAddressParts(JsonReader& r, const nlohmann::json& body)
{
    const auto read = [&](const char* key) -> std::optional<std::optional<std::string>> {
        if (!body.contains(key)) {
            return std::nullopt;
        }
        return r.has(key) ? std::optional<std::string>(r.string(key)) : std::nullopt;
    };
    AddressParts parts;
    parts.street = read("street");
    parts.city = read("city");
    parts.postalCode = read("postal_code");
    return parts;
}

// Reads the body of `request` with `read(reader, body)`.
template <typename F>
auto readLocationBody(const httplib::Request& request, F&& read)
    -> Result<std::invoke_result_t<F, JsonReader&, const nlohmann::json&>>
{
    auto json = readRequestJsonObject(request, kOrgAdminBodyLimits);
    if (!json) {
        return json.error();
    }
    const nlohmann::json& body = *json;
    return readJsonObject(body, [&](JsonReader& r) { return read(r, body); });
}

Result<service::LocationDraft> readDraft(const httplib::Request& request)
{
    return readLocationBody(request, [](JsonReader& r, const nlohmann::json& body) {
        service::LocationDraft draft;
        draft.name = r.label("name", kMaxNameBytes);
        draft.province = r.string("province");
        draft.timeZone = r.string("time_zone");
        const AddressParts parts = readAddressParts(r, body);
        draft.address = service::LocationAddress{parts.street.value_or(std::nullopt),
                                                 parts.city.value_or(std::nullopt),
                                                 parts.postalCode.value_or(std::nullopt)};
        return draft;
    });
}

Result<service::LocationPatch> readPatch(const httplib::Request& request)
{
    return readLocationBody(request, [](JsonReader& r, const nlohmann::json& body) {
        service::LocationPatch patch;
        if (r.has("name")) {
            patch.name = r.label("name", kMaxNameBytes);
        }
        if (r.has("province")) {
            patch.province = r.string("province");
        }
        if (r.has("time_zone")) {
            patch.timeZone = r.string("time_zone");
        }
        AddressParts parts = readAddressParts(r, body);
        patch.street = std::move(parts.street);
        patch.city = std::move(parts.city);
        patch.postalCode = std::move(parts.postalCode);
        return patch;
    });
}

} // namespace

void addLocationRoutes(RouteTable& routes, const TenantApi& api,
                       service::LocationService& locations)
{
    routes.get(orgRoute("/locations"), [api, &locations](const httplib::Request& request,
                                                         httplib::Response& response) {
        const auto actor = requireActor(request, response, api, Action::Read, Resource::Location);
        if (actor) {
            writeResult(response, 200, locations.list(*actor), locationListJson);
        }
    });
    routes.post(orgRoute("/locations"), [api, &locations](const httplib::Request& request,
                                                          httplib::Response& response) {
        const auto actor = requireActor(request, response, api, Action::Create, Resource::Location);
        if (!actor) {
            return;
        }
        const auto draft = readDraft(request);
        if (!draft) {
            writeError(response, draft.error());
            return;
        }
        writeResult(response, 201, locations.create(*actor, *draft), locationJson);
    });
    routes.patch(orgRoute("/locations/([^/]+)"), [api, &locations](const httplib::Request& request,
                                                                   httplib::Response& response) {
        const auto actor = requireActor(request, response, api, Action::Update, Resource::Location);
        if (!actor) {
            return;
        }
        const auto locationId = uuidCapture(request, response, 2);
        if (!locationId) {
            return;
        }
        const auto patch = readPatch(request);
        if (!patch) {
            writeError(response, patch.error());
            return;
        }
        writeResult(response, 200, locations.update(*actor, *locationId, *patch), locationJson);
    });
}

} // namespace fitflow::http
