#pragma once
// Port: what the administrative commands (create-org, create-user) write with the migration
// owner's role, outside any request. Implemented by storage (PgProvisioningStore); each write
// appends its audit event in the same transaction.

#include "server/service/orgadmin/OrgAdminRecords.h"
#include "shared/core/Result.h"

#include <optional>
#include <string>

namespace fitflow::service {

struct NewOrganization {
    std::string id;
    std::string name;
    std::string kind; // "studio" or "practice"
    std::string province;
};

class ProvisioningStore {
public:
    virtual ~ProvisioningStore() = default;

    virtual Status createOrganization(const NewOrganization& organization) = 0;
    virtual Result<bool> organizationExists(const std::string& orgId) = 0;
    virtual Result<std::optional<std::string>> userIdForEmail(const std::string& email) = 0;
    // Creates `newUser` first when given, then the active membership of `userId` in `orgId`
    // (an ended one of the same role is reactivated). Returns the membership id.
    virtual Result<std::string> grantMembership(const std::string& orgId, const std::string& userId,
                                                const std::optional<NewUser>& newUser,
                                                const std::string& role,
                                                const std::string& newMembershipId) = 0;
};

} // namespace fitflow::service
