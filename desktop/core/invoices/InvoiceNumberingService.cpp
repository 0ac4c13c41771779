#include "desktop/core/invoices/InvoiceNumberingService.h"

#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/calendar/CalendarQueries.h"
#include "desktop/storage/money/MoneyRepository.h"
#include "shared/invoice/DeviceInvoiceNumbers.h"

#include <map>
#include <utility>

namespace fitflow::desktop {

namespace {

OrganizationNumbering numberingOf(const QSqlDatabase& db, const StudioName& organization)
{
    OrganizationNumbering numbering;
    numbering.orgId = organization.id;
    numbering.name = organization.name;
    auto held = money::MoneyRepository(db).heldNumbers(organization.id.toStdString());
    if (!held) {
        return numbering;
    }
    auto numbers = invoice::DeviceInvoiceNumbers::restore(held->blocks, held->consumed);
    if (!numbers) {
        return numbering;
    }
    numbering.remaining = numbers->remaining();
    // A copy: looking at the next number must not take it.
    invoice::DeviceInvoiceNumbers peek = *numbers;
    auto next = peek.takeNext();
    if (!next) {
        return numbering;
    }
    numbering.nextNumber = *next;
    for (const invoice::InvoiceNumberBlock& block : held->blocks) {
        if (block.contains(*next)) {
            numbering.blockFirst = block.first;
            numbering.blockLast = block.end() - 1;
        }
    }
    return numbering;
}

std::vector<OrganizationNumbering> readNumbering(LocalStore* store)
{
    std::vector<OrganizationNumbering> result;
    if (store == nullptr) {
        return result;
    }
    auto organizations = CalendarQueries(store->database()).organizations();
    if (!organizations) {
        return result;
    }
    // The registration numbers come with the pulled organization row (server migration 0014).
    std::map<QString, std::pair<QString, QString>> registrations;
    if (auto rows =
            EntityRepository(store->database()).allPlainRows(*findSyncedEntity("organization"))) {
        const auto text = [](const nlohmann::json& values, const char* key) {
            const auto found = values.find(key);
            return found != values.end() && found->is_string()
                       ? QString::fromStdString(found->get<std::string>())
                       : QString();
        };
        for (const PlainRow& row : *rows) {
            registrations[QString::fromStdString(row.id)] = {text(row.values, "gst_hst_number"),
                                                             text(row.values, "qst_number")};
        }
    }
    for (const StudioName& organization : *organizations) {
        OrganizationNumbering numbering = numberingOf(store->database(), organization);
        if (const auto found = registrations.find(organization.id); found != registrations.end()) {
            numbering.gstHstNumber = found->second.first;
            numbering.qstNumber = found->second.second;
        }
        result.push_back(std::move(numbering));
    }
    return result;
}

} // namespace

InvoiceNumberingService::InvoiceNumberingService(DesktopContext context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&m_context.events, &StoreEvents::changed, this, [this](const QString& entity) {
        if (StoreEvents::concerns(entity, QStringLiteral("invoice")) ||
            StoreEvents::concerns(entity, QStringLiteral("number_block")) ||
            StoreEvents::concerns(entity, QStringLiteral("organization"))) {
            reload();
        }
    });
}

void InvoiceNumberingService::reload()
{
    m_context.session.runOnStore<std::vector<OrganizationNumbering>>(
        this, [](LocalStore* store) { return readNumbering(store); },
        [this](std::vector<OrganizationNumbering> organizations) { emit loaded(organizations); });
}

} // namespace fitflow::desktop
