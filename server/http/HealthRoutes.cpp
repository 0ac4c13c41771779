#include "server/http/HealthRoutes.h"

#include "server/http/JsonResponse.h"

#include <nlohmann/json.hpp>

namespace fitflow::http {

void addHealthRoutes(RouteTable& routes, service::ReadinessService& readiness)
{
    routes.get("/healthz", [](const httplib::Request&, httplib::Response& response) {
        writeJson(response, 200, {{"status", "ok"}});
    });
    routes.get("/readyz", [&readiness](const httplib::Request&, httplib::Response& response) {
        const Status ready = readiness.check();
        if (!ready) {
            writeError(response, ready.error());
            return;
        }
        writeJson(response, 200, {{"status", "ready"}});
    });
}

} // namespace fitflow::http
