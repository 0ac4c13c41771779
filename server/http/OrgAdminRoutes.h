#pragma once
// Organization administration under /api/v1/orgs/{org_id}/...: locations, members, invitations
// (plus POST /api/v1/invitations/accept) and client-to-trainer assignments. Every handler
// resolves the actor first (401/404/403/429), then reads its body strictly (400 with path).
// PATCH /api/v1/orgs/{org_id} (owner only) sets or clears the GST/HST and QST registration
// numbers invoices print.

#include "server/http/RouteTable.h"
#include "server/http/TenantApi.h"
#include "server/service/orgadmin/ClientAssignmentService.h"
#include "server/service/orgadmin/InvitationService.h"
#include "server/service/orgadmin/LocationService.h"
#include "server/service/orgadmin/MemberService.h"
#include "server/service/orgadmin/TaxRegistrationService.h"

namespace fitflow::http {

struct OrgAdminServices {
    service::LocationService& locations;
    service::MemberService& members;
    service::InvitationService& invitations;
    service::ClientAssignmentService& assignments;
    service::TaxRegistrationService& taxRegistrations;
};

// `api` and `services` (and what they refer to) must outlive the server.
void addOrgAdminRoutes(RouteTable& routes, const TenantApi& api, const OrgAdminServices& services);

} // namespace fitflow::http
