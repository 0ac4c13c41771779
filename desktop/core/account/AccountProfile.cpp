#include "desktop/core/account/AccountProfile.h"

#include "desktop/core/JsonText.h"

#include <QCoreApplication>

namespace fitflow::desktop {

namespace {

constexpr int kShortIdLength = 8;

} // namespace

QStringList AccountProfile::rolesIn(const QString& orgId) const
{
    QStringList roles;
    for (const ProfileMembership& membership : memberships) {
        if (membership.orgId == orgId && !roles.contains(membership.role)) {
            roles.append(membership.role);
        }
    }
    return roles;
}

QString AccountProfile::nameOf(const QString& id) const
{
    if (id == userId && !userId.isEmpty()) {
        return displayName.isEmpty()
                   ? QCoreApplication::translate("AccountProfile", "You")
                   : QCoreApplication::translate("AccountProfile", "%1 (you)").arg(displayName);
    }
    const QString known = memberNames.value(id);
    if (!known.isEmpty()) {
        return known;
    }
    return QCoreApplication::translate("AccountProfile", "Trainer %1").arg(id.left(kShortIdLength));
}

AccountProfile AccountProfile::fromJson(const nlohmann::json& json)
{
    AccountProfile profile;
    if (!json.is_object()) {
        return profile;
    }
    const nlohmann::json user = json.value("user", nlohmann::json::object());
    if (user.is_object()) {
        profile.userId = jsonText(user, "id");
        profile.email = jsonText(user, "email");
        profile.displayName = jsonText(user, "display_name");
    }
    for (const nlohmann::json& item : json.value("memberships", nlohmann::json::array())) {
        if (!item.is_object()) {
            continue;
        }
        ProfileMembership membership{jsonText(item, "organization_id"),
                                     jsonText(item, "organization_name"),
                                     jsonText(item, "role"),
                                     {}};
        for (const nlohmann::json& location : item.value("location_ids", nlohmann::json::array())) {
            if (location.is_string()) {
                membership.locationIds.append(QString::fromStdString(location.get<std::string>()));
            }
        }
        if (!membership.orgId.isEmpty() && !membership.role.isEmpty()) {
            profile.memberships.append(membership);
        }
    }
    const nlohmann::json members = json.value("members", nlohmann::json::object());
    if (members.is_object()) {
        for (const nlohmann::json& list : members) {
            if (!list.is_array()) {
                continue;
            }
            for (const nlohmann::json& member : list) {
                if (!member.is_object()) {
                    continue;
                }
                const QString name = jsonText(member, "display_name");
                if (const QString email = jsonText(member, "email"); !email.isEmpty()) {
                    profile.memberEmails.insert(jsonText(member, "user_id"), email);
                }
                profile.memberNames.insert(jsonText(member, "user_id"),
                                           name.isEmpty() ? jsonText(member, "email") : name);
            }
        }
    }
    const nlohmann::json registrations = json.value("tax_registrations", nlohmann::json());
    if (registrations.is_object()) {
        profile.gstHstNumber = jsonText(registrations, "gst_hst_number");
        profile.qstNumber = jsonText(registrations, "qst_number");
    }
    profile.fetchedAt = QDateTime::fromString(jsonText(json, "fetched_at"), Qt::ISODateWithMs);
    return profile;
}

} // namespace fitflow::desktop
