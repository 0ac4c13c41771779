#include "shared/domain/Location.h"

#include "shared/codec/JsonReader.h"
#include "shared/domain/FieldLimits.h"
#include "shared/domain/FieldRules.h"

namespace fitflow {

nlohmann::json Location::toJson() const
{
    return {{"id", id},
            {"org_id", orgId},
            {"name", name},
            {"address", address},
            {"province", tax::provinceCode(province)},
            {"time_zone", timeZone}};
}

Result<Location> Location::fromJson(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& r) {
        Location location;
        location.id = r.uuid("id");
        location.orgId = r.uuid("org_id");
        location.name = r.label("name", kMaxNameBytes);
        location.address = r.label("address", kMaxAddressBytes);
        location.province = r.enumeration("province", tax::kProvinceNames);
        location.timeZone = r.string("time_zone", isPlausibleTimeZoneName, "an IANA time zone");
        return location;
    });
}

} // namespace fitflow
