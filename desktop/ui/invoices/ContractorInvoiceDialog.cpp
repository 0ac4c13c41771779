#include "desktop/ui/invoices/ContractorInvoiceDialog.h"

#include "desktop/core/AppSettings.h"
#include "desktop/core/calendar/MoneyText.h"
#include "desktop/core/invoices/ContractorInvoiceService.h"
#include "desktop/core/invoices/NewInvoiceService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fitflow::desktop {

namespace {

// A line made from a session keeps the session's id here (replaced when the period changes).
constexpr int kSessionIdRole = Qt::UserRole;

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item != nullptr ? item->text() : QString();
}

QDateEdit* dateEdit(const QDate& date, const QString& objectName, const QString& name,
                    QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(name);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

ContractorInvoiceDialog::ContractorInvoiceDialog(DesktopContext context, QWidget* parent)
    : QDialog(parent)
    , m_choicesService(new ContractorInvoiceService(context.session, this))
    , m_saveService(new NewInvoiceService(context, this))
    , m_defaultPriceCents(context.settings.defaultSessionPriceCents())
{
    setObjectName(QStringLiteral("contractorInvoiceDialog"));
    setWindowTitle(tr("New contractor invoice"));
    setAccessibleName(tr("New contractor invoice to a studio"));

    m_organization = new QComboBox(this);
    m_organization->setObjectName(QStringLiteral("contractorOrganizationCombo"));
    m_organization->setAccessibleName(tr("Studio you invoice"));
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("contractorLocationCombo"));
    m_location->setAccessibleName(tr("Location where you supplied the services"));
    const QDate today = QDate::currentDate();
    m_from = dateEdit(QDate(today.year(), today.month(), 1),
                      QStringLiteral("contractorPeriodFromEdit"), tr("Period from"), this);
    m_to = dateEdit(today, QStringLiteral("contractorPeriodToEdit"), tr("Period to"), this);
    m_date = dateEdit(today, QStringLiteral("contractorInvoiceDateEdit"), tr("Invoice date"), this);
    m_supplier = new QLabel(this);
    m_supplier->setObjectName(QStringLiteral("contractorSupplierLabel"));
    m_supplier->setWordWrap(true);

    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Studio:"), m_organization);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(QString(), m_totals.place());
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, period);
    form->addRow(tr("Invoice &date:"), m_date);
    form->addRow(tr("Supplier:"), m_supplier);

    m_lines = new QTableWidget(0, LineColumnCount, this);
    m_lines->setObjectName(QStringLiteral("contractorLinesTable"));
    m_lines->setAccessibleName(tr("Contractor invoice lines"));
    m_lines->setHorizontalHeaderLabels({tr("Description"), tr("Quantity"), tr("Unit price")});
    m_lines->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    auto* linesLabel = new QLabel(tr("Li&nes (sessions you ran there in the period):"), this);
    linesLabel->setBuddy(m_lines);
    auto* addLineButton = new QPushButton(tr("&Add line"), this);
    addLineButton->setObjectName(QStringLiteral("contractorAddLineButton"));
    auto* removeLineButton = new QPushButton(tr("&Remove line"), this);
    removeLineButton->setObjectName(QStringLiteral("contractorRemoveLineButton"));
    auto* lineButtons = new QHBoxLayout;
    lineButtons->addWidget(addLineButton);
    lineButtons->addWidget(removeLineButton);
    lineButtons->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveDraft = buttons->addButton(tr("Sa&ve draft"), QDialogButtonBox::AcceptRole);
    m_saveDraft->setObjectName(QStringLiteral("contractorSaveDraftButton"));
    m_issue = buttons->addButton(tr("&Issue"), QDialogButtonBox::AcceptRole);
    m_issue->setObjectName(QStringLiteral("contractorIssueButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(linesLabel);
    layout->addWidget(m_lines, 1);
    layout->addLayout(lineButtons);
    layout->addLayout(m_totals.makeTotalsForm());
    layout->addWidget(m_totals.problem());
    layout->addWidget(buttons);
    resize(680, 560);

    connect(addLineButton, &QPushButton::clicked, this, &ContractorInvoiceDialog::addLine);
    connect(removeLineButton, &QPushButton::clicked, this,
            &ContractorInvoiceDialog::removeCurrentLine);
    connect(m_saveDraft, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_issue, &QPushButton::clicked, this, [this] { save(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_organization, &QComboBox::currentIndexChanged, this,
            &ContractorInvoiceDialog::fillLocations);
    connect(m_location, &QComboBox::currentIndexChanged, this,
            &ContractorInvoiceDialog::fillSessionLines);
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, &ContractorInvoiceDialog::fillSessionLines);
    }
    connect(m_date, &QDateEdit::dateChanged, this, &ContractorInvoiceDialog::recompute);
    connect(m_lines, &QTableWidget::itemChanged, this, &ContractorInvoiceDialog::recompute);
    connect(m_choicesService, &ContractorInvoiceService::choicesLoaded, this,
            &ContractorInvoiceDialog::showChoices);
    connect(m_saveService, &NewInvoiceService::saved, this, [this](const QString& message) {
        emit invoiceSaved(message);
        accept();
    });
    connect(m_saveService, &NewInvoiceService::failed, this, [this](const QString& message) {
        m_totals.problem()->setText(message);
        m_saveDraft->setEnabled(true);
        m_issue->setEnabled(true);
    });
    // The draft is in the list already: saving again would make a second one.
    connect(m_saveService, &NewInvoiceService::savedButNotIssued, this,
            [this](const QString& message) {
                m_totals.problem()->setText(message);
                m_saved = true;
                m_saveDraft->setEnabled(false);
                m_issue->setEnabled(false);
                emit invoiceSaved(message);
            });
    recompute();
    m_choicesService->loadChoices();
}

void ContractorInvoiceDialog::showChoices(const ContractorInvoiceChoices& choices)
{
    m_choices = choices;
    const auto numberOrNone = [this](const QString& number) {
        return number.isEmpty() ? tr("not registered") : number;
    };
    m_supplier->setText(
        tr("You. GST/HST: %1; QST: %2 (Settings ▸ Profile)")
            .arg(numberOrNone(m_choices.gstHstNumber), numberOrNone(m_choices.qstNumber)));
    {
        const QSignalBlocker blocker(m_organization);
        m_organization->clear();
        for (const ContractorOrganization& organization : m_choices.organizations) {
            m_organization->addItem(organization.name, organization.id);
        }
    }
    m_choicesLoaded = true;
    fillLocations();
}

void ContractorInvoiceDialog::fillLocations()
{
    const QString orgId = m_organization->currentData().toString();
    {
        const QSignalBlocker blocker(m_location);
        m_location->clear();
        for (const ContractorLocation& location : m_choices.locations) {
            if (location.orgId == orgId) {
                m_location->addItem(location.name, location.id);
            }
        }
    }
    fillSessionLines();
}

void ContractorInvoiceDialog::fillSessionLines()
{
    {
        const QSignalBlocker blocker(m_lines);
        for (int row = m_lines->rowCount() - 1; row >= 0; --row) {
            const QTableWidgetItem* description = m_lines->item(row, Description);
            if (description == nullptr || !description->data(kSessionIdRole).isNull()) {
                m_lines->removeRow(row);
            }
        }
        for (const ContractorSession& session : m_choices.sessionsAt(
                 m_location->currentData().toString(), m_from->date(), m_to->date())) {
            appendLine(session.description, m_defaultPriceCents, session.id);
        }
    }
    recompute();
}

int ContractorInvoiceDialog::appendLine(const QString& description, qint64 unitPriceCents,
                                        const QString& sessionId)
{
    const int row = m_lines->rowCount();
    const QSignalBlocker blocker(m_lines);
    m_lines->insertRow(row);
    auto* descriptionItem = new QTableWidgetItem(description);
    if (!sessionId.isEmpty()) {
        descriptionItem->setData(kSessionIdRole, sessionId);
    }
    m_lines->setItem(row, Description, descriptionItem);
    auto* quantity = new QSpinBox(m_lines);
    quantity->setObjectName(QStringLiteral("contractorLineQuantity%1").arg(row));
    quantity->setAccessibleName(tr("Quantity of line %1").arg(row + 1));
    quantity->setRange(1, 10000);
    m_lines->setCellWidget(row, Quantity, quantity);
    connect(quantity, &QSpinBox::valueChanged, this, &ContractorInvoiceDialog::recompute);
    m_lines->setItem(row, UnitPrice,
                     new QTableWidgetItem(unitPriceCents > 0 ? MoneyText::fromCents(unitPriceCents)
                                                             : QString()));
    return row;
}

void ContractorInvoiceDialog::addLine()
{
    const int row = appendLine(QString(), 0, QString());
    recompute();
    m_lines->setCurrentCell(row, Description);
    m_lines->setFocus();
}

void ContractorInvoiceDialog::removeCurrentLine()
{
    const int row = m_lines->currentRow();
    if (row >= 0) {
        m_lines->removeRow(row);
        recompute();
    }
}

DraftFormInput ContractorInvoiceDialog::formInput() const
{
    DraftFormInput input;
    input.toOrganization = true;
    input.locationId = m_location->currentData().toString();
    for (const ContractorLocation& location : m_choices.locations) {
        if (location.id == input.locationId) {
            input.locationName = location.name;
            input.province = location.province;
        }
    }
    input.taxPointDate = m_date->date();
    // The trainer is the supplier: registered exactly where their own numbers are on record.
    input.gstHstRegistered = !m_choices.gstHstNumber.isEmpty();
    input.qstRegistered = !m_choices.qstNumber.isEmpty();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        DraftLineInput line;
        line.description = cellText(m_lines, row, Description);
        if (const auto* quantity = qobject_cast<QSpinBox*>(m_lines->cellWidget(row, Quantity))) {
            line.quantity = quantity->value();
        }
        line.unitPrice = cellText(m_lines, row, UnitPrice);
        input.lines.push_back(std::move(line));
    }
    return input;
}

void ContractorInvoiceDialog::recompute()
{
    m_preview = InvoiceDraftForm::preview(formInput());
    if (m_choicesLoaded && !m_choices.canInvoiceAStudio()) {
        m_preview.problem = tr("You are no studio's trainer on this computer: sign in and sync.");
    } else if (m_from->date() > m_to->date()) {
        m_preview.problem = tr("The period ends before it starts.");
    }
    m_totals.show(m_preview);
    m_saveDraft->setEnabled(m_preview.valid() && !m_saved);
    m_issue->setEnabled(m_preview.valid() && !m_saved);
}

void ContractorInvoiceDialog::save(bool issueNow)
{
    recompute();
    if (!m_preview.valid() || m_saved) {
        return;
    }
    m_saveDraft->setEnabled(false);
    m_issue->setEnabled(false);
    m_saveService->save(m_organization->currentData().toString(), m_preview.draft, issueNow);
}

} // namespace fitflow::desktop
