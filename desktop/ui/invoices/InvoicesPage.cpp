#include "desktop/ui/invoices/InvoicesPage.h"

#include "desktop/core/calendar/MoneyText.h"
#include "desktop/core/invoices/InvoiceListModel.h"
#include "desktop/core/invoices/InvoicesService.h"
#include "desktop/ui/common/DefaultSavePath.h"
#include "desktop/ui/common/EmptyStateWidget.h"
#include "desktop/ui/invoices/CreditNoteDialog.h"
#include "desktop/ui/invoices/NewInvoiceDialog.h"
#include "desktop/ui/invoices/PaymentDialog.h"
#include "desktop/ui/invoices/RefundDialog.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace fitflow::desktop {

namespace {

QLabel* amountLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

InvoicesPage::InvoicesPage(DesktopContext context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_service(new InvoicesService(context, this))
    , m_model(new InvoiceListModel(this))
{
    setObjectName(QStringLiteral("invoicesPage"));

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("invoiceStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Show invoices by status"));
    m_statusFilter->addItem(tr("All invoices"), QString());
    for (const char* status : {"draft", "issued", "void"}) {
        const QString name = QString::fromLatin1(status);
        m_statusFilter->addItem(InvoiceListModel::statusText(name), name);
    }
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatusFilter(m_statusFilter->currentData().toString());
        updateActions();
    });
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_statusFilter);

    // A trainer's own contractor invoices to studios sit beside the invoices to clients.
    m_recipientFilter = new QComboBox(this);
    m_recipientFilter->setObjectName(QStringLiteral("invoiceRecipientFilter"));
    m_recipientFilter->setAccessibleName(tr("Show invoices by recipient"));
    m_recipientFilter->addItem(tr("To clients and studios"), QString());
    m_recipientFilter->addItem(tr("To clients"), QStringLiteral("client"));
    m_recipientFilter->addItem(tr("To studios (your contractor invoices)"),
                               QStringLiteral("organization"));
    connect(m_recipientFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setRecipientFilter(m_recipientFilter->currentData().toString());
        updateActions();
    });

    m_newAction = makeAction(QStringLiteral("newInvoiceAction"), tr("&New invoice…"),
                             tr("Write a new invoice"), QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &InvoicesPage::newInvoice);
    m_issueAction = makeAction(QStringLiteral("issueInvoiceAction"), tr("&Issue"),
                               tr("Issue the selected draft with this device's next number"),
                               QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_issueAction, &QAction::triggered, this, &InvoicesPage::issueSelected);
    m_paymentAction = makeAction(QStringLiteral("recordPaymentAction"), tr("Record &payment…"),
                                 tr("Record a cash or e-transfer payment on the selected invoice"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_paymentAction, &QAction::triggered, this, &InvoicesPage::recordPaymentForSelected);
    m_refundAction = makeAction(QStringLiteral("refundPaymentAction"), tr("&Refund…"),
                                tr("Give the client's credit on the selected invoice back out of "
                                   "a cash or e-transfer payment"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_refundAction, &QAction::triggered, this, &InvoicesPage::refundSelected);
    m_creditAction = makeAction(QStringLiteral("creditNoteAction"), tr("&Credit note…"),
                                tr("Issue a credit note for the whole selected invoice"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_creditAction, &QAction::triggered, this, &InvoicesPage::creditSelected);
    m_pdfAction = makeAction(QStringLiteral("exportInvoicePdfAction"), tr("E&xport PDF…"),
                             tr("Save the selected invoice as a PDF"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_pdfAction, &QAction::triggered, this, &InvoicesPage::exportSelected);
    m_voidAction = makeAction(QStringLiteral("voidInvoiceAction"), tr("&Void…"),
                              tr("Void the selected issued invoice (only without payments)"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    connect(m_voidAction, &QAction::triggered, this, &InvoicesPage::voidSelected);
    m_editDraftAction = makeAction(QStringLiteral("editDraftAction"), tr("&Edit draft…"),
                                   tr("Change the selected draft before it is issued"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_editDraftAction, &QAction::triggered, this, &InvoicesPage::editSelectedDraft);

    // The actions and the filters take a row each: in one row (seven actions, French labels) the
    // page needed 1,444 px and pushed the window beyond a laptop's screen.
    auto* filters = new QHBoxLayout;
    filters->addWidget(filterLabel);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_recipientFilter);
    filters->addStretch();
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(makeButton(QStringLiteral("newInvoiceButton"), m_newAction));
    toolbar->addWidget(makeButton(QStringLiteral("issueInvoiceButton"), m_issueAction));
    toolbar->addWidget(makeButton(QStringLiteral("recordPaymentButton"), m_paymentAction));
    toolbar->addWidget(makeButton(QStringLiteral("refundPaymentButton"), m_refundAction));
    toolbar->addWidget(makeButton(QStringLiteral("creditNoteButton"), m_creditAction));
    toolbar->addWidget(makeButton(QStringLiteral("editDraftButton"), m_editDraftAction));
    toolbar->addWidget(makeButton(QStringLiteral("exportInvoicePdfButton"), m_pdfAction));
    toolbar->addWidget(makeButton(QStringLiteral("voidInvoiceButton"), m_voidAction));
    toolbar->addStretch();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("invoiceTable"));
    m_table->setAccessibleName(tr("Invoices"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(InvoiceListModel::Client,
                                                      QHeaderView::Stretch);
    // Number, date, status and amounts take the width of their text ("Credit $333.43", a credit
    // note's number); the client's name takes what is left.
    for (const int column :
         {InvoiceListModel::Number, InvoiceListModel::Date, InvoiceListModel::Status,
          InvoiceListModel::Total, InvoiceListModel::Balance}) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InvoicesPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoicesPage::updateActions);

    m_empty = new EmptyStateWidget(
        QStringLiteral(":/icons/invoices.svg"), tr("No invoices yet"),
        tr("Invoices you issue and the payments you receive are listed here."), this);
    m_empty->setObjectName(QStringLiteral("invoicesEmptyState"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("invoiceMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(buildReceivables());
    m_table->hide();

    connect(m_service, &InvoicesService::loaded, this, &InvoicesPage::showSnapshot);
    connect(m_service, &InvoicesService::done, this,
            [this](const QString& message) { showMessage(message, false); });
    connect(m_service, &InvoicesService::failed, this,
            [this](const QString& message) { showMessage(message, true); });
    updateActions();
}

QAction* InvoicesPage::makeAction(const QString& objectName, const QString& text,
                                  const QString& tip, const QKeySequence& keys)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(keys);
    action->setToolTip(tr("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
    // Only while the Invoices page (or a child) has focus, so other pages keep their shortcuts.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

QToolButton* InvoicesPage::makeButton(const QString& objectName, QAction* action)
{
    auto* button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QList<QAction*> InvoicesPage::invoiceActions() const
{
    return {m_newAction,    m_issueAction, m_paymentAction, m_refundAction,
            m_creditAction, m_pdfAction,   m_voidAction,    m_editDraftAction};
}

QWidget* InvoicesPage::buildReceivables()
{
    auto* box = new QGroupBox(tr("Accounts receivable"), this);
    box->setObjectName(QStringLiteral("receivablesBox"));
    m_current = amountLabel(QStringLiteral("ageingCurrentLabel"), box);
    m_days31to60 = amountLabel(QStringLiteral("ageing31to60Label"), box);
    m_days61to90 = amountLabel(QStringLiteral("ageing61to90Label"), box);
    m_over90 = amountLabel(QStringLiteral("ageingOver90Label"), box);
    m_receivableTotal = amountLabel(QStringLiteral("ageingTotalLabel"), box);
    auto* row = new QHBoxLayout(box);
    const std::pair<QString, QLabel*> columns[] = {{tr("0–30 days:"), m_current},
                                                   {tr("31–60 days:"), m_days31to60},
                                                   {tr("61–90 days:"), m_days61to90},
                                                   {tr("Over 90 days:"), m_over90},
                                                   {tr("Total due:"), m_receivableTotal}};
    for (const auto& [caption, value] : columns) {
        auto* captionLabel = new QLabel(caption, box);
        captionLabel->setBuddy(value);
        value->setAccessibleName(caption);
        row->addWidget(captionLabel);
        row->addWidget(value);
        row->addSpacing(12);
    }
    row->addStretch();
    return box;
}

void InvoicesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        m_service->reload();
    }
}

void InvoicesPage::showSnapshot(const InvoicesSnapshot& snapshot)
{
    m_loadedOnce = true;
    // A failure to read (say, while the store was locked) is over once the list loads.
    if (m_message->property("failure").toBool()) {
        showMessage(QString(), false);
    }
    const QString selected = selectedId();
    m_model->setInvoices(snapshot.rows);
    const bool any = !snapshot.rows.empty();
    m_table->setVisible(any);
    m_empty->setVisible(!any);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->invoiceAt(row)->id == selected) {
            m_table->selectRow(row);
        }
    }
    const ReceivablesSummary& ageing = snapshot.receivables;
    m_current->setText(MoneyText::fromCents(ageing.current));
    m_days31to60->setText(MoneyText::fromCents(ageing.days31to60));
    m_days61to90->setText(MoneyText::fromCents(ageing.days61to90));
    m_over90->setText(MoneyText::fromCents(ageing.over90));
    m_receivableTotal->setText(MoneyText::fromCents(ageing.total()));
    updateActions();
}

void InvoicesPage::showMessage(const QString& message, bool failure)
{
    m_message->setText(message);
    m_message->setProperty("failure", failure);
    m_message->setVisible(!message.isEmpty());
}

QString InvoicesPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.front().data(InvoiceListModel::kIdRole).toString();
}

QString InvoicesPage::selectedStatus() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.front().data(InvoiceListModel::kStatusRole).toString();
}

const InvoiceRow* InvoicesPage::selectedInvoice() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->invoiceAt(rows.front().row());
}

void InvoicesPage::updateActions()
{
    const InvoiceRow* invoice = selectedInvoice();
    const bool issuedInvoice = invoice != nullptr && invoice->status == QLatin1String("issued") &&
                               invoice->kind == QLatin1String("invoice");
    m_issueAction->setEnabled(invoice != nullptr && invoice->status == QLatin1String("draft"));
    m_paymentAction->setEnabled(issuedInvoice && invoice->balanceCents > 0);
    m_refundAction->setEnabled(issuedInvoice && invoice->hasRefundablePayment());
    m_creditAction->setEnabled(issuedInvoice);
    m_pdfAction->setEnabled(invoice != nullptr && invoice->status == QLatin1String("issued"));
    m_voidAction->setEnabled(issuedInvoice && invoice->paidCents == 0);
    m_editDraftAction->setEnabled(invoice != nullptr && invoice->status == QLatin1String("draft"));
}

void InvoicesPage::newInvoice()
{
    auto* dialog = new NewInvoiceDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewInvoiceDialog::invoiceSaved, this,
            [this](const QString& message) { showMessage(message, false); });
    dialog->open();
}

void InvoicesPage::issueSelected()
{
    if (selectedStatus() == QLatin1String("draft")) {
        m_service->issue(selectedId());
    }
}

void InvoicesPage::recordPaymentForSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const InvoiceRow* invoice = rows.isEmpty() ? nullptr : m_model->invoiceAt(rows.front().row());
    if (invoice == nullptr || invoice->status != QLatin1String("issued")) {
        return;
    }
    auto* dialog = new PaymentDialog(invoice->number, invoice->balanceCents, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = invoice->id] {
        if (const auto cents = dialog->amountCents()) {
            m_service->recordPayment(id, *cents, dialog->method(), dialog->receivedOn());
        }
    });
    dialog->open();
}

void InvoicesPage::refundSelected()
{
    const InvoiceRow* invoice = selectedInvoice();
    if (invoice == nullptr || !invoice->hasRefundablePayment()) {
        return;
    }
    auto* dialog = new RefundDialog(*invoice, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto cents = dialog->amountCents()) {
            m_service->refundPayment(dialog->paymentId(), *cents, dialog->refundedOn());
        }
    });
    dialog->open();
}

void InvoicesPage::creditSelected()
{
    const InvoiceRow* invoice = selectedInvoice();
    if (invoice == nullptr || invoice->status != QLatin1String("issued") ||
        invoice->kind != QLatin1String("invoice")) {
        return;
    }
    // The dialog is the confirmation: nothing is written until its Issue button.
    auto* dialog = new CreditNoteDialog(*invoice, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = invoice->id] {
        m_service->creditNote(id, dialog->creditedLines());
    });
    dialog->open();
}

void InvoicesPage::voidSelected()
{
    const InvoiceRow* invoice = selectedInvoice();
    if (invoice == nullptr || invoice->status != QLatin1String("issued") ||
        invoice->kind != QLatin1String("invoice") || invoice->paidCents != 0) {
        return;
    }
    auto* confirm = new QMessageBox(
        QMessageBox::Warning, tr("Void invoice"),
        tr("Void %1? It stays in the list as void, its number is not reused, and nothing is due "
           "on it any more.")
            .arg(invoice->number),
        QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("voidInvoiceConfirm"));
    auto* yes = confirm->addButton(tr("&Void invoice"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("voidInvoiceConfirmButton"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(yes, &QPushButton::clicked, this,
            [this, id = invoice->id] { m_service->voidInvoice(id); });
    confirm->open();
}

void InvoicesPage::editSelectedDraft()
{
    const InvoiceRow* invoice = selectedInvoice();
    if (invoice == nullptr || invoice->status != QLatin1String("draft")) {
        return;
    }
    auto* dialog = new NewInvoiceDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->editDraft(*invoice);
    connect(dialog, &NewInvoiceDialog::invoiceSaved, this,
            [this](const QString& message) { showMessage(message, false); });
    dialog->open();
}

void InvoicesPage::exportSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const InvoiceRow* invoice = rows.isEmpty() ? nullptr : m_model->invoiceAt(rows.front().row());
    if (invoice == nullptr || invoice->status != QLatin1String("issued")) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save invoice as PDF"), defaultSavePath(invoice->number + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty()) {
        exportSelectedTo(path);
    }
}

void InvoicesPage::exportSelectedTo(const QString& path)
{
    if (selectedStatus() == QLatin1String("issued")) {
        m_service->exportPdf(selectedId(), path);
    }
}

} // namespace fitflow::desktop
