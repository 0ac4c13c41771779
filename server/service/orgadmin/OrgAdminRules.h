#pragma once
// The permission questions every organization-administration use case asks: how a record placed
// at some locations relates to the actor (a manager administers only their locations), and the
// matrix decision itself, as a `forbidden` error when it denies.

#include "server/service/tenancy/Actor.h"
#include "shared/core/Result.h"
#include "shared/permissions/PermissionMatrix.h"

#include <string>
#include <string_view>
#include <vector>

namespace fitflow::service {

// {Organization}, plus ManagedLocation when the actor is a manager of the whole organization, or
// of every one of `recordLocations` (non-empty: a whole-organization record is not "theirs").
Relation relationToPlacement(const Actor& actor, const std::vector<std::string>& recordLocations);

// `forbidden` unless the matrix lets the actor's role do `action` to `resource` in `relation`.
Status authorize(const Actor& actor, Action action, Resource resource, Relation relation);

// trainer_admin, trainer and client: the roles a manager may administer and grant.
bool isNonAdministrativeRole(std::string_view role);

// A membership role name other than super_admin (which no organization grants).
bool isGrantableRole(std::string_view role);

// A lower-case address with one '@' and no spaces (what the database's CHECK accepts).
bool isPlausibleEmail(std::string_view email);

std::string lowerCased(std::string text);

} // namespace fitflow::service
