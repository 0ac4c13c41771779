#pragma once
// The use cases behind `fitflow-server create-org` and `create-user`: a new organization with a
// validated name, kind and province; a user gaining a membership, created first (password
// policy, Argon2id) when the email is new. The password is asked for only then.

#include "server/service/PasswordHasher.h"
#include "server/service/auth/PasswordPolicy.h"
#include "server/service/orgadmin/ProvisioningStore.h"

#include <functional>
#include <optional>
#include <string>

namespace fitflow::service {

struct OrganizationDraft {
    std::string name;
    std::string province;
    std::string kind = "studio";
};

struct UserGrant {
    std::string email;
    std::string orgId;
    std::string role;
    std::optional<std::string> displayName;
};

struct ProvisionedUser {
    std::string userId;
    std::string membershipId;
    bool created = false; // false: an existing user gained the membership
};

// Supplies the new user's password (environment or stdin); called at most once.
using PasswordSource = std::function<Result<std::string>()>;

class AdminProvisioning {
public:
    // All references must outlive this.
    AdminProvisioning(ProvisioningStore& store, const PasswordHasher& hasher,
                      const auth::PasswordPolicy& policy);

    // The new organization's id. Errors: `invalid_value` (path name, province or kind).
    Result<std::string> createOrganization(const OrganizationDraft& draft);
    // Errors: `invalid_value` (email, role, org, password), `not_found` (no such organization).
    Result<ProvisionedUser> grant(const UserGrant& request, const PasswordSource& password);

private:
    Result<NewUser> newUser(const UserGrant& request, const std::string& email,
                            const PasswordSource& password);

    ProvisioningStore& m_store;
    const PasswordHasher& m_hasher;
    const auth::PasswordPolicy& m_policy;
};

} // namespace fitflow::service
