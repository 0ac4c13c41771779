#pragma once
// The Invoices page: every invoice and credit note (filtered by status) with its total and
// balance, accounts receivable by age (0–30, 31–60, 61–90, over 90 days), and the operations on
// the selected invoice: issue a draft (with a number reserved for this device), record a
// payment, issue a credit note of chosen lines (CreditNoteDialog), void an issued invoice
// without payments, edit a draft (redraft); and New invoice (NewInvoiceDialog). Data comes from
// InvoicesService (desktop/core/invoices).

#include "desktop/core/DesktopContext.h"
#include "desktop/core/invoices/InvoiceRow.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QToolButton;
class QTableView;

namespace fitflow::desktop {

class EmptyStateWidget;
class InvoiceListModel;
class InvoicesService;

class InvoicesPage : public QWidget {
    Q_OBJECT

public:
    explicit InvoicesPage(DesktopContext context, QWidget* parent = nullptr);

    InvoicesService& service() { return *m_service; }
    // New, issue, record payment, credit note, PDF, void, edit draft: with their shortcuts, for
    // the Invoices menu.
    QList<QAction*> invoiceActions() const;

    // The page's actions: a new invoice, issue the selected draft, record a payment, credit the
    // selection.
    void newInvoice();
    void issueSelected();
    void recordPaymentForSelected();
    void creditSelected();
    // Opens RefundDialog for the selected invoice's client credit (`payment.refund`).
    void refundSelected();
    // Asks for confirmation, then voids the selected issued invoice (no payments allowed).
    void voidSelected();
    // Opens the selected draft in the invoice dialog; saving replaces it.
    void editSelectedDraft();
    // Asks where to save the selected issued invoice as a PDF; exportSelectedTo() writes it.
    void exportSelected();
    void exportSelectedTo(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildReceivables();
    void showSnapshot(const InvoicesSnapshot& snapshot);
    void showMessage(const QString& message, bool failure);
    void updateActions();
    QString selectedId() const;
    QString selectedStatus() const;
    const InvoiceRow* selectedInvoice() const;
    QAction* makeAction(const QString& objectName, const QString& text, const QString& tip,
                        const QKeySequence& keys);
    QToolButton* makeButton(const QString& objectName, QAction* action);

    DesktopContext m_context;
    InvoicesService* m_service = nullptr;
    InvoiceListModel* m_model = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_recipientFilter = nullptr; // clients, studios (contractor invoices) or both
    QTableView* m_table = nullptr;
    EmptyStateWidget* m_empty = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_issueAction = nullptr;
    QAction* m_paymentAction = nullptr;
    QAction* m_refundAction = nullptr;
    QAction* m_creditAction = nullptr;
    QAction* m_pdfAction = nullptr;
    QAction* m_voidAction = nullptr;
    QAction* m_editDraftAction = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_current = nullptr;
    QLabel* m_days31to60 = nullptr;
    QLabel* m_days61to90 = nullptr;
    QLabel* m_over90 = nullptr;
    QLabel* m_receivableTotal = nullptr;
    bool m_loadedOnce = false;
};

} // namespace fitflow::desktop
