#pragma once
// OrgAdminStore on PostgreSQL with the application role: every tenant call runs in
// runTenantTransaction's context of its actor, so row-level security (migrations 0002, 0006)
// checks again what the service decided, and each change appends its audit event in the same
// transaction. Invitation acceptance runs without tenant context through the SECURITY DEFINER
// functions of 0006. Locations and memberships are in PgOrgAdminStore.cpp, invitations in
// PgInvitationRows.cpp, client assignments in PgClientAssignmentRows.cpp.

#include "server/service/orgadmin/OrgAdminStore.h"
#include "server/storage/ConnectionPool.h"

namespace fitflow::storage {

class PgOrgAdminStore final : public service::OrgAdminStore {
public:
    // `pool` (application role) must outlive this.
    explicit PgOrgAdminStore(ConnectionPool& pool);

    Result<std::vector<service::LocationRecord>>
    listLocations(const service::Actor& actor) override;
    Status createLocation(const service::Actor& actor,
                          const service::LocationRecord& location) override;
    Result<service::LocationRecord> updateLocation(const service::Actor& actor,
                                                   const std::string& locationId,
                                                   const service::LocationPatch& patch) override;
    Result<service::TaxRegistrations>
    updateTaxRegistrations(const service::Actor& actor,
                           const service::TaxRegistrationsPatch& patch) override;

    Result<std::vector<service::MemberRecord>> listMembers(const service::Actor& actor) override;
    Result<service::MemberRecord> findMember(const service::Actor& actor,
                                             const std::string& membershipId) override;
    Result<service::MemberRecord> updateMember(const service::Actor& actor,
                                               const std::string& membershipId,
                                               const service::MemberPatch& patch) override;
    Status endMember(const service::Actor& actor, const std::string& membershipId) override;
    Result<bool> hasActiveRole(const service::Actor& actor, const std::string& userId,
                               const std::vector<std::string>& roles) override;

    Status createInvitation(const service::Actor& actor,
                            const service::NewInvitation& invitation) override;
    Result<std::vector<service::InvitationRecord>>
    listPendingInvitations(const service::Actor& actor) override;
    Result<service::InvitationRecord>
    findPendingInvitation(const service::Actor& actor, const std::string& invitationId) override;
    Status revokeInvitation(const service::Actor& actor, const std::string& invitationId) override;
    Result<std::optional<std::string>>
    pendingInvitationEmail(const std::string& tokenHash) override;
    Result<std::optional<std::string>> userIdForEmail(const std::string& email) override;
    Result<std::optional<std::string>> emailOfUser(const std::string& userId) override;
    Result<service::AcceptedInvitation>
    acceptInvitation(const std::string& tokenHash, const std::string& userId,
                     const std::optional<service::NewUser>& newUser,
                     const std::string& newMembershipId) override;

    Result<bool> clientVisible(const service::Actor& actor, const std::string& clientId) override;
    Result<bool> teamIncludes(const service::Actor& actor,
                              const std::string& trainerUserId) override;
    Status assignClient(const service::Actor& actor, const std::string& clientId,
                        const std::string& trainerUserId) override;
    Status unassignClient(const service::Actor& actor, const std::string& clientId,
                          const std::string& trainerUserId) override;

private:
    ConnectionPool& m_pool;
};

} // namespace fitflow::storage
