#include "shared/domain/User.h"

#include "shared/codec/JsonReader.h"
#include "shared/domain/FieldLimits.h"
#include "shared/domain/FieldRules.h"

namespace fitflow {

nlohmann::json User::toJson() const
{
    return {{"id", id},
            {"email", email},
            {"display_name", displayName},
            {"locale", enumToName(kUserLocaleNames, locale)}};
}

Result<User> User::fromJson(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& r) {
        User user;
        user.id = r.uuid("id");
        user.email = r.string("email", isPlausibleEmail, "an e-mail address");
        user.displayName = r.label("display_name", kMaxNameBytes);
        user.locale = r.enumeration("locale", kUserLocaleNames);
        return user;
    });
}

} // namespace fitflow
