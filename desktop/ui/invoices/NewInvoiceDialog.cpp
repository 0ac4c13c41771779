#include "desktop/ui/invoices/NewInvoiceDialog.h"

#include "desktop/core/AppSettings.h"
#include "desktop/core/calendar/MoneyText.h"
#include "desktop/core/invoices/NewInvoiceService.h"
#include "desktop/core/invoices/PackageInvoiceLine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fitflow::desktop {

namespace {

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item != nullptr ? item->text() : QString();
}

// A billable item of the list and a line's description cell keep what they bill here.
constexpr int kSessionIdRole = Qt::UserRole;
constexpr int kPackageIdRole = Qt::UserRole + 1;
constexpr int kPriceCentsRole = Qt::UserRole + 2;

QString linkedId(const nlohmann::json& links, int line, const char* key)
{
    for (const nlohmann::json& link : links) {
        if (link.is_object() && link.value("line", -1) == line && link.contains(key)) {
            return QString::fromStdString(link.value(key, std::string()));
        }
    }
    return {};
}

} // namespace

NewInvoiceDialog::NewInvoiceDialog(DesktopContext context, QWidget* parent)
    : QDialog(parent)
    , m_service(new NewInvoiceService(context, this))
{
    setObjectName(QStringLiteral("newInvoiceDialog"));
    setWindowTitle(tr("New invoice"));

    m_organization = new QComboBox(this);
    m_organization->setObjectName(QStringLiteral("invoiceOrganizationCombo"));
    m_organization->setAccessibleName(tr("Organization"));
    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("invoiceClientCombo"));
    m_client->setAccessibleName(tr("Client"));
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("invoiceLocationCombo"));
    m_location->setAccessibleName(tr("Where the session is held"));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("invoiceDateEdit"));
    m_date->setAccessibleName(tr("Invoice date"));
    m_date->setCalendarPopup(true);
    m_gstHst = new QCheckBox(tr("Registered for GST/HST"), this);
    m_gstHst->setObjectName(QStringLiteral("invoiceGstHstCheck"));
    m_qst = new QCheckBox(tr("Registered for QST"), this);
    m_qst->setObjectName(QStringLiteral("invoiceQstCheck"));

    // Who and where on the left, when and the supplier's registrations on the right: two short
    // columns leave the height to the lines.
    auto* form = new QFormLayout;
    form->addRow(tr("&Organization:"), m_organization);
    form->addRow(tr("C&lient:"), m_client);
    form->addRow(tr("&Held at:"), m_location);
    form->addRow(QString(), m_totals.place());
    auto* supplierForm = new QFormLayout;
    supplierForm->addRow(tr("&Date:"), m_date);
    auto* registrations = new QVBoxLayout;
    registrations->addWidget(m_gstHst);
    registrations->addWidget(m_qst);
    supplierForm->addRow(tr("Supplier:"), registrations);
    auto* header = new QHBoxLayout;
    header->addLayout(form, 3);
    header->addSpacing(12);
    header->addLayout(supplierForm, 2);

    m_lines = new QTableWidget(0, LineColumnCount, this);
    m_lines->setObjectName(QStringLiteral("invoiceLinesTable"));
    m_lines->setAccessibleName(tr("Invoice lines"));
    m_lines->setHorizontalHeaderLabels(
        {tr("Description"), tr("Quantity"), tr("Unit price"), tr("Discount"), tr("Category")});
    m_lines->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    // A line holds a spin box and a combo box: each row is as tall as they want to be.
    m_lines->verticalHeader()->setDefaultSectionSize(
        std::max({m_lines->verticalHeader()->defaultSectionSize(), QSpinBox().sizeHint().height(),
                  QComboBox().sizeHint().height()}));
    m_defaultPriceCents = context.settings.defaultSessionPriceCents();
    m_sessions = new QListWidget(this);
    m_sessions->setObjectName(QStringLiteral("invoiceSessionsList"));
    m_sessions->setAccessibleName(tr("Completed sessions and packages not invoiced yet"));
    m_sessions->setMaximumHeight(96);
    m_addSessions = new QPushButton(tr("Add chec&ked items"), this);
    m_addSessions->setObjectName(QStringLiteral("addSessionLinesButton"));
    connect(m_addSessions, &QPushButton::clicked, this, &NewInvoiceDialog::addCheckedSessions);
    auto* addLineButton = new QPushButton(tr("&Add line"), this);
    addLineButton->setObjectName(QStringLiteral("addInvoiceLineButton"));
    // Typing goes on in the new line's description, so lines are added by keyboard alone.
    connect(addLineButton, &QPushButton::clicked, this, [this] {
        addLine();
        const int row = m_lines->rowCount() - 1;
        m_lines->setFocus(Qt::OtherFocusReason);
        m_lines->setCurrentCell(row, Description);
        m_lines->editItem(m_lines->item(row, Description));
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveDraft = buttons->addButton(tr("&Save draft"), QDialogButtonBox::AcceptRole);
    m_saveDraft->setObjectName(QStringLiteral("saveDraftButton"));
    m_issue = buttons->addButton(tr("&Issue"), QDialogButtonBox::AcceptRole);
    m_issue->setObjectName(QStringLiteral("issueNewInvoiceButton"));
    connect(m_saveDraft, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_issue, &QPushButton::clicked, this, [this] { save(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    auto* sessionsLabel =
        new QLabel(tr("Completed &sessions and packages not invoiced yet:"), this);
    sessionsLabel->setBuddy(m_sessions);
    layout->addWidget(sessionsLabel);
    auto* billable = new QHBoxLayout;
    billable->addWidget(m_sessions, 1);
    billable->addWidget(m_addSessions, 0, Qt::AlignTop);
    layout->addLayout(billable);
    layout->addWidget(m_lines, 1);
    auto* footer = new QHBoxLayout;
    footer->addWidget(addLineButton, 0, Qt::AlignTop);
    footer->addStretch();
    footer->addLayout(m_totals.makeTotalsForm());
    layout->addLayout(footer);
    layout->addWidget(m_totals.problem());
    layout->addWidget(buttons);
    // At least five lines show whole at the default size, and more as the dialog grows; the
    // minimum keeps the dialog within a 1280 x 800 laptop screen (TestColumnsFit).
    m_lines->setMinimumHeight(linesTableHeight(kVisibleLines));
    resize(760, sizeHint().height());

    connect(m_organization, &QComboBox::currentIndexChanged, this,
            &NewInvoiceDialog::fillForOrganization);
    for (QComboBox* combo : {m_client, m_location}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &NewInvoiceDialog::recompute);
    }
    connect(m_client, &QComboBox::currentIndexChanged, this, &NewInvoiceDialog::fillSessions);
    connect(m_date, &QDateEdit::dateChanged, this, &NewInvoiceDialog::recompute);
    connect(m_gstHst, &QCheckBox::toggled, this, &NewInvoiceDialog::recompute);
    connect(m_qst, &QCheckBox::toggled, this, &NewInvoiceDialog::recompute);
    connect(m_lines, &QTableWidget::itemChanged, this, &NewInvoiceDialog::recompute);
    connect(m_service, &NewInvoiceService::choicesLoaded, this, &NewInvoiceDialog::showChoices);
    connect(m_service, &NewInvoiceService::saved, this, [this](const QString& message) {
        emit invoiceSaved(message);
        accept();
    });
    connect(m_service, &NewInvoiceService::failed, this, [this](const QString& message) {
        m_totals.problem()->setText(message);
        m_saveDraft->setEnabled(true);
        m_issue->setEnabled(true);
    });
    // The draft is in the list already: saving again would make a second one.
    connect(m_service, &NewInvoiceService::savedButNotIssued, this, [this](const QString& message) {
        m_totals.problem()->setText(message);
        m_saved = true;
        emit invoiceSaved(message);
    });
    addLine();
    m_service->loadChoices();
}

int NewInvoiceDialog::linesTableHeight(int rows) const
{
    return m_lines->horizontalHeader()->sizeHint().height() +
           rows * m_lines->verticalHeader()->defaultSectionSize() + 2 * m_lines->frameWidth() +
           m_lines->horizontalScrollBar()->sizeHint().height();
}

void NewInvoiceDialog::addLine()
{
    const int row = m_lines->rowCount();
    const QSignalBlocker blocker(m_lines);
    m_lines->insertRow(row);
    m_lines->setItem(row, Description, new QTableWidgetItem(tr("Training session")));
    auto* quantity = new QSpinBox(m_lines);
    quantity->setObjectName(QStringLiteral("invoiceLineQuantity%1").arg(row));
    quantity->setRange(1, 10000);
    m_lines->setCellWidget(row, Quantity, quantity);
    connect(quantity, &QSpinBox::valueChanged, this, &NewInvoiceDialog::recompute);
    m_lines->setItem(row, UnitPrice, new QTableWidgetItem());
    m_lines->setItem(row, Discount, new QTableWidgetItem());
    auto* category = new QComboBox(m_lines);
    category->setObjectName(QStringLiteral("invoiceLineCategory%1").arg(row));
    category->addItem(tr("Service"), QStringLiteral("service"));
    category->addItem(tr("Goods"), QStringLiteral("goods"));
    category->addItem(tr("Tax exempt"), QStringLiteral("exempt"));
    m_lines->setCellWidget(row, Category, category);
    connect(category, &QComboBox::currentIndexChanged, this, &NewInvoiceDialog::recompute);
    recompute();
}

void NewInvoiceDialog::showChoices(const InvoiceChoices& choices)
{
    m_choices = choices;
    const QSignalBlocker blocker(m_organization);
    m_organization->clear();
    for (const InvoiceChoice& organization : m_choices.organizations) {
        m_organization->addItem(organization.name, organization.id);
    }
    fillForOrganization();
    m_choicesLoaded = true;
    fillFromDraft();
    fillForPackage();
}

void NewInvoiceDialog::invoicePackage(const QString& packageId)
{
    m_packageToInvoice = packageId;
    if (m_choicesLoaded) {
        fillForPackage();
    }
}

void NewInvoiceDialog::fillForPackage()
{
    if (m_packageToInvoice.isEmpty()) {
        return;
    }
    const auto package = std::find_if(
        m_choices.packages.begin(), m_choices.packages.end(),
        [this](const money::UnbilledPackage& p) { return p.id == m_packageToInvoice; });
    m_packageToInvoice.clear();
    if (package == m_choices.packages.end()) {
        m_totals.problem()->setText(tr("This package is invoiced already."));
        return;
    }
    m_organization->setCurrentIndex(std::max(0, m_organization->findData(package->orgId)));
    m_client->setCurrentIndex(std::max(0, m_client->findData(package->clientId)));
    fillSessions();
    for (int row = 0; row < m_sessions->count(); ++row) {
        QListWidgetItem* item = m_sessions->item(row);
        item->setCheckState(item->data(kPackageIdRole).toString() == package->id ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
    addCheckedSessions();
}

void NewInvoiceDialog::fillSessions()
{
    const QString clientId = m_client->currentData().toString();
    m_sessions->clear();
    const auto addItem = [this](const QString& text, int role, const QString& id) {
        auto* item = new QListWidgetItem(text, m_sessions);
        item->setData(role, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        return item;
    };
    for (const BillableSession& session : m_choices.sessions) {
        if (session.clientId == clientId && !m_addedSessionIds.contains(session.id)) {
            addItem(session.description, kSessionIdRole, session.id)
                ->setData(kPriceCentsRole, m_defaultPriceCents);
        }
    }
    for (const money::UnbilledPackage& package : m_choices.packages) {
        if (package.clientId == clientId && !m_addedSessionIds.contains(package.id)) {
            addItem(PackageInvoiceLine::description(package), kPackageIdRole, package.id)
                ->setData(kPriceCentsRole, package.priceCents);
        }
    }
    m_addSessions->setEnabled(m_sessions->count() > 0);
}

void NewInvoiceDialog::addCheckedSessions()
{
    std::vector<const QListWidgetItem*> checked;
    for (int row = 0; row < m_sessions->count(); ++row) {
        const QListWidgetItem* item = m_sessions->item(row);
        if (item->checkState() == Qt::Checked) {
            checked.push_back(item);
        }
    }
    if (checked.empty()) {
        return;
    }
    for (int row = m_lines->rowCount() - 1; row >= 0; --row) {
        if (cellText(m_lines, row, UnitPrice).trimmed().isEmpty()) {
            m_lines->removeRow(row);
        }
    }
    for (const QListWidgetItem* item : checked) {
        addLine();
        const int row = m_lines->rowCount() - 1;
        const QSignalBlocker blocker(m_lines);
        QTableWidgetItem* description = m_lines->item(row, Description);
        description->setText(item->text());
        for (int role : {kSessionIdRole, kPackageIdRole}) {
            description->setData(role, item->data(role));
            if (!item->data(role).toString().isEmpty()) {
                m_addedSessionIds << item->data(role).toString();
            }
        }
        const qint64 price = item->data(kPriceCentsRole).toLongLong();
        if (price > 0) {
            m_lines->item(row, UnitPrice)->setText(MoneyText::fromCents(price));
        }
    }
    fillSessions();
    recompute();
}

void NewInvoiceDialog::editDraft(const InvoiceRow& draft)
{
    m_editing = draft;
    setWindowTitle(tr("Edit draft"));
    m_saveDraft->setText(tr("&Save changes"));
    if (m_choicesLoaded) {
        fillFromDraft();
    }
}

void NewInvoiceDialog::fillFromDraft()
{
    if (m_editing.id.isEmpty()) {
        return;
    }
    const auto select = [](QComboBox* combo, const QString& id) {
        combo->setCurrentIndex(std::max(0, combo->findData(id)));
    };
    select(m_organization, m_editing.orgId);
    fillForOrganization();
    select(m_client, m_editing.clientId);
    select(m_location, m_editing.locationId);
    const nlohmann::json& draft = m_editing.draft;
    m_date->setDate(QDate::fromString(
        QString::fromStdString(draft.value("tax_point_date", std::string())), Qt::ISODate));
    const nlohmann::json supplier = draft.value("supplier", nlohmann::json::object());
    m_gstHst->setChecked(supplier.value("gst_hst_registered", true));
    m_qst->setChecked(supplier.value("qst_registered", true));
    m_lines->setRowCount(0);
    for (const nlohmann::json& line : draft.value("lines", nlohmann::json::array())) {
        addLine();
        const int row = m_lines->rowCount() - 1;
        const QSignalBlocker blocker(m_lines);
        QTableWidgetItem* description = m_lines->item(row, Description);
        description->setText(QString::fromStdString(line.value("description", std::string())));
        description->setData(kSessionIdRole, linkedId(m_editing.lineLinks, row, "session_id"));
        description->setData(kPackageIdRole, linkedId(m_editing.lineLinks, row, "package_id"));
        m_lines->item(row, UnitPrice)
            ->setText(MoneyText::fromCents(line.value("unit_price_cents", std::int64_t{0})));
        const std::int64_t discount = line.value("discount_cents", std::int64_t{0});
        m_lines->item(row, Discount)
            ->setText(discount > 0 ? MoneyText::fromCents(discount) : QString());
        if (auto* quantity = qobject_cast<QSpinBox*>(m_lines->cellWidget(row, Quantity))) {
            quantity->setValue(static_cast<int>(line.value("quantity", std::int64_t{1})));
        }
        if (auto* category = qobject_cast<QComboBox*>(m_lines->cellWidget(row, Category))) {
            select(category, QString::fromStdString(line.value("category", std::string())));
        }
    }
    recompute();
}

void NewInvoiceDialog::fillForOrganization()
{
    const QString orgId = m_organization->currentData().toString();
    // The supplier is registered where the organization has a number on record (a draft being
    // edited then restores its own choice).
    {
        const OrganizationRegistrations numbers = m_choices.registrations.value(orgId);
        const QSignalBlocker gstHstBlocker(m_gstHst);
        const QSignalBlocker qstBlocker(m_qst);
        m_gstHst->setChecked(!numbers.gstHstNumber.isEmpty());
        m_qst->setChecked(!numbers.qstNumber.isEmpty());
    }
    {
        const QSignalBlocker clientBlocker(m_client);
        const QSignalBlocker locationBlocker(m_location);
        m_client->clear();
        m_location->clear();
        for (const InvoiceChoice& client : m_choices.clients) {
            if (client.orgId == orgId) {
                m_client->addItem(client.name, client.id);
            }
        }
        for (const InvoiceChoice& location : m_choices.locations) {
            if (location.orgId == orgId) {
                m_location->addItem(location.name, location.id);
            }
        }
    }
    fillSessions();
    recompute();
}

DraftFormInput NewInvoiceDialog::formInput() const
{
    DraftFormInput input;
    input.clientId = m_client->currentData().toString();
    input.locationId = m_location->currentData().toString();
    for (const InvoiceChoice& location : m_choices.locations) {
        if (location.id == input.locationId) {
            input.locationName = location.name;
            input.province = location.province;
        }
    }
    input.taxPointDate = m_date->date();
    input.gstHstRegistered = m_gstHst->isChecked();
    input.qstRegistered = m_qst->isChecked();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        DraftLineInput line;
        line.description = cellText(m_lines, row, Description);
        if (const QTableWidgetItem* description = m_lines->item(row, Description)) {
            line.sessionId = description->data(kSessionIdRole).toString();
            line.packageId = description->data(kPackageIdRole).toString();
        }
        if (const auto* quantity = qobject_cast<QSpinBox*>(m_lines->cellWidget(row, Quantity))) {
            line.quantity = quantity->value();
        }
        line.unitPrice = cellText(m_lines, row, UnitPrice);
        line.discount = cellText(m_lines, row, Discount);
        if (const auto* category = qobject_cast<QComboBox*>(m_lines->cellWidget(row, Category))) {
            line.category = category->currentData().toString();
        }
        input.lines.push_back(std::move(line));
    }
    return input;
}

void NewInvoiceDialog::recompute()
{
    m_preview = InvoiceDraftForm::preview(formInput());
    m_totals.show(m_preview);
    m_saveDraft->setEnabled(m_preview.valid() && !m_saved);
    m_issue->setEnabled(m_preview.valid() && !m_saved);
}

void NewInvoiceDialog::save(bool issueNow)
{
    recompute();
    if (!m_preview.valid() || m_saved) {
        return;
    }
    m_saveDraft->setEnabled(false);
    m_issue->setEnabled(false);
    m_service->save(m_organization->currentData().toString(), m_preview.draft, issueNow,
                    m_editing.id);
}

} // namespace fitflow::desktop
