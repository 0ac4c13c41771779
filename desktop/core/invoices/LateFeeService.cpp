#include "desktop/core/invoices/LateFeeService.h"

#include "desktop/core/ErrorText.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/calendar/CancellationNotice.h"
#include "desktop/storage/money/MoneyRepository.h"
#include "desktop/sync/money/LateCancellationFee.h"

namespace fitflow::desktop {

namespace {

struct FeeAnswer {
    bool ok = false;
    QString problem;
    InvoiceRow draft;
};

QString text(const nlohmann::json& values, const char* key)
{
    const auto found = values.find(key);
    return found != values.end() && found->is_string()
               ? QString::fromStdString(found->get<std::string>())
               : QString();
}

// The stored draft as the invoice dialog edits it.
InvoiceRow rowOf(const money::LocalInvoice& invoice, const QString& clientName)
{
    const nlohmann::json& values = invoice.values;
    InvoiceRow row;
    row.id = QString::fromStdString(invoice.id);
    row.orgId = QString::fromStdString(invoice.orgId);
    row.kind = text(values, "kind");
    row.status = text(values, "status");
    row.clientId = text(values, "client_id");
    row.clientName = clientName;
    row.locationId = text(values, "location_id");
    // A stored value may be null: only read into objects and arrays.
    if (const auto totals = values.find("totals"); totals != values.end() && totals->is_object()) {
        row.totalCents = totals->value("total_cents", 0LL);
    }
    row.draft = nlohmann::json::object();
    if (const auto draft = values.find("draft"); draft != values.end() && draft->is_object()) {
        row.draft = *draft;
    }
    if (const auto links = values.find("line_links"); links != values.end() && links->is_array()) {
        row.lineLinks = *links;
    }
    row.taxPointDate = QString::fromStdString(row.draft.value("tax_point_date", std::string()));
    return row;
}

FeeAnswer draftOnStore(LocalStore* store, const money::LateFeeRequest& request,
                       const QString& clientName)
{
    if (store == nullptr) {
        return {false, ErrorText::forCode(QStringLiteral("store_closed")), {}};
    }
    auto drafted = money::draftLateCancellationFee(store->database(), request);
    if (!drafted) {
        return {false, ErrorText::forError(drafted.error()), {}};
    }
    auto stored = money::MoneyRepository(store->database()).findInvoice(drafted->invoiceId);
    if (!stored || !*stored) {
        return {false, ErrorText::forCode(QStringLiteral("not_found")), {}};
    }
    return {true, {}, rowOf(**stored, clientName)};
}

} // namespace

LateFeeService::LateFeeService(DesktopContext context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
}

void LateFeeService::draftFee(const QString& sessionId, const QString& clientName,
                              std::int64_t feeCents, const QDate& day)
{
    money::LateFeeRequest request;
    request.sessionId = sessionId;
    request.feeCents = feeCents;
    request.taxPointDate = day;
    request.descriptionTemplate = CancellationNotice::feeLineTemplate();
    m_context.session.runOnStore<FeeAnswer>(
        this,
        [request, clientName](LocalStore* store) {
            return draftOnStore(store, request, clientName);
        },
        [this](FeeAnswer answer) {
            if (!answer.ok) {
                emit failed(CancellationNotice::feeDraftFailed(answer.problem));
                return;
            }
            m_context.events.notifyChanged(QStringLiteral("invoice"));
            emit drafted(CancellationNotice::feeDraftCreated(answer.draft.totalCents,
                                                             answer.draft.clientName),
                         answer.draft);
        });
}

} // namespace fitflow::desktop
