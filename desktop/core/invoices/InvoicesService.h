#pragma once
// Reads and changes invoices for the Invoices page, through StoreSession::runOnStore (never on
// the GUI thread): the list with client and organization names and the receivables by age, and
// the operations on an existing invoice (issue with a reserved number, record or refund a
// payment, whole or partial credit note, void) through desktop/sync/money's InvoiceOperations.
// After a write it broadcasts "invoice" (and "payment") on StoreEvents; it reloads whenever
// invoices may have changed.

#include "desktop/core/DesktopContext.h"
#include "desktop/core/invoices/InvoiceRow.h"
#include "shared/invoice/CreditNote.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace fitflow::desktop {

class InvoicePdfExport;

class InvoicesService : public QObject {
    Q_OBJECT

public:
    enum class PaymentMethod { Cash, ETransfer };

    explicit InvoicesService(DesktopContext context, QObject* parent = nullptr);

    // Reads everything again; loaded() or failed() follows.
    void reload();
    // The day receivables are aged on (today unless set; tests pin it).
    void setAgeingDate(const QDate& day);

    // Each answers with done(message) or failed(message), then reloads.
    void issue(const QString& invoiceId);
    void recordPayment(const QString& invoiceId, std::int64_t amountCents, PaymentMethod method,
                       const QDate& receivedOn);
    // Gives `amountCents` of a cash or e-transfer payment back to the client, out of their
    // credit on its invoice (`payment.refund`, works offline).
    void refundPayment(const QString& paymentId, std::int64_t amountCents, const QDate& refundedOn);
    // Credits `lines` (quantities of the original's lines), or every line in full.
    void creditNote(const QString& invoiceId,
                    const std::optional<std::vector<invoice::CreditedLine>>& lines = std::nullopt);
    // Voids an issued invoice without payments (docs/sync-protocol.md, `invoice.void`).
    void voidInvoice(const QString& invoiceId);
    // Writes the invoice as a PDF (InvoicePdf, on a worker thread); done(path) or failed().
    // The registration numbers are not synced to devices yet, so they are left blank.
    void exportPdf(const QString& invoiceId, const QString& path);

    // True when `entity` (a StoreEvents name) can change what the page shows.
    static bool concernsInvoices(const QString& entity);

signals:
    void loaded(const fitflow::desktop::InvoicesSnapshot& snapshot);
    void done(const QString& message);
    void failed(const QString& message);

private:
    QDate ageingDate() const;
    void answerWrite(bool ok, const QString& message);

    DesktopContext m_context;
    QDate m_ageingDate;
    InvoicePdfExport* m_pdfExport = nullptr;
};

} // namespace fitflow::desktop
