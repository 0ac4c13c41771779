#pragma once
// Who the signed-in user is and what they may administer, in Qt types for the UI: the name and
// email the server knows, each membership (organization, role, locations it is limited to) and,
// for organizations the user administers, the members' names (to label trainers' schedules).
// Built from the server's JSON (GET /api/v1/me + GET /orgs/{id}/members) as ProfileCache keeps it.

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace fitflow::desktop {

struct ProfileMembership {
    QString orgId;
    QString orgName;
    QString role;            // wire spelling: "owner", "manager", "trainer_admin", "trainer", ...
    QStringList locationIds; // empty: the whole organization
};

struct AccountProfile {
    QString userId;
    QString email;
    QString displayName;
    QList<ProfileMembership> memberships;
    QHash<QString, QString> memberNames;  // user id -> display name (or email), all organizations
    QHash<QString, QString> memberEmails; // user id -> email, when the member list gave one
    QDateTime fetchedAt;                  // UTC; invalid when never fetched
    // The user's own GST/HST and QST registration numbers as a supplier (contractor invoices);
    // empty when not registered. Known only from a server that sends `tax_registrations`.
    QString gstHstNumber;
    QString qstNumber;

    bool isKnown() const { return !userId.isEmpty() || !memberships.isEmpty(); }
    // The user's roles in one organization, in the order the server listed them.
    QStringList rolesIn(const QString& orgId) const;
    // The name to show for a user id: the member's name, "You" for the user, or a short id.
    QString nameOf(const QString& userId) const;

    // {"user": {"id", "email", "display_name"}, "memberships": [...], "members": {org: [...]},
    //  "tax_registrations": {"gst_hst_number", "qst_number"}, "fetched_at": "..."}; missing
    //  parts stay empty.
    static AccountProfile fromJson(const nlohmann::json& json);
};

} // namespace fitflow::desktop
