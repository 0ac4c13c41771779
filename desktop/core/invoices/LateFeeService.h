#pragma once
// The fee invoice of a late cancellation, from the desktop (issue 6 part 3): after the session
// was cancelled, drafts the invoice on the store thread (money::draftLateCancellationFee: one
// line linked to the session, taxed by the shared engine, queued for sync, works offline) and
// answers on the GUI thread with the sentence to show and the draft, so the user can open it
// with one click. Broadcasts "invoice" on StoreEvents after a draft.

#include "desktop/core/DesktopContext.h"
#include "desktop/core/invoices/InvoiceRow.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <cstdint>

namespace fitflow::desktop {

class LateFeeService : public QObject {
    Q_OBJECT

public:
    explicit LateFeeService(DesktopContext context, QObject* parent = nullptr);

    // Drafts the fee of `sessionId` (cancelled late) dated `day`; drafted() or failed() follows.
    void draftFee(const QString& sessionId, const QString& clientName, std::int64_t feeCents,
                  const QDate& day = QDate::currentDate());

signals:
    // "A draft invoice of $28.74 was created for Ada Lovelace: Invoices → Drafts."
    void drafted(const QString& message, const fitflow::desktop::InvoiceRow& draft);
    void failed(const QString& message);

private:
    DesktopContext m_context;
};

} // namespace fitflow::desktop
