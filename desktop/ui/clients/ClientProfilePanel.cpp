#include "desktop/ui/clients/ClientProfilePanel.h"

#include "desktop/core/clients/ClientExtrasService.h"
#include "desktop/core/clients/ClientsService.h"
#include "desktop/ui/common/EmptyStateWidget.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fitflow::desktop {

namespace {

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("\u2014") : text;
}

QTableView* makeTable(QAbstractItemModel* model, const QString& objectName,
                      const QString& accessibleName, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

ClientProfilePanel::ClientProfilePanel(ClientsService& service, ClientExtrasService& extras,
                                       QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_extras(extras)
{
    setObjectName(QStringLiteral("clientProfilePanel"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_stack->addWidget(
        new EmptyStateWidget(QStringLiteral(":/icons/clients.svg"), tr("No client selected"),
                             tr("Pick a client in the list to see their profile."), m_stack));

    auto* profile = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(profile);
    m_name = new QLabel(profile);
    m_name->setObjectName(QStringLiteral("profileNameLabel"));
    QFont titleFont = m_name->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_name->setFont(titleFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_name);

    auto* form = new QFormLayout;
    m_email = addValueRow(form, QStringLiteral("profileEmailLabel"), tr("Email"));
    m_phone = addValueRow(form, QStringLiteral("profilePhoneLabel"), tr("Phone"));
    m_organization =
        addValueRow(form, QStringLiteral("profileOrganizationLabel"), tr("Organization"));
    m_homeLocation =
        addValueRow(form, QStringLiteral("profileHomeLocationLabel"), tr("Home location"));
    m_trainers = addValueRow(form, QStringLiteral("profileTrainersLabel"), tr("Trainers"));
    m_tags = addValueRow(form, QStringLiteral("profileTagsLabel"), tr("Tags"));
    layout->addLayout(form);

    auto* historyBox = new QGroupBox(tr("History"), profile);
    auto* historyLayout = new QVBoxLayout(historyBox);
    m_history = new QListView(historyBox);
    m_history->setObjectName(QStringLiteral("clientHistoryList"));
    m_history->setAccessibleName(tr("Client history"));
    m_history->setModel(m_service.history());
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    historyLayout->addWidget(m_history);
    auto* noteButtons = new QHBoxLayout;
    m_newSoapNote = new QPushButton(tr("New &SOAP note"), historyBox);
    m_newSoapNote->setObjectName(QStringLiteral("newSoapNoteButton"));
    m_newFreeNote = new QPushButton(tr("New free-text &note"), historyBox);
    m_newFreeNote->setObjectName(QStringLiteral("newFreeNoteButton"));
    noteButtons->addWidget(m_newSoapNote);
    noteButtons->addWidget(m_newFreeNote);
    noteButtons->addStretch();
    historyLayout->addLayout(noteButtons);
    layout->addWidget(historyBox, 1);

    auto* invoicesBox = new QGroupBox(tr("Invoices and payments"), profile);
    auto* invoicesLayout = new QVBoxLayout(invoicesBox);
    m_noInvoices = new QLabel(tr("No invoices yet."), invoicesBox);
    m_noInvoices->setObjectName(QStringLiteral("clientInvoicesEmpty"));
    invoicesLayout->addWidget(m_noInvoices);
    m_invoiceSummary = new QLabel(invoicesBox);
    m_invoiceSummary->setObjectName(QStringLiteral("clientInvoicesSummary"));
    invoicesLayout->addWidget(m_invoiceSummary);
    layout->addWidget(invoicesBox);

    auto* extrasTabs = new QTabWidget(profile);
    extrasTabs->setObjectName(QStringLiteral("clientExtrasTabs"));
    extrasTabs->addTab(buildConsents(extrasTabs), tr("C&onsents"));
    extrasTabs->addTab(buildPackages(extrasTabs), tr("P&ackages and credits"));
    layout->addWidget(extrasTabs, 1);
    m_extrasError = new QLabel(profile);
    m_extrasError->setObjectName(QStringLiteral("clientExtrasError"));
    m_extrasError->setWordWrap(true);
    m_extrasError->hide();
    layout->addWidget(m_extrasError);
    m_stack->addWidget(profile);

    connect(&m_extras, &ClientExtrasService::loaded, this, [this] {
        m_extrasError->hide();
        showConsentStates();
    });
    connect(&m_extras, &ClientExtrasService::loadFailed, this, [this](const QString& message) {
        m_extrasError->setText(message);
        m_extrasError->show();
        showConsentStates();
    });

    connect(m_history, &QListView::activated, this, [this](const QModelIndex& index) {
        const auto kind = static_cast<ClientHistoryModel::Kind>(
            index.data(ClientHistoryModel::kKindRole).toInt());
        const QString id = index.data(ClientHistoryModel::kIdRole).toString();
        if (kind == ClientHistoryModel::Kind::Note) {
            emit noteRequested(id);
        } else if (kind == ClientHistoryModel::Kind::Session) {
            emit sessionNoteRequested(m_clientId, id);
        }
    });
    connect(m_newSoapNote, &QPushButton::clicked, this,
            [this] { emit newNoteRequested(m_clientId, QStringLiteral("soap")); });
    connect(m_newFreeNote, &QPushButton::clicked, this,
            [this] { emit newNoteRequested(m_clientId, QStringLiteral("free")); });
}

QWidget* ClientProfilePanel::buildConsents(QWidget* parent)
{
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    auto* states = new QFormLayout;
    for (const QString& kind : ConsentHistoryModel::recordableKinds()) {
        auto* state = new QLabel(page);
        state->setObjectName(QStringLiteral("consentState_") + kind);
        state->setTextInteractionFlags(Qt::TextSelectableByMouse);
        states->addRow(ConsentHistoryModel::kindName(kind), state);
        m_consentStates << state;
    }
    layout->addLayout(states);
    m_consentHistory = makeTable(m_extras.consents(), QStringLiteral("clientConsentHistory"),
                                 tr("Consent history, newest first"), page);
    layout->addWidget(m_consentHistory, 1);
    auto* record = new QPushButton(tr("&Record consent..."), page);
    record->setObjectName(QStringLiteral("recordConsentButton"));
    connect(record, &QPushButton::clicked, this, &ClientProfilePanel::consentRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(record);
    buttons->addStretch();
    layout->addLayout(buttons);
    return page;
}

QWidget* ClientProfilePanel::buildPackages(QWidget* parent)
{
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    m_packages = makeTable(m_extras.packages(), QStringLiteral("clientPackageTable"),
                           tr("Packages and remaining credits"), page);
    layout->addWidget(m_packages, 1);
    auto* add = new QPushButton(tr("Add &package..."), page);
    add->setObjectName(QStringLiteral("addPackageButton"));
    connect(add, &QPushButton::clicked, this, &ClientProfilePanel::packageRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    layout->addLayout(buttons);
    return page;
}

void ClientProfilePanel::showConsentStates()
{
    const QStringList kinds = ConsentHistoryModel::recordableKinds();
    for (int i = 0; i < kinds.size() && i < m_consentStates.size(); ++i) {
        m_consentStates[i]->setText(m_extras.consents()->currentText(kinds[i]));
    }
}

QLabel* ClientProfilePanel::addValueRow(QFormLayout* form, const QString& objectName,
                                        const QString& label)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

void ClientProfilePanel::showProfile(const ClientProfile& profile)
{
    m_clientId = profile.client.id;
    m_name->setText(tr("%1 %2").arg(profile.client.firstName, profile.client.lastName));
    m_email->setText(orDash(profile.client.email));
    m_phone->setText(orDash(profile.client.phone));
    m_organization->setText(orDash(profile.organizationName));
    m_homeLocation->setText(orDash(profile.homeLocationName));
    m_trainers->setText(
        profile.client.trainerIds.isEmpty()
            ? tr("None assigned yet")
            : tr("%n trainer(s)", nullptr, static_cast<int>(profile.client.trainerIds.size())));
    const int invoiceCount = static_cast<int>(profile.invoices.size());
    m_noInvoices->setVisible(invoiceCount == 0);
    m_invoiceSummary->setVisible(invoiceCount > 0);
    m_invoiceSummary->setText(tr("%n invoice(s) in the history above. %1", nullptr, invoiceCount)
                                  .arg(ClientHistoryModel::balanceText(profile.balance)));
    m_tags->setText(profile.client.tags.isEmpty() ? tr("None")
                                                  : profile.client.tags.join(QStringLiteral(", ")));
    if (m_extras.clientId() != m_clientId) {
        m_extras.clear();
        showConsentStates();
    }
    m_extras.load(m_clientId);
    m_stack->setCurrentIndex(1);
}

void ClientProfilePanel::showNothing()
{
    m_clientId.clear();
    m_extras.clear();
    m_stack->setCurrentIndex(0);
}

} // namespace fitflow::desktop
