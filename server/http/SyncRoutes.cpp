#include "server/http/SyncRoutes.h"

#include "server/http/BearerAuth.h"
#include "server/http/ErrorMapping.h"
#include "server/http/JsonResponse.h"
#include "server/http/RequestJson.h"

#include <nlohmann/json.hpp>

namespace fitflow::http {

namespace {

constexpr int kRetryAfterSeconds = 2;
const JsonLimits kPushLimits{.maxBytes = sync::kMaxPushBodyBytes, .maxDepth = 8};
const JsonLimits kPullLimits{.maxBytes = 16 * 1024, .maxDepth = 4};

void writeSyncError(httplib::Response& response, const Error& error)
{
    if (httpStatusFor(error.code) == 503) {
        response.set_header("Retry-After", std::to_string(kRetryAfterSeconds));
    }
    writeError(response, error);
}

void writePushOutcome(httplib::Response& response, const sync::PushOutcome& outcome)
{
    if (outcome.gap) {
        const Error gap = makeError("mutation_gap", "resend from mutation " +
                                                        std::to_string(outcome.lastMutationId + 1));
        auto body = nlohmann::json::parse(errorBody(gap));
        body["last_mutation_id"] = outcome.lastMutationId;
        writeJson(response, httpStatusFor(gap.code), body);
        return;
    }
    nlohmann::json rejections = nlohmann::json::array();
    for (const auto& rejection : outcome.rejections) {
        nlohmann::json item{{"mutation_id", rejection.mutationId},
                            {"code", rejection.code},
                            {"message", rejection.message}};
        if (!rejection.field.empty()) {
            item["field"] = rejection.field;
        }
        rejections.push_back(std::move(item));
    }
    writeJson(
        response, 200,
        {{"acknowledged_through", outcome.lastMutationId}, {"rejections", std::move(rejections)}});
}

} // namespace

void addSyncRoutes(RouteTable& routes, service::AuthService& auth, RateLimiter& perUser,
                   sync::SyncPushService& push, sync::SyncPullService& pull)
{
    routes.post("/api/v1/sync/push", [&auth, &perUser, &push](const httplib::Request& request,
                                                              httplib::Response& response) {
        response.set_header("Cache-Control", "no-store");
        const auto bearer = requireBearer(request, response, auth, perUser);
        if (!bearer) {
            return;
        }
        if (request.body.size() > sync::kMaxPushBodyBytes) {
            writeError(response, makeError("payload_too_large", "a push body is at most 256 KiB"));
            return;
        }
        const auto body = readRequestJsonObject(request, kPushLimits);
        if (!body) {
            writeError(response, body.error());
            return;
        }
        const auto outcome = push.push(*bearer, *body);
        if (!outcome) {
            writeSyncError(response, outcome.error());
            return;
        }
        writePushOutcome(response, *outcome);
    });
    routes.post("/api/v1/sync/pull", [&auth, &perUser, &pull](const httplib::Request& request,
                                                              httplib::Response& response) {
        response.set_header("Cache-Control", "no-store");
        const auto bearer = requireBearer(request, response, auth, perUser);
        if (!bearer) {
            return;
        }
        const auto body = readRequestJsonObject(request, kPullLimits);
        if (!body) {
            writeError(response, body.error());
            return;
        }
        const auto page = pull.pull(*bearer, *body);
        if (!page) {
            writeSyncError(response, page.error());
            return;
        }
        writeJson(response, 200, *page);
    });
}

} // namespace fitflow::http
