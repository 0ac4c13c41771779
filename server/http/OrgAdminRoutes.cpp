#include "server/http/OrgAdminRoutes.h"

#include "server/http/ClientAssignmentRoutes.h"
#include "server/http/InvitationRoutes.h"
#include "server/http/LocationRoutes.h"
#include "server/http/MembershipRoutes.h"

namespace fitflow::http {

void addOrgAdminRoutes(RouteTable& routes, const TenantApi& api, const OrgAdminServices& services)
{
    addLocationRoutes(routes, api, services.locations);
    addMembershipRoutes(routes, api, services.members);
    addInvitationRoutes(routes, api, services.invitations);
    addClientAssignmentRoutes(routes, api, services.assignments);
}

} // namespace fitflow::http
