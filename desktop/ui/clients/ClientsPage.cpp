#include "desktop/ui/clients/ClientsPage.h"

#include "desktop/core/StoreEvents.h"
#include "desktop/core/calendar/CalendarPreferences.h"
#include "desktop/core/clients/ClientExtrasService.h"
#include "desktop/core/clients/ClientsService.h"
#include "desktop/core/clients/PackageListModel.h"
#include "desktop/ui/clients/ClientEditorDialog.h"
#include "desktop/ui/clients/ClientProfilePanel.h"
#include "desktop/ui/clients/ConsentDialog.h"
#include "desktop/ui/clients/PackageDialog.h"
#include "desktop/ui/invoices/NewInvoiceDialog.h"
#include "desktop/ui/notes/NoteEditorDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace fitflow::desktop {

ClientsPage::ClientsPage(DesktopContext context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_service(new ClientsService(context.session, &context.events, this))
    , m_extras(new ClientExtrasService(context.session, &context.events, this))
{
    setObjectName(QStringLiteral("clientsPage"));

    m_findAction =
        makeAction(QStringLiteral("findClientAction"), tr("&Find client"), QKeySequence::Find);
    m_newAction =
        makeAction(QStringLiteral("newClientAction"), tr("&New client"), QKeySequence::New);
    m_editAction = makeAction(QStringLiteral("editClientAction"), tr("&Edit client"),
                              QKeySequence(Qt::CTRL | Qt::Key_E));
    m_deleteAction = makeAction(QStringLiteral("deleteClientAction"), tr("&Delete client"),
                                QKeySequence::Delete);
    m_consentAction = makeAction(QStringLiteral("recordConsentAction"), tr("Record &consent..."),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_packageAction = makeAction(QStringLiteral("addPackageAction"), tr("Add &package..."),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    // Invoices the package selected in the profile (or the client's first one listed).
    m_invoicePackageAction =
        makeAction(QStringLiteral("invoicePackageAction"), tr("&Invoice package..."),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(listSide);
    m_search->setObjectName(QStringLiteral("clientSearchField"));
    m_search->setAccessibleName(tr("Search clients"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Search by name, email, phone or tag (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    m_tagFilter = new QComboBox(listSide);
    m_tagFilter->setObjectName(QStringLiteral("clientTagFilter"));
    m_tagFilter->setAccessibleName(tr("Show only clients with tag"));
    m_tagFilter->addItem(tr("All tags"), QString());
    searchRow->addWidget(m_tagFilter);
    listLayout->addLayout(searchRow);

    m_table = new QTableView(listSide);
    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setAccessibleName(tr("Clients"));
    m_table->setModel(m_service->clients());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    listLayout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    for (QAction* action : {m_newAction, m_editAction, m_deleteAction}) {
        auto* button = new QToolButton(listSide);
        button->setObjectName(
            action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    m_count = new QLabel(listSide);
    m_count->setObjectName(QStringLiteral("clientCountLabel"));
    buttons->addWidget(m_count);
    listLayout->addLayout(buttons);

    // A deletion can be taken back at once: the undo restores the client (an undelete for sync).
    m_undoBar = new QWidget(listSide);
    m_undoBar->setObjectName(QStringLiteral("clientUndoBar"));
    auto* undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    m_undoLabel = new QLabel(m_undoBar);
    m_undoLabel->setObjectName(QStringLiteral("clientUndoLabel"));
    auto* undoButton = new QPushButton(tr("&Undo"), m_undoBar);
    undoButton->setObjectName(QStringLiteral("clientUndoButton"));
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(undoButton);
    m_undoBar->hide();
    listLayout->addWidget(m_undoBar);
    connect(undoButton, &QPushButton::clicked, this, [this] {
        m_undoBar->hide();
        m_service->restore(m_lastDeletedId);
    });

    m_profile = new ClientProfilePanel(*m_service, *m_extras, this);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(listSide);
    splitter->addWidget(m_profile);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_service, &ClientsService::search);
    connect(m_tagFilter, &QComboBox::activated, this,
            [this] { m_service->setTagFilter(m_tagFilter->currentData().toString()); });
    connect(m_service, &ClientsService::tagsLoaded, this, &ClientsPage::showTags);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_newAction, &QAction::triggered, this, [this] { openEditor(ClientDraft{}); });
    connect(m_editAction, &QAction::triggered, this, &ClientsPage::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &ClientsPage::confirmDelete);
    connect(m_consentAction, &QAction::triggered, this, &ClientsPage::openConsentDialog);
    connect(m_packageAction, &QAction::triggered, this, &ClientsPage::openPackageDialog);
    connect(m_invoicePackageAction, &QAction::triggered, this, &ClientsPage::invoicePackage);
    connect(m_extras, &ClientExtrasService::writeFailed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Not saved"), message);
    });
    connect(m_table, &QTableView::activated, this, &ClientsPage::editSelected);

    connect(m_service, &ClientsService::searchFinished, this, [this](int count) {
        m_count->setText(tr("%n client(s)", nullptr, count));
        if (!m_columnsSized && count > 0) {
            // Once, to the clients first shown (only the visible rows are measured, so this stays
            // cheap on a large list); after that the user's widths stay as they set them.
            for (int column : {ClientListModel::NameColumn, ClientListModel::EmailColumn,
                               ClientListModel::PhoneColumn}) {
                m_table->resizeColumnToContents(column);
            }
            m_columnsSized = true;
        }
        const int row = m_service->clients()->rowOf(m_wantedSelection);
        if (row >= 0) {
            m_table->selectRow(row);
        } else {
            m_profile->showNothing();
        }
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QString id = selectedClientId();
        m_wantedSelection = id;
        if (!id.isEmpty()) {
            m_service->loadProfile(id);
        }
        updateActions();
    });
    connect(m_service, &ClientsService::profileLoaded, this, [this](const ClientProfile& profile) {
        if (profile.client.id == selectedClientId()) {
            m_profile->showProfile(profile);
        }
    });
    connect(m_service, &ClientsService::saved, this,
            [this](const QString& clientId) { m_wantedSelection = clientId; });
    connect(m_service, &ClientsService::restored, this,
            [this](const QString& clientId) { m_wantedSelection = clientId; });
    connect(m_service, &ClientsService::removeFailed, this, [this](const QString& message) {
        m_undoBar->hide();
        QMessageBox::warning(this, tr("Client not deleted"), message);
    });
    // Other pages' writes and sync rounds: clients change the list, sessions and notes the
    // profile's history.
    connect(&m_context.events, &StoreEvents::changed, this, [this](const QString& entity) {
        if (StoreEvents::concerns(entity, QStringLiteral("client"))) {
            reload();
        } else if ((StoreEvents::concerns(entity, QStringLiteral("session")) ||
                    StoreEvents::concerns(entity, QStringLiteral("note"))) &&
                   !m_profile->clientId().isEmpty()) {
            m_service->loadProfile(m_profile->clientId());
        }
    });
    connect(m_profile, &ClientProfilePanel::noteRequested, this, &ClientsPage::openNote);
    connect(m_profile, &ClientProfilePanel::newNoteRequested, this, &ClientsPage::startNote);
    connect(m_profile, &ClientProfilePanel::sessionNoteRequested, this,
            &ClientsPage::openSessionNote);
    connect(m_profile, &ClientProfilePanel::consentRequested, m_consentAction, &QAction::trigger);
    connect(m_profile, &ClientProfilePanel::packageRequested, m_packageAction, &QAction::trigger);
    updateActions();
}

QList<QAction*> ClientsPage::clientActions() const
{
    return {m_findAction,    m_newAction,     m_editAction,          m_deleteAction,
            m_consentAction, m_packageAction, m_invoicePackageAction};
}

void ClientsPage::reload()
{
    m_service->refresh(); // the selection, and so the profile, is restored when it answers
    m_service->loadTags();
}

void ClientsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_extras->setLateWindow(CalendarPreferences::fromUserSettings().cancellation.lateWindow);
    reload();
}

QAction* ClientsPage::makeAction(const QString& objectName, const QString& text,
                                 const QKeySequence& keys)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(keys);
    action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                         keys.toString(QKeySequence::NativeText)));
    // Only while the Clients page (or a child) has focus, so other pages keep their shortcuts.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void ClientsPage::openEditor(const ClientDraft& draft)
{
    // The organizations and locations come from the store first, then the dialog opens.
    connect(
        m_service, &ClientsService::choicesLoaded, this,
        [this, draft](const ClientChoices& choices) {
            if (choices.organizations.empty()) {
                explainNoOrganization();
                return;
            }
            auto* dialog = new ClientEditorDialog(*m_service, choices, draft, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        },
        Qt::SingleShotConnection);
    m_service->loadChoices();
}

// Before the first sync (an offline first run) the device knows no studio or practice, and a
// client must belong to one: say so and how to get there instead of an editor that cannot save.
void ClientsPage::explainNoOrganization()
{
    auto* box = new QMessageBox(
        QMessageBox::Information, tr("No organization yet"),
        tr("Clients belong to a studio or practice, and this computer does not know yours yet."),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("clientNeedsOrganizationNotice"));
    box->setInformativeText(
        tr("Sign in from Settings (Account, Sign in...) while online: the first sync brings "
           "your organizations and their locations. After that you can add clients, even "
           "offline."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ClientsPage::editSelected()
{
    const ClientSummary* client =
        m_service->clients()->clientAt(m_service->clients()->rowOf(selectedClientId()));
    if (client == nullptr) {
        return;
    }
    openEditor({client->id, client->orgId, client->firstName, client->lastName, client->email,
                client->phone, client->homeLocationId, client->tags});
}

void ClientsPage::confirmDelete()
{
    const ClientSummary* client =
        m_service->clients()->clientAt(m_service->clients()->rowOf(selectedClientId()));
    if (client == nullptr) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete client"),
                                tr("Delete %1 %2? Their sessions and notes stay in your records.")
                                    .arg(client->firstName, client->lastName),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("clientDeleteConfirm"));
    QPushButton* deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("clientDeleteConfirmButton"));
    // Enter cancels: deleting takes a deliberate choice.
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString clientId = client->id;
    const QString name = tr("%1 %2").arg(client->firstName, client->lastName);
    connect(box, &QMessageBox::finished, this, [this, box, deleteButton, clientId, name] {
        if (box->clickedButton() != deleteButton) {
            return;
        }
        m_service->remove(clientId);
        m_lastDeletedId = clientId;
        m_undoLabel->setText(tr("Deleted %1.").arg(name));
        m_undoBar->show();
    });
    box->open();
}

void ClientsPage::openNote(const QString& noteId)
{
    auto* editor = new NoteEditorDialog(m_context, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->openNote(noteId);
    editor->show();
}

void ClientsPage::startNote(const QString& clientId, const QString& format)
{
    auto* editor = new NoteEditorDialog(m_context, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->startNote(clientId, QString(), format);
    editor->show();
}

void ClientsPage::openSessionNote(const QString& clientId, const QString& sessionId)
{
    auto* editor = new NoteEditorDialog(m_context, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->openForSession(clientId, sessionId);
    editor->show();
}

QString ClientsPage::selectedClientId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : rows.first().data(ClientListModel::kClientIdRole).toString();
}

void ClientsPage::updateActions()
{
    const bool hasSelection = !selectedClientId().isEmpty();
    m_editAction->setEnabled(hasSelection);
    m_deleteAction->setEnabled(hasSelection);
    m_consentAction->setEnabled(hasSelection);
    m_packageAction->setEnabled(hasSelection);
    m_invoicePackageAction->setEnabled(hasSelection);
}

void ClientsPage::openConsentDialog()
{
    const ClientSummary* client =
        m_service->clients()->clientAt(m_service->clients()->rowOf(selectedClientId()));
    if (client == nullptr) {
        return;
    }
    auto* dialog = new ConsentDialog(client->id, client->orgId,
                                     tr("%1 %2").arg(client->firstName, client->lastName), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_extras->recordConsent(dialog->draft()); });
    dialog->open();
}

void ClientsPage::openPackageDialog()
{
    const ClientSummary* client =
        m_service->clients()->clientAt(m_service->clients()->rowOf(selectedClientId()));
    if (client == nullptr) {
        return;
    }
    auto* dialog = new PackageDialog(client->id, client->orgId,
                                     tr("%1 %2").arg(client->firstName, client->lastName), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_extras->addPackage(dialog->draft()); });
    dialog->open();
}

void ClientsPage::invoicePackage()
{
    const auto* packages = m_profile->findChild<QTableView*>(QStringLiteral("clientPackageTable"));
    if (packages == nullptr || packages->model() == nullptr || packages->model()->rowCount() == 0) {
        return;
    }
    const QModelIndexList selected = packages->selectionModel()->selectedRows();
    const QModelIndex row = selected.isEmpty() ? packages->model()->index(0, 0) : selected.first();
    const QString packageId = row.data(PackageListModel::kPackageIdRole).toString();
    if (packageId.isEmpty()) {
        return;
    }
    auto* dialog = new NewInvoiceDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->invoicePackage(packageId);
    dialog->open();
}

void ClientsPage::showTags(const QStringList& tags)
{
    const QString chosen = m_service->tagFilter();
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), QString());
    for (const QString& tag : tags) {
        m_tagFilter->addItem(tag, tag);
    }
    const int index = m_tagFilter->findData(chosen);
    m_tagFilter->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !chosen.isEmpty()) {
        m_service->setTagFilter(QString()); // the tag is gone: show everyone again
    }
}

} // namespace fitflow::desktop
