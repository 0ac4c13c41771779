#include "server/service/orgadmin/LocationService.h"

#include "server/service/UuidGenerator.h"
#include "server/service/orgadmin/OrgAdminRules.h"
#include "shared/domain/AddressRules.h"

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

// Replaces a present address part by its canonical form; an error for a malformed one.
Status normalizePart(std::optional<std::string>& part,
                     Result<std::string> (*normalize)(std::string_view))
{
    if (!part) {
        return {};
    }
    auto canonical = normalize(*part);
    if (!canonical) {
        return canonical.error();
    }
    part = std::move(*canonical);
    return {};
}

Status normalizeAddress(LocationAddress& address)
{
    if (Status street = normalizePart(address.street, &normalizeStreet); !street) {
        return street;
    }
    if (Status city = normalizePart(address.city, &normalizeCity); !city) {
        return city;
    }
    return normalizePart(address.postalCode, &normalizePostalCode);
}

// The patch's address parts in canonical form (a part being cleared stays cleared).
Status normalizePatchAddress(LocationPatch& patch)
{
    for (auto [part, normalize] :
         {std::pair{&patch.street, &normalizeStreet}, std::pair{&patch.city, &normalizeCity},
          std::pair{&patch.postalCode, &normalizePostalCode}}) {
        if (part->has_value()) {
            if (Status valid = normalizePart(**part, normalize); !valid) {
                return valid;
            }
        }
    }
    return {};
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
    LocationPatch fields;
    fields.name = draft.name;
    fields.province = draft.province;
    fields.timeZone = draft.timeZone;
    if (Status valid = validatePatch(fields); !valid) {
        return valid.error();
    }
    LocationAddress address = draft.address;
    if (Status valid = normalizeAddress(address); !valid) {
        return valid.error();
    }
    const LocationRecord location{UuidGenerator::newV7(), draft.name, draft.province,
                                  draft.timeZone, std::move(address)};
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
    LocationPatch normalized = patch;
    if (Status valid = validatePatch(normalized); !valid) {
        return valid.error();
    }
    if (Status valid = normalizePatchAddress(normalized); !valid) {
        return valid.error();
    }
    return m_store.updateLocation(actor, locationId, normalized);
}

} // namespace fitflow::service
