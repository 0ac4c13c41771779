#include "server/service/orgadmin/LocationService.h"

#include "server/service/UuidGenerator.h"
#include "server/service/orgadmin/OrgAdminRules.h"

#include <date/tz.h>

#include <algorithm>
#include <array>
#include <exception>
#include <regex>
#include <string_view>

namespace fitflow::service {

namespace {

constexpr std::array<std::string_view, 13> kProvinces{"AB", "BC", "MB", "NB", "NL", "NS", "NT",
                                                      "NU", "ON", "PE", "QC", "SK", "YT"};

Relation relationToLocation(const Actor& actor, const std::string& locationId)
{
    return relationToPlacement(actor, {locationId});
}

Status validatePatch(const LocationPatch& patch)
{
    if (patch.province) {
        if (Status valid = validateProvince(*patch.province); !valid) {
            return valid;
        }
    }
    if (patch.timeZone) {
        return validateTimeZone(*patch.timeZone);
    }
    return {};
}

} // namespace

Status validateProvince(const std::string& province)
{
    if (std::ranges::find(kProvinces, province) == kProvinces.end()) {
        return makeError("invalid_value", "expected a Canadian province or territory code",
                         "province");
    }
    return {};
}

Status validateTimeZone(const std::string& zone)
{
    // The database only stores Area/Location names (no "UTC", no "EST5EDT").
    static const std::regex kAreaLocation("[A-Za-z_]+(/[A-Za-z_+-]+)+");
    bool known = false;
    if (zone.size() <= 64 && std::regex_match(zone, kAreaLocation)) {
        try {
            known = date::locate_zone(zone) != nullptr;
        } catch (const std::exception&) {
            known = false;
        }
    }
    if (!known) {
        return makeError("invalid_value", "expected an IANA time zone such as America/Toronto",
                         "time_zone");
    }
    return {};
}

LocationService::LocationService(OrgAdminStore& store)
    : m_store(store)
{
}

Result<std::vector<LocationRecord>> LocationService::list(const Actor& actor)
{
    if (Status allowed = authorize(actor, Action::Read, Resource::Location, {Scope::Organization});
        !allowed) {
        return allowed.error();
    }
    return m_store.listLocations(actor);
}

Result<LocationRecord> LocationService::create(const Actor& actor, const LocationDraft& draft)
{
    if (Status allowed =
            authorize(actor, Action::Create, Resource::Location, {Scope::Organization});
        !allowed) {
        return allowed.error();
    }
    if (Status valid = validatePatch({draft.name, draft.province, draft.timeZone}); !valid) {
        return valid.error();
    }
    const LocationRecord location{UuidGenerator::newV7(), draft.name, draft.province,
                                  draft.timeZone};
    if (Status created = m_store.createLocation(actor, location); !created) {
        return created.error();
    }
    return location;
}

Result<LocationRecord> LocationService::update(const Actor& actor, const std::string& locationId,
                                               const LocationPatch& patch)
{
    if (Status allowed = authorize(actor, Action::Update, Resource::Location,
                                   relationToLocation(actor, locationId));
        !allowed) {
        return allowed.error();
    }
    if (Status valid = validatePatch(patch); !valid) {
        return valid.error();
    }
    return m_store.updateLocation(actor, locationId, patch);
}

} // namespace fitflow::service
