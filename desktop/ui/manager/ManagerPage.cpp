#include "desktop/ui/manager/ManagerPage.h"

#include "desktop/core/account/ProfileService.h"
#include "desktop/core/calendar/MoneyText.h"
#include "desktop/core/manager/ManagerService.h"
#include "desktop/core/manager/OrganizationInvoiceModel.h"
#include "desktop/core/manager/PaymentListModel.h"
#include "desktop/core/manager/TrainerWeekModel.h"
#include "desktop/core/manager/UtilisationModel.h"
#include "desktop/ui/invoices/PaymentDialog.h"

#include <QAction>
#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fitflow::desktop {

namespace {

constexpr int kDaysPerWeek = 7;

QTableView* table(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

ManagerPage::ManagerPage(DesktopContext context, ProfileService& profile, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_profile(profile)
    , m_service(new ManagerService(context, this))
    , m_weekStart(ManagerService::mondayOf(QDate::currentDate()))
{
    setObjectName(QStringLiteral("managerPage"));
    m_weekModel = new TrainerWeekModel(this);
    m_utilisationModel = new UtilisationModel(this);
    m_invoiceModel = new OrganizationInvoiceModel(OrganizationInvoiceModel::View::Studio, this);
    m_trainerInvoiceModel =
        new OrganizationInvoiceModel(OrganizationInvoiceModel::View::ContractorInvoices, this);
    m_paymentModel = new PaymentListModel(this);

    auto* heading = new QLabel(tr("Manager view"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    heading->setFont(headingFont);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("managerStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_emptyLabel = new QLabel(tr("You do not run a studio yet: the Manager view shows the "
                                 "organizations where you are an owner, manager or trainer "
                                 "admin, once this computer has synced them."),
                              this);
    m_emptyLabel->setObjectName(QStringLiteral("managerEmptyLabel"));
    m_emptyLabel->setWordWrap(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("managerTabs"));
    m_tabs->setAccessibleName(tr("Manager view sections"));
    m_tabs->addTab(buildScheduleTab(), tr("&Schedule"));
    m_tabs->addTab(buildInvoicesTab(), tr("&Invoices"));
    m_tabs->addTab(buildTrainerInvoicesTab(), tr("&Contractor invoices"));
    m_tabs->addTab(buildPaymentsTab(), tr("&Payments"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(buildFilters());
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_tabs, 1);

    connect(m_service, &ManagerService::loaded, this, &ManagerPage::showSnapshot);
    connect(m_service, &ManagerService::failed, this, &ManagerPage::showStatus);
    connect(m_service, &ManagerService::done, this, &ManagerPage::showStatus);
    connect(&m_profile, &ProfileService::profileChanged, this, &ManagerPage::refreshOrganizations);
    refreshOrganizations();
    if (!m_profile.profile().isKnown()) {
        m_profile.reload();
    }
}

QWidget* ManagerPage::buildFilters()
{
    auto* bar = new QWidget(this);
    m_organizationCombo = new QComboBox(bar);
    m_organizationCombo->setObjectName(QStringLiteral("managerOrganizationCombo"));
    m_organizationCombo->setAccessibleName(tr("Organization"));
    auto* organizationLabel = new QLabel(tr("&Organization:"), bar);
    organizationLabel->setBuddy(m_organizationCombo);

    m_trainerCombo = new QComboBox(bar);
    m_trainerCombo->setObjectName(QStringLiteral("managerTrainerCombo"));
    m_trainerCombo->setAccessibleName(tr("Trainer filter"));
    auto* trainerLabel = new QLabel(tr("T&rainer:"), bar);
    trainerLabel->setBuddy(m_trainerCombo);

    auto* previous = new QPushButton(tr("&Previous week"), bar);
    previous->setObjectName(QStringLiteral("managerPreviousWeekButton"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    previous->setToolTip(
        tr("Previous week (%1)").arg(previous->shortcut().toString(QKeySequence::NativeText)));
    auto* thisWeek = new QPushButton(tr("T&his week"), bar);
    thisWeek->setObjectName(QStringLiteral("managerThisWeekButton"));
    auto* next = new QPushButton(tr("&Next week"), bar);
    next->setObjectName(QStringLiteral("managerNextWeekButton"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    next->setToolTip(tr("Next week (%1)").arg(next->shortcut().toString(QKeySequence::NativeText)));
    m_weekLabel = new QLabel(bar);
    m_weekLabel->setObjectName(QStringLiteral("managerWeekLabel"));

    connect(m_organizationCombo, &QComboBox::currentIndexChanged, this, &ManagerPage::loadSelected);
    connect(m_trainerCombo, &QComboBox::currentIndexChanged, this,
            &ManagerPage::applyTrainerFilter);
    connect(previous, &QPushButton::clicked, this,
            [this] { showWeekOf(m_weekStart.addDays(-kDaysPerWeek)); });
    connect(next, &QPushButton::clicked, this,
            [this] { showWeekOf(m_weekStart.addDays(kDaysPerWeek)); });
    connect(thisWeek, &QPushButton::clicked, this, [this] { showWeekOf(QDate::currentDate()); });

    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(organizationLabel);
    row->addWidget(m_organizationCombo, 1);
    row->addWidget(trainerLabel);
    row->addWidget(m_trainerCombo, 1);
    row->addSpacing(12);
    row->addWidget(previous);
    row->addWidget(m_weekLabel);
    row->addWidget(next);
    row->addWidget(thisWeek);
    return bar;
}

QWidget* ManagerPage::buildScheduleTab()
{
    auto* tab = new QWidget(this);
    m_scheduleTable =
        table(QStringLiteral("managerScheduleTable"), tr("Week schedule by trainer"), tab);
    m_scheduleTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_scheduleTable->setWordWrap(true);
    m_scheduleTable->verticalHeader()->setVisible(true);
    m_scheduleTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_scheduleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_scheduleTable->setModel(m_weekModel);

    m_utilisationTable =
        table(QStringLiteral("managerUtilisationTable"), tr("Utilisation per trainer"), tab);
    m_utilisationTable->setModel(m_utilisationModel);
    m_utilisationTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* utilisationHeading = new QLabel(tr("Utilisation this week and month"), tab);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_scheduleTable, 3);
    layout->addWidget(utilisationHeading);
    layout->addWidget(m_utilisationTable, 1);
    return tab;
}

QWidget* ManagerPage::buildInvoicesTab()
{
    auto* tab = new QWidget(this);
    m_invoiceTable =
        table(QStringLiteral("managerInvoiceTable"), tr("The organization's invoices"), tab);
    m_invoiceTable->setModel(m_invoiceModel);
    m_outstandingLabel = new QLabel(tab);
    m_outstandingLabel->setObjectName(QStringLiteral("managerOutstandingLabel"));
    // Payments of invoices to clients; a contractor invoice is paid-recorded by its trainer.
    m_markPaidButton = new QPushButton(tr("&Mark paid..."), tab);
    m_markPaidButton->setObjectName(QStringLiteral("managerMarkPaidButton"));
    m_markPaidButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_markPaidButton->setToolTip(
        tr("Record a payment of the selected invoice (%1)")
            .arg(m_markPaidButton->shortcut().toString(QKeySequence::NativeText)));
    m_markPaidButton->setEnabled(false);
    connect(m_markPaidButton, &QPushButton::clicked, this, &ManagerPage::markSelectedPaid);
    connect(m_invoiceTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ManagerPage::updateMarkPaid);
    connect(m_invoiceModel, &QAbstractItemModel::modelReset, this, &ManagerPage::updateMarkPaid);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_outstandingLabel, 1);
    buttons->addWidget(m_markPaidButton);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_invoiceTable, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget* ManagerPage::buildTrainerInvoicesTab()
{
    auto* tab = new QWidget(this);
    m_trainerInvoiceTable = table(QStringLiteral("managerTrainerInvoiceTable"),
                                  tr("Contractor invoices trainers sent the studio"), tab);
    m_trainerInvoiceTable->setModel(m_trainerInvoiceModel);
    m_trainerOutstandingLabel = new QLabel(tab);
    m_trainerOutstandingLabel->setObjectName(QStringLiteral("managerTrainerOutstandingLabel"));
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_trainerInvoiceTable, 1);
    layout->addWidget(m_trainerOutstandingLabel);
    return tab;
}

QWidget* ManagerPage::buildPaymentsTab()
{
    auto* tab = new QWidget(this);
    m_paymentTable = table(QStringLiteral("managerPaymentTable"), tr("Payments received"), tab);
    m_paymentTable->setModel(m_paymentModel);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_paymentTable, 1);
    return tab;
}

void ManagerPage::refreshOrganizations()
{
    const QString current = m_organizationCombo->currentData().toString();
    m_organizations = managedOrganizations(m_profile.profile());
    {
        const QSignalBlocker blocker(m_organizationCombo);
        m_organizationCombo->clear();
        for (const ManagedOrganization& organization : std::as_const(m_organizations)) {
            m_organizationCombo->addItem(organization.orgName, organization.orgId);
        }
        const int keep = m_organizationCombo->findData(current);
        m_organizationCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    const bool any = !m_organizations.isEmpty();
    m_emptyLabel->setVisible(!any);
    m_tabs->setVisible(any);
    if (m_profile.isOffline()) {
        showStatus(tr("Offline: showing what this computer last synced."));
    }
    loadSelected();
}

const ManagedOrganization* ManagerPage::selectedOrganization() const
{
    const int index = m_organizationCombo->currentIndex();
    return index >= 0 && index < m_organizations.size() ? &m_organizations.at(index) : nullptr;
}

void ManagerPage::showWeekOf(const QDate& day)
{
    m_weekStart = ManagerService::mondayOf(day);
    loadSelected();
}

void ManagerPage::loadSelected()
{
    const QLocale locale;
    m_weekLabel->setText(tr("%1 – %2").arg(
        locale.toString(m_weekStart, QLocale::ShortFormat),
        locale.toString(m_weekStart.addDays(kDaysPerWeek - 1), QLocale::ShortFormat)));
    if (const ManagedOrganization* organization = selectedOrganization()) {
        m_markPaidButton->setVisible(organization->mayRecordPayments);
        m_service->load(*organization, m_weekStart, m_profile.profile());
    }
}

void ManagerPage::showSnapshot(const ManagerSnapshot& snapshot)
{
    const QString filter = m_trainerCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_trainerCombo);
        m_trainerCombo->clear();
        m_trainerCombo->addItem(tr("All trainers"), QString());
        for (const TrainerColumn& trainer : snapshot.trainers) {
            m_trainerCombo->addItem(trainer.name, trainer.userId);
        }
        const int keep = m_trainerCombo->findData(filter);
        m_trainerCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    QHash<QString, QString> names;
    for (const TrainerColumn& trainer : snapshot.trainers) {
        names.insert(trainer.userId, trainer.name);
    }
    for (const OrganizationInvoice& invoice : snapshot.invoices) {
        if (!invoice.trainerId.isEmpty() && !names.contains(invoice.trainerId)) {
            names.insert(invoice.trainerId, m_profile.profile().nameOf(invoice.trainerId));
        }
    }
    m_weekModel->setSchedule(snapshot.weekStart, snapshot.trainers, snapshot.weekSessions);
    m_utilisationModel->setRows(snapshot.utilisation);
    m_invoiceModel->setInvoices(snapshot.invoices, names);
    m_trainerInvoiceModel->setInvoices(snapshot.invoices, names);
    m_paymentModel->setPayments(snapshot.payments);
    applyTrainerFilter();
    if (!m_profile.isOffline()) {
        m_statusLabel->clear();
    }
}

void ManagerPage::applyTrainerFilter()
{
    const QString trainerId = m_trainerCombo->currentData().toString();
    m_weekModel->setTrainerFilter(trainerId);
    m_utilisationModel->setTrainerFilter(trainerId);
    m_trainerInvoiceModel->setTrainerFilter(trainerId);
    m_outstandingLabel->setText(
        tr("Outstanding: %1").arg(MoneyText::fromCents(m_invoiceModel->outstandingCents())));
    m_trainerOutstandingLabel->setText(
        tr("The studio owes trainers: %1")
            .arg(MoneyText::fromCents(m_trainerInvoiceModel->outstandingCents())));
}

void ManagerPage::updateMarkPaid()
{
    const QModelIndex current = m_invoiceTable->selectionModel()->currentIndex();
    const QModelIndexList rows = m_invoiceTable->selectionModel()->selectedRows();
    const QModelIndex selected = rows.isEmpty() ? current : rows.first();
    const bool payable =
        selected.isValid() &&
        selected.data(OrganizationInvoiceModel::kStatusRole).toString() ==
            QLatin1String("issued") &&
        selected.data(OrganizationInvoiceModel::kBalanceCentsRole).toLongLong() > 0 &&
        !rows.isEmpty();
    const ManagedOrganization* organization = selectedOrganization();
    m_markPaidButton->setEnabled(payable && organization && organization->mayRecordPayments);
}

void ManagerPage::markSelectedPaid()
{
    const QModelIndexList rows = m_invoiceTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    const QModelIndex selected = rows.first();
    PaymentDialog dialog(selected.data(OrganizationInvoiceModel::kNumberRole).toString(),
                         selected.data(OrganizationInvoiceModel::kBalanceCentsRole).toLongLong(),
                         this);
    dialog.setObjectName(QStringLiteral("managerPaymentDialog"));
    if (dialog.exec() != QDialog::Accepted || !dialog.amountCents()) {
        return;
    }
    m_service->recordPayment(
        selected.data(OrganizationInvoiceModel::kIdRole).toString(), *dialog.amountCents(),
        dialog.method() == InvoicesService::PaymentMethod::ETransfer, dialog.receivedOn());
}

void ManagerPage::showStatus(const QString& text)
{
    m_statusLabel->setText(text);
}

} // namespace fitflow::desktop
