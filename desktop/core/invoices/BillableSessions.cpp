#include "desktop/core/invoices/BillableSessions.h"

#include <QTimeZone>

#include <algorithm>

namespace fitflow::desktop {

QString BillableSessions::keyOf(const BookedSession& session)
{
    const QTimeZone zone(session.timeZone.toUtf8());
    const QDateTime local = zone.isValid() ? session.start.toTimeZone(zone) : session.start;
    const QString when = local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return session.locationName.isEmpty() ? when
                                          : when + QStringLiteral(", ") + session.locationName;
}

std::vector<BillableSession>
BillableSessions::select(const std::vector<BookedSession>& sessions,
                         const std::set<QString>& billedSessionIds,
                         const std::vector<QString>& unlinkedDescriptions)
{
    std::vector<BillableSession> billable;
    for (const BookedSession& session : sessions) {
        if (session.status != QLatin1String("completed") || billedSessionIds.contains(session.id)) {
            continue;
        }
        const QString key = keyOf(session);
        const bool invoiced =
            std::any_of(unlinkedDescriptions.begin(), unlinkedDescriptions.end(),
                        [&key](const QString& description) { return description.contains(key); });
        if (invoiced) {
            continue;
        }
        billable.push_back({session.id, session.orgId, session.clientId, session.locationId, key,
                            tr("Training session %1").arg(key)});
    }
    return billable;
}

} // namespace fitflow::desktop
