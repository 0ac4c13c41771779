#pragma once
// Use cases for an organization's locations: every member lists them; the owner creates them;
// the owner, or a manager of that location, edits them. Provinces are Canadian two-letter codes
// and time zones IANA names known to the installed tz database; a street address is optional and
// normalised by the shared rules (shared/domain/AddressRules.h).

#include "server/service/orgadmin/OrgAdminStore.h"

#include <string>
#include <vector>

namespace fitflow::service {

struct LocationDraft {
    std::string name;
    std::string province;
    std::string timeZone;
    LocationAddress address; // any part may be unknown
};

class LocationService {
public:
    // `store` must outlive this. Thread-safe.
    explicit LocationService(OrgAdminStore& store);

    Result<std::vector<LocationRecord>> list(const Actor& actor);
    // Errors: `forbidden`, `invalid_value` (path "province", "time_zone", "street", "city" or
    // "postal_code"). Address parts are stored as shared/domain/AddressRules.h normalises them.
    Result<LocationRecord> create(const Actor& actor, const LocationDraft& draft);
    Result<LocationRecord> update(const Actor& actor, const std::string& locationId,
                                  const LocationPatch& patch);

private:
    OrgAdminStore& m_store;
};

// `invalid_value` at "province" unless `province` is one of the 13 Canadian codes.
Status validateProvince(const std::string& province);
// `invalid_value` at "time_zone" unless the tz database knows `zone` as an Area/Location name.
Status validateTimeZone(const std::string& zone);

} // namespace fitflow::service
