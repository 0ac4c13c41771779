#include "desktop/core/account/OrganizationDirectory.h"

#include "desktop/core/StoreSession.h"
#include "desktop/core/account/ProfileJobs.h"
#include "desktop/core/invoices/InvoicePdfAddress.h"
#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/SyncedEntity.h"
#include "desktop/storage/money/MoneyRepository.h"

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

// The device's invoice number blocks of one organization, as text and the count still unused.
void readInvoiceNumbers(const QSqlDatabase& db, OrganizationSummary& summary)
{
    auto held = money::MoneyRepository(db).heldNumbers(summary.id.toStdString());
    if (!held) {
        return;
    }
    QStringList ranges;
    qint64 total = 0;
    for (const invoice::InvoiceNumberBlock& block : held->blocks) {
        ranges << QStringLiteral("%1\u2013%2").arg(block.first).arg(block.end() - 1);
        total += block.count;
    }
    summary.invoiceNumberRanges = ranges.join(QStringLiteral(", "));
    summary.invoiceNumbersLeft = std::max<qint64>(0, total - held->consumed);
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
    auto profile = readCachedProfile(db);
    QList<OrganizationSummary> result;
    for (const PlainRow& row : *organizations) {
        OrganizationSummary summary;
        summary.id = QString::fromStdString(row.id);
        summary.name = field(row, "name");
        summary.kind = field(row, "kind");
        if (profile) {
            summary.roles = profile->rolesIn(summary.id);
        }
        for (const PlainRow& location : *locations) {
            if (location.orgId == row.id) {
                summary.locations.append(
                    {field(location, "name"), field(location, "province"),
                     field(location, "time_zone"),
                     addressLinesOf(location.values).join(QStringLiteral(", "))});
            }
        }
        readInvoiceNumbers(db, summary);
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
