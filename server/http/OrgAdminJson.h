#pragma once
// The JSON shapes of the organization-administration API (docs/api.md) and the strict reading
// of its request bodies: content type, syntax, unknown fields and wrong types are 400/415 with
// the field's path before any use case runs.

#include "server/http/JsonResponse.h"
#include "server/http/RequestJson.h"
#include "server/service/orgadmin/OrgAdminRecords.h"
#include "shared/codec/JsonReader.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <string>

namespace fitflow::http {

// Admin bodies are a few short fields and id lists.
inline const JsonLimits kOrgAdminBodyLimits{.maxBytes = 64 * 1024, .maxDepth = 4};
inline constexpr std::size_t kMaxNameBytes = 200;

nlohmann::json locationJson(const service::LocationRecord& location);
nlohmann::json memberJson(const service::MemberRecord& member);
nlohmann::json invitationJson(const service::InvitationRecord& invitation);

// Reads the body of `request` as an object with `read` (see JsonReader).
template <typename F>
auto readBody(const httplib::Request& request, F&& read)
    -> Result<std::invoke_result_t<F, JsonReader&>>
{
    auto json = readRequestJsonObject(request, kOrgAdminBodyLimits);
    if (!json) {
        return json.error();
    }
    return readJsonObject(*json, std::forward<F>(read));
}

// `status` with toJson(value), or the error.
template <typename T, typename ToJson>
void writeResult(httplib::Response& response, int status, const Result<T>& result, ToJson&& toJson)
{
    if (!result) {
        writeError(response, result.error());
        return;
    }
    writeJson(response, status, toJson(result.value()));
}

// 204 without a body, or the error.
void writeNoContent(httplib::Response& response, const Status& status);

// The capture `index` of the route when it is a canonical uuid; else the 404 is written.
std::optional<std::string> uuidCapture(const httplib::Request& request, httplib::Response& response,
                                       std::size_t index);

} // namespace fitflow::http
