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

Result<service::LocationDraft> readDraft(const httplib::Request& request)
{
    return readBody(request, [](JsonReader& r) {
        service::LocationDraft draft;
        draft.name = r.label("name", kMaxNameBytes);
        draft.province = r.string("province");
        draft.timeZone = r.string("time_zone");
        return draft;
    });
}

Result<service::LocationPatch> readPatch(const httplib::Request& request)
{
    return readBody(request, [](JsonReader& r) {
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
