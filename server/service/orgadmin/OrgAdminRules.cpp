#include "server/service/orgadmin/OrgAdminRules.h"

#include <algorithm>

namespace fitflow::service {

Relation relationToPlacement(const Actor& actor, const std::vector<std::string>& recordLocations)
{
    Relation relation{Scope::Organization};
    if (actor.role != Role::Manager) {
        return relation;
    }
    const auto managed = [&actor](const std::string& location) {
        return std::ranges::find(actor.locationIds, location) != actor.locationIds.end();
    };
    if (actor.locationIds.empty() ||
        (!recordLocations.empty() && std::ranges::all_of(recordLocations, managed))) {
        relation = relation.with(Scope::ManagedLocation);
    }
    return relation;
}

Status authorize(const Actor& actor, Action action, Resource resource, Relation relation)
{
    if (!isAllowed(actor.role, action, resource, relation)) {
        return makeError("forbidden", "your role in this organization does not allow this");
    }
    return {};
}

bool isNonAdministrativeRole(std::string_view role)
{
    return role == "trainer_admin" || role == "trainer" || role == "client";
}

bool isGrantableRole(std::string_view role)
{
    return role == "owner" || role == "manager" || isNonAdministrativeRole(role);
}

bool isPlausibleEmail(std::string_view email)
{
    constexpr std::size_t kMaxEmailBytes = 320;
    const auto at = email.find('@');
    const bool oneAt = at != std::string_view::npos && at > 0 && at + 1 < email.size() &&
                       email.find('@', at + 1) == std::string_view::npos;
    const bool plain = std::ranges::none_of(
        email, [](unsigned char c) { return c <= ' ' || c == 0x7f || (c >= 'A' && c <= 'Z'); });
    return oneAt && plain && email.size() <= kMaxEmailBytes;
}

std::string lowerCased(std::string text)
{
    std::ranges::transform(text, text.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    });
    return text;
}

} // namespace fitflow::service
