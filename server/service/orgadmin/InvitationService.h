#pragma once
// Use cases for invitations: the owner (or a manager, for trainer admins, trainers and clients
// at their locations) invites an email into a role; the invitee accepts with the single-use
// token, which is shown once and stored only as its SHA-256. An unknown email becomes a new user
// (password policy, Argon2id); an existing user must be signed in as that email.

#include "server/service/PasswordHasher.h"
#include "server/service/auth/PasswordPolicy.h"
#include "server/service/orgadmin/OrgAdminStore.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::service {

inline constexpr std::chrono::hours kDefaultInvitationTtl{7 * 24};

struct InvitationDraft {
    std::string email;
    std::string role;
    std::vector<std::string> locationIds;
};

struct IssuedInvitation {
    InvitationRecord record;
    std::string token; // give to the invitee once; never stored
};

struct AcceptRequest {
    std::string token;
    std::optional<std::string> password;     // for a new user
    std::optional<std::string> displayName;  // for a new user; defaults to the email's local part
    std::optional<std::string> bearerUserId; // the signed-in user, if any
};

class InvitationService {
public:
    // All references must outlive this. Thread-safe.
    InvitationService(OrgAdminStore& store, const PasswordHasher& hasher,
                      const auth::PasswordPolicy& policy, std::chrono::hours ttl);

    // Errors: `forbidden`, `invalid_value` (path "email", "role" or "location_ids").
    Result<IssuedInvitation> invite(const Actor& actor, const InvitationDraft& draft,
                                    std::chrono::sys_seconds now);
    Result<std::vector<InvitationRecord>> listPending(const Actor& actor);
    Status revoke(const Actor& actor, const std::string& invitationId);
    // Errors: `invitation_invalid` (unknown, used or expired), `unauthenticated` (the email has
    // an account: sign in first), `forbidden` (signed in as another email), `missing_field` /
    // `invalid_value` at "password" for a new user.
    Result<AcceptedInvitation> accept(const AcceptRequest& request);

private:
    Result<NewUser> newUserFor(const std::string& email, const AcceptRequest& request);

    OrgAdminStore& m_store;
    const PasswordHasher& m_hasher;
    const auth::PasswordPolicy& m_policy;
    std::chrono::hours m_ttl;
};

} // namespace fitflow::service
