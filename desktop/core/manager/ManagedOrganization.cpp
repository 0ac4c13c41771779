#include "desktop/core/manager/ManagedOrganization.h"

#include "desktop/core/account/ProfileJobs.h"
#include "shared/codec/EnumNames.h"
#include "shared/permissions/PermissionMatrix.h"

#include <algorithm>

namespace fitflow::desktop {

namespace {

// A payment on an invoice of a client at a location the user runs.
bool mayRecordPayment(const QString& roleName)
{
    const auto role = enumFromName(kRoleNames, roleName.toStdString());
    return role && isAllowed(*role, Action::Create, Resource::Payment,
                             Relation{Scope::Organization, Scope::ManagedLocation});
}

} // namespace

QList<ManagedOrganization> managedOrganizations(const AccountProfile& profile)
{
    QList<ManagedOrganization> result;
    for (const ProfileMembership& membership : profile.memberships) {
        if (!administersOrganization(membership.role)) {
            continue;
        }
        // Only a manager's membership is limited to locations; owners and trainer admins see
        // everything of the organization their device receives.
        const QStringList limit =
            membership.role == QLatin1String("manager") ? membership.locationIds : QStringList();
        auto existing = std::find_if(result.begin(), result.end(), [&](const auto& organization) {
            return organization.orgId == membership.orgId;
        });
        if (existing == result.end()) {
            result.append({membership.orgId, membership.orgName, {}, limit, false});
            existing = result.end() - 1;
        } else if (limit.isEmpty() || existing->locationIds.isEmpty()) {
            existing->locationIds.clear();
        } else {
            for (const QString& location : limit) {
                if (!existing->locationIds.contains(location)) {
                    existing->locationIds.append(location);
                }
            }
        }
        existing->roles.append(membership.role);
        existing->mayRecordPayments =
            existing->mayRecordPayments || mayRecordPayment(membership.role);
    }
    std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.orgName, b.orgName) < 0;
    });
    return result;
}

} // namespace fitflow::desktop
