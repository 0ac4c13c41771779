#include "desktop/core/invoices/ContractorInvoiceChoices.h"

#include "desktop/core/JsonText.h"
#include "desktop/core/account/ProfileJobs.h"
#include "desktop/core/invoices/BillableSessions.h"
#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/calendar/CalendarQueries.h"

#include <QTimeZone>

#include <algorithm>
#include <iterator>
#include <map>

namespace fitflow::desktop {

namespace {

QDate localDateOf(const BookedSession& session)
{
    const QTimeZone zone(session.timeZone.toUtf8());
    return (zone.isValid() ? session.start.toTimeZone(zone) : session.start).date();
}

// Organization id -> the locations the membership is limited to (empty: all of them).
std::map<QString, QStringList> contractorMemberships(const AccountProfile& profile)
{
    std::map<QString, QStringList> memberships;
    for (const ProfileMembership& membership : profile.memberships) {
        if (ContractorInvoiceChoicesReader::invoicesStudioAsContractor(membership.role)) {
            QStringList& locations = memberships[membership.orgId];
            locations.append(membership.locationIds);
        }
    }
    return memberships;
}

} // namespace

bool ContractorInvoiceChoicesReader::invoicesStudioAsContractor(const QString& role)
{
    return role == QLatin1String("trainer") || role == QLatin1String("trainer_admin");
}

std::vector<ContractorSession> ContractorInvoiceChoices::sessionsAt(const QString& locationId,
                                                                    const QDate& from,
                                                                    const QDate& to) const
{
    std::vector<ContractorSession> selected;
    std::copy_if(sessions.begin(), sessions.end(), std::back_inserter(selected),
                 [&](const ContractorSession& session) {
                     return session.locationId == locationId && session.localDate >= from &&
                            session.localDate <= to;
                 });
    return selected;
}

ContractorInvoiceChoices ContractorInvoiceChoicesReader::read(const QSqlDatabase& db)
{
    ContractorInvoiceChoices choices;
    auto profile = readCachedProfile(db);
    if (!profile) {
        return choices;
    }
    const auto memberships = contractorMemberships(*profile);
    if (memberships.empty()) {
        return choices;
    }
    choices.userId = profile->userId;
    choices.gstHstNumber = profile->gstHstNumber;
    choices.qstNumber = profile->qstNumber;
    EntityRepository entities(db);
    if (auto organizations = entities.allPlainRows(*findSyncedEntity("organization"))) {
        for (const PlainRow& row : *organizations) {
            const QString id = QString::fromStdString(row.id);
            if (memberships.contains(id)) {
                choices.organizations.push_back({id, jsonText(row.values, "name")});
            }
        }
    }
    if (auto locations = entities.allPlainRows(*findSyncedEntity("location"))) {
        for (const PlainRow& row : *locations) {
            const QString id = QString::fromStdString(row.id);
            const auto membership = memberships.find(QString::fromStdString(row.orgId));
            if (membership != memberships.end() &&
                (membership->second.isEmpty() || membership->second.contains(id))) {
                choices.locations.push_back({id, membership->first, jsonText(row.values, "name"),
                                             jsonText(row.values, "province")});
            }
        }
    }
    auto sessions = CalendarQueries(db).allSessions();
    if (!sessions) {
        return choices;
    }
    std::sort(sessions->begin(), sessions->end(),
              [](const BookedSession& a, const BookedSession& b) { return a.start < b.start; });
    for (const BookedSession& session : *sessions) {
        const bool atOneOfTheirLocations =
            std::any_of(choices.locations.begin(), choices.locations.end(),
                        [&](const ContractorLocation& l) { return l.id == session.locationId; });
        if (session.trainerId == choices.userId && session.status == QLatin1String("completed") &&
            atOneOfTheirLocations) {
            choices.sessions.push_back(
                {session.id, session.locationId, localDateOf(session),
                 tr("Training session %1").arg(BillableSessions::keyOf(session))});
        }
    }
    return choices;
}

} // namespace fitflow::desktop
