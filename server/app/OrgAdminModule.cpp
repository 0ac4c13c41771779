#include "server/app/OrgAdminModule.h"

#include <charconv>

namespace fitflow::app {

Result<std::chrono::hours> loadInvitationTtl(const EnvLookup& env)
{
    constexpr int kMaxHours = 24 * 365;
    const auto text = env("FITFLOW_INVITATION_TTL_HOURS");
    if (!text || text->empty()) {
        return service::kDefaultInvitationTtl;
    }
    int hours = 0;
    const auto [end, failure] = std::from_chars(text->data(), text->data() + text->size(), hours);
    if (failure != std::errc{} || end != text->data() + text->size() || hours < 1 ||
        hours > kMaxHours) {
        return makeError("invalid_config",
                         "FITFLOW_INVITATION_TTL_HOURS must be a whole number of hours, 1..8760");
    }
    return std::chrono::hours{hours};
}

OrgAdminModule::OrgAdminModule(storage::ConnectionPool& pool, const service::PasswordHasher& hasher,
                               std::chrono::hours invitationTtl)
    : m_store(pool)
    , m_locations(m_store)
    , m_members(m_store)
    , m_invitations(m_store, hasher, m_passwordPolicy, invitationTtl)
    , m_assignments(m_store)
    , m_taxRegistrations(m_store)
{
}

void OrgAdminModule::addRoutes(http::RouteTable& routes, const http::TenantApi& api)
{
    http::addOrgAdminRoutes(routes, api,
                            http::OrgAdminServices{m_locations, m_members, m_invitations,
                                                   m_assignments, m_taxRegistrations});
}

} // namespace fitflow::app
