#include "server/http/MeRoutes.h"

#include "server/http/BearerAuth.h"
#include "server/http/JsonResponse.h"
#include "server/http/TaxRegistrationsJson.h"

namespace fitflow::http {

void addMeRoutes(RouteTable& routes, service::AuthService& auth, RateLimiter& perUser,
                 service::UserTaxRegistrationService& registrations)
{
    routes.patch("/api/v1/me/tax-registrations",
                 [&auth, &perUser, &registrations](const httplib::Request& request,
                                                   httplib::Response& response) {
                     const auto claims = requireBearer(request, response, auth, perUser);
                     if (!claims) {
                         return;
                     }
                     const auto patch = readTaxRegistrationsPatch(request);
                     if (!patch) {
                         writeError(response, patch.error());
                         return;
                     }
                     const auto updated = registrations.update(*claims, *patch);
                     if (!updated) {
                         writeError(response, updated.error());
                         return;
                     }
                     writeJson(response, 200, taxRegistrationMembers(*updated));
                 });
}

} // namespace fitflow::http
