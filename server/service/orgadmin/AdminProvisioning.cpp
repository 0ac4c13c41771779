#include "server/service/orgadmin/AdminProvisioning.h"

#include "server/service/UuidGenerator.h"
#include "server/service/orgadmin/LocationService.h"
#include "server/service/orgadmin/OrgAdminRules.h"
#include "shared/codec/TextFormats.h"

namespace fitflow::service {

namespace {

constexpr std::size_t kMaxNameBytes = 200;

bool isPlainName(const std::string& name)
{
    return !name.empty() && name.size() <= kMaxNameBytes &&
           name.find_first_of("\r\n\t") == std::string::npos;
}

} // namespace

AdminProvisioning::AdminProvisioning(ProvisioningStore& store, const PasswordHasher& hasher,
                                     const auth::PasswordPolicy& policy)
    : m_store(store)
    , m_hasher(hasher)
    , m_policy(policy)
{
}

Result<std::string> AdminProvisioning::createOrganization(const OrganizationDraft& draft)
{
    if (!isPlainName(draft.name)) {
        return makeError("invalid_value", "expected a name of 1 to 200 bytes on one line", "name");
    }
    if (Status province = validateProvince(draft.province); !province) {
        return province.error();
    }
    if (draft.kind != "studio" && draft.kind != "practice") {
        return makeError("invalid_value", "expected studio or practice", "kind");
    }
    const NewOrganization organization{UuidGenerator::newV7(), draft.name, draft.kind,
                                       draft.province};
    if (Status created = m_store.createOrganization(organization); !created) {
        return created.error();
    }
    return organization.id;
}

Result<ProvisionedUser> AdminProvisioning::grant(const UserGrant& request,
                                                 const PasswordSource& password)
{
    const std::string email = lowerCased(request.email);
    if (!isPlausibleEmail(email)) {
        return makeError("invalid_value", "expected an email address", "email");
    }
    if (!isGrantableRole(request.role)) {
        return makeError("invalid_value",
                         "expected owner, manager, trainer_admin, trainer or client", "role");
    }
    if (request.displayName && !isPlainName(*request.displayName)) {
        return makeError("invalid_value", "expected a name of 1 to 200 bytes on one line",
                         "display_name");
    }
    if (!isCanonicalUuid(request.orgId)) {
        return makeError("invalid_value", "expected an organization id (lower-case uuid)", "org");
    }
    const auto exists = m_store.organizationExists(request.orgId);
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return makeError("not_found", "no organization has this id", "org");
    }
    const auto existing = m_store.userIdForEmail(email);
    if (!existing) {
        return existing.error();
    }
    std::optional<NewUser> created;
    if (!*existing) {
        auto user = newUser(request, email, password);
        if (!user) {
            return user.error();
        }
        created = std::move(*user);
    }
    const std::string userId = created ? created->id : **existing;
    auto membership = m_store.grantMembership(request.orgId, userId, created, request.role,
                                              UuidGenerator::newV7());
    if (!membership) {
        return membership.error();
    }
    return ProvisionedUser{userId, std::move(*membership), created.has_value()};
}

Result<NewUser> AdminProvisioning::newUser(const UserGrant& request, const std::string& email,
                                           const PasswordSource& password)
{
    auto secret = password();
    if (!secret) {
        return secret.error();
    }
    if (Status strong = m_policy.check(*secret); !strong) {
        return makeError("invalid_value", strong.error().message, "password");
    }
    auto hash = m_hasher.hash(*secret);
    if (!hash) {
        return hash.error();
    }
    return NewUser{UuidGenerator::newV7(), email,
                   request.displayName.value_or(email.substr(0, email.find('@'))),
                   std::move(*hash)};
}

} // namespace fitflow::service
