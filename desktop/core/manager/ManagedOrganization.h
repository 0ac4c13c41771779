#pragma once
// The organizations the Manager view covers for the signed-in user: those where a membership is
// owner, manager or trainer_admin, with the locations a manager is limited to and whether the
// permission matrix lets the user record payments there (the desktop only hides what the server
// would refuse anyway).

#include "desktop/core/account/AccountProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fitflow::desktop {

struct ManagedOrganization {
    QString orgId;
    QString orgName;
    QStringList roles;       // the user's roles there
    QStringList locationIds; // the locations the view is limited to; empty: every location
    bool mayRecordPayments = false;
};

// Sorted by organization name; empty when the user administers nothing.
QList<ManagedOrganization> managedOrganizations(const AccountProfile& profile);

} // namespace fitflow::desktop
