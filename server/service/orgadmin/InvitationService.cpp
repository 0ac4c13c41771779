#include "server/service/orgadmin/InvitationService.h"

#include "server/service/UuidGenerator.h"
#include "server/service/auth/RefreshToken.h"
#include "server/service/orgadmin/MemberService.h"
#include "server/service/orgadmin/OrgAdminRules.h"

#include <algorithm>

namespace fitflow::service {

namespace {

Error invitationInvalid()
{
    return makeError("invitation_invalid", "the invitation is unknown, used or expired");
}

// A manager invites only into non-administrative roles at locations they manage.
Status authorizeInvitation(const Actor& actor, const std::string& role,
                           const std::vector<std::string>& locationIds)
{
    if (Status allowed = authorize(actor, Action::Invite, Resource::Membership,
                                   relationToPlacement(actor, locationIds));
        !allowed) {
        return allowed;
    }
    if (actor.role == Role::Manager && !isNonAdministrativeRole(role)) {
        return makeError("forbidden", "managers invite only trainer admins, trainers and clients");
    }
    return {};
}

std::string localPart(const std::string& email)
{
    return email.substr(0, email.find('@'));
}

} // namespace

InvitationService::InvitationService(OrgAdminStore& store, const PasswordHasher& hasher,
                                     const auth::PasswordPolicy& policy, std::chrono::hours ttl)
    : m_store(store)
    , m_hasher(hasher)
    , m_policy(policy)
    , m_ttl(ttl)
{
}

Result<IssuedInvitation> InvitationService::invite(const Actor& actor, const InvitationDraft& draft,
                                                   std::chrono::sys_seconds now)
{
    if (!isGrantableRole(draft.role)) {
        return makeError("invalid_value", "not a membership role", "role");
    }
    if (Status allowed = authorizeInvitation(actor, draft.role, draft.locationIds); !allowed) {
        return allowed.error();
    }
    const std::string email = lowerCased(draft.email);
    if (!isPlausibleEmail(email)) {
        return makeError("invalid_value", "expected an email address", "email");
    }
    if (Status known = validateLocationIds(m_store, actor, draft.locationIds, "location_ids");
        !known) {
        return known.error();
    }
    // Same shape and hashing as refresh tokens: 256 random bits, base64url, SHA-256 stored.
    const auto token = auth::newRefreshToken();
    IssuedInvitation issued;
    issued.record = InvitationRecord{UuidGenerator::newV7(), email, draft.role,
                                     draft.locationIds,      now,   now + m_ttl};
    issued.token = token.token;
    if (Status created = m_store.createInvitation(actor, {issued.record, token.tokenHash});
        !created) {
        return created.error();
    }
    return issued;
}

Result<std::vector<InvitationRecord>> InvitationService::listPending(const Actor& actor)
{
    if (Status allowed = authorize(actor, Action::Invite, Resource::Membership,
                                   Relation{Scope::Organization, Scope::ManagedLocation});
        !allowed) {
        return allowed.error();
    }
    auto pending = m_store.listPendingInvitations(actor);
    if (!pending) {
        return pending.error();
    }
    std::erase_if(*pending, [&actor](const InvitationRecord& invitation) {
        return !authorizeInvitation(actor, invitation.role, invitation.locationIds);
    });
    return pending;
}

Status InvitationService::revoke(const Actor& actor, const std::string& invitationId)
{
    if (Status allowed = authorize(actor, Action::Invite, Resource::Membership,
                                   Relation{Scope::Organization, Scope::ManagedLocation});
        !allowed) {
        return allowed;
    }
    const auto invitation = m_store.findPendingInvitation(actor, invitationId);
    if (!invitation) {
        return invitation.error();
    }
    if (Status allowed = authorizeInvitation(actor, invitation->role, invitation->locationIds);
        !allowed) {
        return allowed;
    }
    return m_store.revokeInvitation(actor, invitationId);
}

Result<AcceptedInvitation> InvitationService::accept(const AcceptRequest& request)
{
    if (!auth::looksLikeRefreshToken(request.token)) {
        return invitationInvalid();
    }
    const std::string tokenHash = auth::hashRefreshToken(request.token);
    const auto email = m_store.pendingInvitationEmail(tokenHash);
    if (!email) {
        return email.error();
    }
    if (!*email) {
        return invitationInvalid();
    }
    std::optional<NewUser> newUser;
    std::string userId;
    if (request.bearerUserId) {
        const auto bearerEmail = m_store.emailOfUser(*request.bearerUserId);
        if (!bearerEmail) {
            return bearerEmail.error();
        }
        if (*bearerEmail != **email) {
            return makeError("forbidden", "the invitation is for another account");
        }
        userId = *request.bearerUserId;
    } else {
        const auto existing = m_store.userIdForEmail(**email);
        if (!existing) {
            return existing.error();
        }
        if (*existing) {
            return makeError("unauthenticated",
                             "this email already has an account: sign in to accept");
        }
        auto created = newUserFor(**email, request);
        if (!created) {
            return created.error();
        }
        userId = created->id;
        newUser = std::move(*created);
    }
    return m_store.acceptInvitation(tokenHash, userId, newUser, UuidGenerator::newV7());
}

Result<NewUser> InvitationService::newUserFor(const std::string& email,
                                              const AcceptRequest& request)
{
    if (!request.password) {
        return makeError("missing_field", "a new account needs a password", "password");
    }
    if (Status strong = m_policy.check(*request.password); !strong) {
        return makeError("invalid_value", strong.error().message, "password");
    }
    auto hash = m_hasher.hash(*request.password);
    if (!hash) {
        return hash.error();
    }
    return NewUser{UuidGenerator::newV7(), email, request.displayName.value_or(localPart(email)),
                   std::move(*hash)};
}

} // namespace fitflow::service
