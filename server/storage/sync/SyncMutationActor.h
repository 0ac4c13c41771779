#pragma once
// Who applies one pushed mutation: the user and device of the token, the organization the
// mutation names, and the roles the user holds there (the acting one is chosen per action).

#include "shared/permissions/Role.h"

#include <string>
#include <vector>

namespace fitflow::storage {

struct SyncMutationActor {
    std::string orgId;
    std::string userId;
    std::string deviceId;
    std::vector<Role> heldRoles;
};

} // namespace fitflow::storage
