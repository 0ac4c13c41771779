#pragma once
// Use cases for an organization's memberships: owners, managers and trainer admins list them;
// the owner changes roles, locations and team leads and ends memberships; a manager does the
// same only for trainer admins, trainers and clients at the locations they manage, and never
// grants owner or manager. The last active owner cannot be removed or demoted.

#include "server/service/orgadmin/OrgAdminStore.h"
#include "shared/permissions/Action.h"

#include <string>
#include <vector>

namespace fitflow::service {

class MemberService {
public:
    // `store` must outlive this. Thread-safe.
    explicit MemberService(OrgAdminStore& store);

    Result<std::vector<MemberRecord>> list(const Actor& actor);
    // Errors: `not_found`, `forbidden`, `invalid_value` (path names the field), `conflict`.
    Result<MemberRecord> update(const Actor& actor, const std::string& membershipId,
                                const MemberPatch& patch);
    // Sets ended_at; the user's other organizations are untouched.
    Status end(const Actor& actor, const std::string& membershipId);

private:
    // The membership, if the actor may do `action` to it (not_found / forbidden otherwise).
    Result<MemberRecord> administeredMember(const Actor& actor, const std::string& membershipId,
                                            Action action);
    Status validatePatch(const Actor& actor, const MemberRecord& member, const MemberPatch& patch);

    OrgAdminStore& m_store;
};

// `invalid_value` at `path` unless every id names a location of the actor's organization.
Status validateLocationIds(OrgAdminStore& store, const Actor& actor,
                           const std::vector<std::string>& locationIds, const std::string& path);

} // namespace fitflow::service
