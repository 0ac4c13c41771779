#include "desktop/core/account/OrganizationDirectory.h"

#include "desktop/core/StoreSession.h"
#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/SyncedEntity.h"

#include <algorithm>

namespace fitflow::desktop {

namespace {

QString field(const PlainRow& row, const char* name)
{
    const auto found = row.values.find(name);
    return found != row.values.end() && found->is_string()
               ? QString::fromStdString(found->get<std::string>())
               : QString();
}

QList<OrganizationSummary> readDirectory(const QSqlDatabase& db)
{
    EntityRepository repository(db);
    const EntitySpec* organizationSpec = findSyncedEntity("organization");
    const EntitySpec* locationSpec = findSyncedEntity("location");
    if (!organizationSpec || !locationSpec) {
        return {};
    }
    auto organizations = repository.allPlainRows(*organizationSpec);
    auto locations = repository.allPlainRows(*locationSpec);
    if (!organizations || !locations) {
        return {};
    }
    QList<OrganizationSummary> result;
    for (const PlainRow& row : *organizations) {
        OrganizationSummary summary{
            QString::fromStdString(row.id), field(row, "name"), field(row, "kind"), {}};
        for (const PlainRow& location : *locations) {
            if (location.orgId == row.id) {
                summary.locations.append({field(location, "name"), field(location, "province"),
                                          field(location, "time_zone")});
            }
        }
        std::sort(summary.locations.begin(), summary.locations.end(),
                  [](const LocationSummary& a, const LocationSummary& b) {
                      return QString::localeAwareCompare(a.name, b.name) < 0;
                  });
        result.append(summary);
    }
    std::sort(result.begin(), result.end(),
              [](const OrganizationSummary& a, const OrganizationSummary& b) {
                  return QString::localeAwareCompare(a.name, b.name) < 0;
              });
    return result;
}

} // namespace

OrganizationDirectory::OrganizationDirectory(StoreSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

void OrganizationDirectory::reload()
{
    m_session.runOnStore<QList<OrganizationSummary>>(
        this,
        [](LocalStore* store) {
            return store ? readDirectory(store->database()) : QList<OrganizationSummary>{};
        },
        [this](QList<OrganizationSummary> organizations) {
            m_organizations = std::move(organizations);
            emit loaded();
        });
}

} // namespace fitflow::desktop
