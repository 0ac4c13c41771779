#pragma once
// Assigning clients to trainers (matrix "Client Assign"): the owner for any client, a manager for
// the clients they administer, a trainer admin for clients within their team and trainers of
// their team. The trainer must be an active trainer or trainer admin of the organization.
// A client the actor cannot see answers like one that does not exist.

#include "server/service/orgadmin/OrgAdminStore.h"

#include <string>

namespace fitflow::service {

class ClientAssignmentService {
public:
    // `store` must outlive this. Thread-safe.
    explicit ClientAssignmentService(OrgAdminStore& store);

    // Idempotent. Errors: `not_found` (client not visible, or the user is no active trainer),
    // `forbidden`.
    Status assign(const Actor& actor, const std::string& clientId,
                  const std::string& trainerUserId);
    // Errors: `not_found` (client not visible, or no such assignment), `forbidden`.
    Status unassign(const Actor& actor, const std::string& clientId,
                    const std::string& trainerUserId);

private:
    // not_found / forbidden unless the actor may (un)assign `trainerUserId` to the client.
    Status authorizeAssignment(const Actor& actor, const std::string& clientId,
                               const std::string& trainerUserId);

    OrgAdminStore& m_store;
};

} // namespace fitflow::service
