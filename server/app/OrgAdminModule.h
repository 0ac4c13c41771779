#pragma once
// The organization-administration API assembled for `serve`: its store on the application pool,
// the password policy new users get, and the four use cases its routes call.

#include "server/app/ServerConfig.h"
#include "server/http/OrgAdminRoutes.h"
#include "server/service/PasswordHasher.h"
#include "server/service/auth/PasswordPolicy.h"
#include "server/storage/ConnectionPool.h"
#include "server/storage/orgadmin/PgOrgAdminStore.h"

#include <chrono>

namespace fitflow::app {

// FITFLOW_INVITATION_TTL_HOURS (1..8760), default 168 (7 days). Error `invalid_config`.
Result<std::chrono::hours> loadInvitationTtl(const EnvLookup& env);

class OrgAdminModule {
public:
    // `pool` and `hasher` must outlive this.
    OrgAdminModule(storage::ConnectionPool& pool, const service::PasswordHasher& hasher,
                   std::chrono::hours invitationTtl);

    // Adds the routes; this module must outlive the server.
    void addRoutes(http::RouteTable& routes, const http::TenantApi& api);

private:
    storage::PgOrgAdminStore m_store;
    auth::PasswordPolicy m_passwordPolicy;
    service::LocationService m_locations;
    service::MemberService m_members;
    service::InvitationService m_invitations;
    service::ClientAssignmentService m_assignments;
    service::TaxRegistrationService m_taxRegistrations;
};

} // namespace fitflow::app
