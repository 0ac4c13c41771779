#include "server/http/ErrorMapping.h"

#include <nlohmann/json.hpp>

#include <array>
#include <utility>

namespace fitflow::http {

namespace {

struct CodeStatus {
    std::string_view code;
    int status;
};

constexpr std::array<CodeStatus, 43> kStatusByCode{{
    {"bad_request", 400},
    {"invalid_json", 400},
    {"invalid_argument", 400},
    {"validation_failed", 400},
    {"out_of_range", 400},
    {"missing_field", 400},
    {"wrong_type", 400},
    {"unknown_field", 400},
    {"invalid_value", 400},
    {"unauthenticated", 401},
    {"invalid_credentials", 401},
    {"mfa_required", 401},
    {"device_revoked", 401},
    {"token_malformed", 401},
    {"token_alg_none", 401},
    {"token_alg_unsupported", 401},
    {"token_kid_unknown", 401},
    {"token_signature_invalid", 401},
    {"token_expired", 401},
    {"token_not_yet_valid", 401},
    {"token_lifetime_invalid", 401},
    {"token_audience_invalid", 401},
    {"token_issuer_invalid", 401},
    {"token_use_invalid", 401},
    {"forbidden", 403},
    {"not_found", 404},
    {"method_not_allowed", 405},
    {"conflict", 409},
    {"invitation_invalid", 410},
    {"payload_too_large", 413},
    {"uri_too_long", 414},
    {"unsupported_media_type", 415},
    {"device_required", 403},
    {"invalid_cursor", 400},
    {"schema_unsupported", 400},
    {"mutation_gap", 409},
    {"resync_required", 409},
    {"reset", 409},
    {"rate_limited", 429},
    {"not_ready", 503},
    {"database_unavailable", 503},
    {"database_busy", 503},
    {"shutting_down", 503},
}};

} // namespace

int httpStatusFor(std::string_view code)
{
    for (const auto& entry : kStatusByCode) {
        if (entry.code == code) {
            return entry.status;
        }
    }
    return 500;
}

std::string errorBody(const Error& error)
{
    const bool unexpected = httpStatusFor(error.code) == 500;
    nlohmann::json inner{
        {"code", unexpected ? std::string("internal_error") : error.code},
        {"message", unexpected ? std::string("internal server error") : error.message},
    };
    if (!unexpected && !error.path.empty()) {
        inner["path"] = error.path;
    }
    return nlohmann::json{{"error", std::move(inner)}}.dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Error errorForStatus(int status)
{
    switch (status) {
    case 400:
        return makeError("bad_request", "the request is malformed");
    case 404:
        return makeError("not_found", "no such resource");
    case 405:
        return makeError("method_not_allowed", "this method is not allowed on this resource");
    case 413:
        return makeError("payload_too_large", "the request body is too large");
    case 414:
        return makeError("uri_too_long", "the request URI is too long");
    case 416:
        return makeError("bad_request", "the requested range cannot be satisfied");
    case 503:
        return makeError("not_ready", "the service is unavailable");
    default:
        if (status >= 400 && status < 500) {
            return makeError("bad_request", "the request cannot be served");
        }
        return makeError("internal_error", "internal server error");
    }
}

} // namespace fitflow::http
