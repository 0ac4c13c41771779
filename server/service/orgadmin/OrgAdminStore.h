#pragma once
// Port: the organization-administration rows (locations, memberships, invitations, client
// assignments). Implemented by storage (PgOrgAdminStore), which runs every call in the row-level
// security context of the actor, so the database checks again what the service decided, and
// appends the call's audit event in the same transaction. Thread-safe.
//
// Errors besides the storage ones: `not_found` (no such row visible to the actor), `conflict`
// (a uniqueness or "last owner" rule), `forbidden` (row-level security refused a write).

#include "server/service/orgadmin/OrgAdminRecords.h"
#include "server/service/tenancy/Actor.h"
#include "shared/core/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace fitflow::service {

class OrgAdminStore {
public:
    virtual ~OrgAdminStore() = default;

    virtual Result<std::vector<LocationRecord>> listLocations(const Actor& actor) = 0;
    virtual Status createLocation(const Actor& actor, const LocationRecord& location) = 0;
    virtual Result<LocationRecord> updateLocation(const Actor& actor, const std::string& locationId,
                                                  const LocationPatch& patch) = 0;

    // Changes the registration numbers of the actor's organization; answers the new values.
    virtual Result<TaxRegistrations> updateTaxRegistrations(const Actor& actor,
                                                            const TaxRegistrationsPatch& patch) = 0;

    virtual Result<std::vector<MemberRecord>> listMembers(const Actor& actor) = 0;
    virtual Result<MemberRecord> findMember(const Actor& actor,
                                            const std::string& membershipId) = 0;
    // Refuses (`conflict`) to leave the organization without an active owner.
    virtual Result<MemberRecord> updateMember(const Actor& actor, const std::string& membershipId,
                                              const MemberPatch& patch) = 0;
    virtual Status endMember(const Actor& actor, const std::string& membershipId) = 0;
    // Whether `userId` holds an active membership with one of `roles` in the actor's organization.
    virtual Result<bool> hasActiveRole(const Actor& actor, const std::string& userId,
                                       const std::vector<std::string>& roles) = 0;

    virtual Status createInvitation(const Actor& actor, const NewInvitation& invitation) = 0;
    virtual Result<std::vector<InvitationRecord>> listPendingInvitations(const Actor& actor) = 0;
    virtual Result<InvitationRecord> findPendingInvitation(const Actor& actor,
                                                           const std::string& invitationId) = 0;
    virtual Status revokeInvitation(const Actor& actor, const std::string& invitationId) = 0;
    // Outside any tenant: the email of the pending invitation with this token hash, if any.
    virtual Result<std::optional<std::string>>
    pendingInvitationEmail(const std::string& tokenHash) = 0;
    // The id of the user with this (normalised) email, and the email of a user id, if any
    // (no tenant: users span organizations).
    virtual Result<std::optional<std::string>> userIdForEmail(const std::string& email) = 0;
    virtual Result<std::optional<std::string>> emailOfUser(const std::string& userId) = 0;
    // Uses the invitation for `userId`, creating `newUser` first when given.
    // Error `invitation_invalid` when it is unknown, used or expired.
    virtual Result<AcceptedInvitation> acceptInvitation(const std::string& tokenHash,
                                                        const std::string& userId,
                                                        const std::optional<NewUser>& newUser,
                                                        const std::string& newMembershipId) = 0;

    // Whether the actor sees the client (row-level security decides: owner all, manager the
    // clients they administer, trainer admin their team's).
    virtual Result<bool> clientVisible(const Actor& actor, const std::string& clientId) = 0;
    // Whether `trainerUserId` is the acting trainer admin or on their team.
    virtual Result<bool> teamIncludes(const Actor& actor, const std::string& trainerUserId) = 0;
    // Idempotent.
    virtual Status assignClient(const Actor& actor, const std::string& clientId,
                                const std::string& trainerUserId) = 0;
    // `not_found` when there was no such assignment.
    virtual Status unassignClient(const Actor& actor, const std::string& clientId,
                                  const std::string& trainerUserId) = 0;
};

} // namespace fitflow::service
