#include "desktop/core/account/AccountProfile.h"

#include <QCoreApplication>

namespace fitflow::desktop {

namespace {

QString text(const nlohmann::json& object, const char* key)
{
    const auto found = object.find(key);
    return found != object.end() && found->is_string()
               ? QString::fromStdString(found->get<std::string>())
               : QString();
}

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
        profile.userId = text(user, "id");
        profile.email = text(user, "email");
        profile.displayName = text(user, "display_name");
    }
    for (const nlohmann::json& item : json.value("memberships", nlohmann::json::array())) {
        if (!item.is_object()) {
            continue;
        }
        ProfileMembership membership{
            text(item, "organization_id"), text(item, "organization_name"), text(item, "role"), {}};
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
                const QString name = text(member, "display_name");
                if (const QString email = text(member, "email"); !email.isEmpty()) {
                    profile.memberEmails.insert(text(member, "user_id"), email);
                }
                profile.memberNames.insert(text(member, "user_id"),
                                           name.isEmpty() ? text(member, "email") : name);
            }
        }
    }
    const nlohmann::json registrations = json.value("tax_registrations", nlohmann::json());
    if (registrations.is_object()) {
        profile.gstHstNumber = text(registrations, "gst_hst_number");
        profile.qstNumber = text(registrations, "qst_number");
    }
    profile.fetchedAt = QDateTime::fromString(text(json, "fetched_at"), Qt::ISODateWithMs);
    return profile;
}

} // namespace fitflow::desktop
