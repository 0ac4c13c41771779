#include "shared/domain/Organization.h"

#include "shared/codec/JsonReader.h"
#include "shared/domain/FieldLimits.h"

namespace fitflow {

nlohmann::json Organization::toJson() const
{
    return {{"id", id}, {"name", name}, {"kind", enumToName(kOrganizationKindNames, kind)}};
}

Result<Organization> Organization::fromJson(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& r) {
        Organization organization;
        organization.id = r.uuid("id");
        organization.name = r.label("name", kMaxNameBytes);
        organization.kind = r.enumeration("kind", kOrganizationKindNames);
        return organization;
    });
}

} // namespace fitflow
