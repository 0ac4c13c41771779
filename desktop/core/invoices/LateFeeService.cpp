#include "desktop/core/invoices/LateFeeService.h"

#include "desktop/core/ErrorText.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/calendar/CancellationNotice.h"
#include "desktop/core/invoices/InvoiceRowOf.h"
#include "desktop/storage/money/MoneyRepository.h"
#include "desktop/sync/money/LateCancellationFee.h"

namespace fitflow::desktop {

namespace {

struct FeeAnswer {
    bool ok = false;
    QString problem;
    InvoiceRow draft;
};

// The stored draft as the invoice dialog edits it.
InvoiceRow rowWithClient(const money::LocalInvoice& invoice, const QString& clientName)
{
    InvoiceRow row = invoiceRowOf(invoice);
    row.clientName = clientName;
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
    return {true, {}, rowWithClient(**stored, clientName)};
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
