#pragma once
// ProvisioningStore on PostgreSQL with the migration owner's role (create-org, create-user).
// Row-level security is forced on the owner too, so each write runs under the organization's
// tenant context (organization isolation; no user or role: the command is the system actor).

#include "server/service/orgadmin/ProvisioningStore.h"

#include <string>

namespace fitflow::storage {

class PgProvisioningStore final : public service::ProvisioningStore {
public:
    explicit PgProvisioningStore(std::string ownerDatabaseUrl);

    Status createOrganization(const service::NewOrganization& organization) override;
    Result<bool> organizationExists(const std::string& orgId) override;
    Result<std::optional<std::string>> userIdForEmail(const std::string& email) override;
    Result<std::string> grantMembership(const std::string& orgId, const std::string& userId,
                                        const std::optional<service::NewUser>& newUser,
                                        const std::string& role,
                                        const std::string& newMembershipId) override;

private:
    std::string m_databaseUrl;
};

} // namespace fitflow::storage
