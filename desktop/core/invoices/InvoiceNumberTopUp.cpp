#include "desktop/core/invoices/InvoiceNumberTopUp.h"

#include "desktop/core/account/AccountProfile.h"
#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/manager/ProfileCache.h"
#include "desktop/sync/money/InvoiceOperations.h"

#include <QSet>

namespace fitflow::desktop {

namespace {

bool isStaff(const QString& role)
{
    return role == QLatin1String("owner") || role == QLatin1String("manager") ||
           role == QLatin1String("trainer_admin") || role == QLatin1String("trainer");
}

} // namespace

fitflow::Result<int> InvoiceNumberTopUp::queueReservations(const QSqlDatabase& db)
{
    auto cached = ProfileCache(db).load();
    if (!cached) {
        return cached.error();
    }
    if (!*cached) {
        return 0;
    }
    const AccountProfile profile = AccountProfile::fromJson(**cached);
    QSet<QString> staffOrganizations;
    for (const ProfileMembership& membership : profile.memberships) {
        if (isStaff(membership.role)) {
            staffOrganizations.insert(membership.orgId);
        }
    }
    money::InvoiceOperations operations(db);
    OutboxRepository outbox(db);
    int queued = 0;
    for (const QString& org : staffOrganizations) {
        const std::string orgId = org.toStdString();
        auto remaining = operations.remainingNumbers(orgId);
        if (!remaining) {
            return remaining.error();
        }
        if (*remaining >= kLowWater) {
            continue;
        }
        auto waiting = outbox.pendingCount(orgId, "number_block");
        if (!waiting) {
            return waiting.error();
        }
        if (*waiting > 0) {
            continue; // reserved while offline: that block arrives with the next pull
        }
        if (auto reserved = operations.reserveNumbers(orgId, kBlockSize); !reserved) {
            return reserved.error();
        }
        ++queued;
    }
    return queued;
}

} // namespace fitflow::desktop
