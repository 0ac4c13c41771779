#include "desktop/core/invoices/NewInvoiceService.h"

#include "desktop/core/ErrorText.h"
#include "desktop/core/JsonText.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/calendar/CalendarQueries.h"
#include "desktop/storage/money/BilledItems.h"
#include "desktop/storage/search/ClientDirectory.h"
#include "desktop/sync/money/InvoiceOperations.h"

#include <QCoreApplication>

namespace fitflow::desktop {

namespace {

constexpr int kMostClients = 5000;

struct SaveAnswer {
    bool saved = false;
    bool ok = false;
    QString message;
};

// The completed sessions and the packages no invoice bills yet.
void readBillable(LocalStore* store, InvoiceChoices& choices)
{
    auto billed = money::readBilledItems(store->database());
    if (!billed) {
        return;
    }
    if (auto sessions = CalendarQueries(store->database()).allSessions()) {
        choices.sessions =
            BillableSessions::select(*sessions, billed->sessionIds, billed->unlinkedDescriptions);
    }
    if (auto packages = money::readUnbilledPackages(store->database(), billed->packageIds)) {
        choices.packages = std::move(*packages);
    }
}

InvoiceChoices readChoices(LocalStore* store)
{
    InvoiceChoices choices;
    if (store == nullptr) {
        return choices;
    }
    EntityRepository entities(store->database());
    if (auto organizations = entities.allPlainRows(*findSyncedEntity("organization"))) {
        for (const PlainRow& row : *organizations) {
            choices.organizations.push_back(
                {QString::fromStdString(row.id), QString::fromStdString(row.orgId),
                 jsonText(row.values, "name"), jsonText(row.values, "province")});
            choices.registrations.insert(
                QString::fromStdString(row.id),
                {jsonText(row.values, "gst_hst_number"), jsonText(row.values, "qst_number")});
        }
    }
    if (auto locations = entities.allPlainRows(*findSyncedEntity("location"))) {
        for (const PlainRow& row : *locations) {
            choices.locations.push_back(
                {QString::fromStdString(row.id), QString::fromStdString(row.orgId),
                 jsonText(row.values, "name"), jsonText(row.values, "province")});
        }
    }
    if (auto clients = ClientDirectory(store->database()).find(QString(), kMostClients)) {
        for (const ClientSummary& client : *clients) {
            choices.clients.push_back(
                {client.id,
                 client.orgId,
                 QStringLiteral("%1 %2").arg(client.firstName, client.lastName).trimmed(),
                 {}});
        }
    }
    readBillable(store, choices);
    return choices;
}

QString issueProblem(const fitflow::Error& error)
{
    if (error.code == "invoice_numbers_exhausted") {
        return NewInvoiceService::tr("The draft is saved, but it cannot be issued yet: connect "
                                     "once to reserve invoice numbers.");
    }
    return NewInvoiceService::tr("The draft is saved, but it could not be issued: %1")
        .arg(ErrorText::forError(error));
}

} // namespace

NewInvoiceService::NewInvoiceService(DesktopContext context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
}

QString NewInvoiceService::registrationProblem(LocalStore* store, const std::string& orgId,
                                               const nlohmann::json& draft)
{
    const nlohmann::json supplier = draft.value("supplier", nlohmann::json::object());
    const bool gstHst = supplier.value("gst_hst_registered", false);
    const bool qst = supplier.value("qst_registered", false);
    if (!gstHst && !qst) {
        return {};
    }
    QString gstHstNumber;
    QString qstNumber;
    EntityRepository entities(store->database());
    if (auto organizations = entities.allPlainRows(*findSyncedEntity("organization"))) {
        for (const PlainRow& row : *organizations) {
            if (row.id == orgId) {
                gstHstNumber = jsonText(row.values, "gst_hst_number");
                qstNumber = jsonText(row.values, "qst_number");
            }
        }
    }
    if (gstHst && gstHstNumber.isEmpty()) {
        return NewInvoiceService::tr(
            "Not issued: this organization has no GST/HST registration number, so it cannot "
            "charge GST/HST. Untick \"Registered for GST/HST\", or ask the owner to add the "
            "number.");
    }
    if (qst && qstNumber.isEmpty()) {
        return NewInvoiceService::tr(
            "Not issued: this organization has no QST registration number, so it cannot charge "
            "QST. Untick \"Registered for QST\", or ask the owner to add the number.");
    }
    return {};
}

void NewInvoiceService::loadChoices()
{
    m_context.session.runOnStore<InvoiceChoices>(
        this, [](LocalStore* store) { return readChoices(store); },
        [this](InvoiceChoices choices) { emit choicesLoaded(choices); });
}

namespace {

// A new draft, or the replacement of draft `draftId`; returns the draft's id.
fitflow::Result<std::string> saveDraft(money::InvoiceOperations& operations, const std::string& org,
                                       const nlohmann::json& draft, const std::string& draftId)
{
    if (draftId.empty()) {
        return operations.draft(org, draft);
    }
    if (auto replaced = operations.redraft(draftId, draft); !replaced) {
        return replaced.error();
    }
    return draftId;
}

} // namespace

void NewInvoiceService::save(const QString& orgId, const nlohmann::json& draft, bool issueNow,
                             const QString& draftId)
{
    m_context.session.runOnStore<SaveAnswer>(
        this,
        [org = orgId.toStdString(), draft, issueNow,
         existing = draftId.toStdString()](LocalStore* store) {
            if (store == nullptr) {
                return SaveAnswer{false, false, ErrorText::forCode(QStringLiteral("store_closed"))};
            }
            if (issueNow) {
                if (QString problem = registrationProblem(store, org, draft); !problem.isEmpty()) {
                    return SaveAnswer{false, false, problem}; // nothing written
                }
            }
            money::InvoiceOperations operations(store->database());
            auto id = saveDraft(operations, org, draft, existing);
            if (!id) {
                return SaveAnswer{false, false, ErrorText::forError(id.error())};
            }
            if (!issueNow) {
                return SaveAnswer{true, true, NewInvoiceService::tr("Draft saved.")};
            }
            auto number = operations.issue(*id);
            if (!number) {
                return SaveAnswer{true, false, issueProblem(number.error())};
            }
            return SaveAnswer{
                true, true,
                NewInvoiceService::tr("Issued invoice %1.").arg(QString::fromStdString(*number))};
        },
        [this](SaveAnswer answer) {
            if (answer.saved) {
                m_context.events.notifyChanged(QStringLiteral("invoice"));
            }
            if (answer.ok) {
                emit saved(answer.message);
            } else if (answer.saved) {
                emit savedButNotIssued(answer.message);
            } else {
                emit failed(answer.message);
            }
        });
}

} // namespace fitflow::desktop
