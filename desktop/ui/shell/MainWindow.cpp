#include "desktop/ui/shell/MainWindow.h"

#include "desktop/core/AppSettings.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/SyncRunner.h"
#include "desktop/core/calendar/AvailabilityService.h"
#include "desktop/sync/ServerConnectionMonitor.h"
#include "desktop/ui/calendar/AvailabilityAction.h"
#include "desktop/ui/calendar/CalendarPage.h"
#include "desktop/ui/clients/ClientsPage.h"
#include "desktop/ui/common/PaletteIcon.h"
#include "desktop/ui/common/TabLeavesItemViews.h"
#include "desktop/ui/dashboard/DashboardPage.h"
#include "desktop/ui/finance/FinanceWindowAction.h"
#include "desktop/ui/invoices/ContractorInvoiceAction.h"
#include "desktop/ui/invoices/InvoicesPage.h"
#include "desktop/ui/manager/ManagerWindowAction.h"
#include "desktop/ui/settings/SettingsPage.h"
#include "desktop/ui/shell/StatusTexts.h"
#include "desktop/ui/shell/SyncStatusWidget.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace fitflow::desktop {

namespace {
constexpr int kNavigationWidth = 190;
constexpr QSize kDefaultSize{1000, 680};

// QKeySequence::Quit is empty on some platforms (e.g. without a desktop theme); Ctrl+Q then.
QKeySequence quitKeys()
{
    const QKeySequence standard(QKeySequence::Quit);
    return standard.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q) : standard;
}
} // namespace

MainWindow::MainWindow(DesktopContext context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_session(context.session)
    , m_monitor(context.monitor)
    , m_settings(context.settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("FitFlow"));

    m_navigationModel = new NavigationModel(palette(), this);
    m_navigationList = new QListView(this);
    m_navigationList->setObjectName(QStringLiteral("navigationList"));
    m_navigationList->setAccessibleName(tr("Sections"));
    m_navigationList->setModel(m_navigationModel);
    m_navigationList->setIconSize(QSize(24, 24));
    m_navigationList->setSpacing(2);
    m_navigationList->setFixedWidth(kNavigationWidth);
    m_navigationList->setEditTriggers(QAbstractItemView::NoEditTriggers);

    // Pages are added in the model's order, so a row is also a stack index.
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    m_pages->addWidget(new DashboardPage(m_context, m_pages));
    auto* calendarPage = new CalendarPage(m_context, m_pages);
    m_pages->addWidget(calendarPage);
    auto* clientsPage = new ClientsPage(m_context, m_pages);
    m_pages->addWidget(clientsPage);
    auto* invoicesPage = new InvoicesPage(m_context, m_pages);
    m_pages->addWidget(invoicesPage);
    auto* settingsPage = new SettingsPage(m_context, m_pages);
    connect(settingsPage, &SettingsPage::languageChanged, this,
            &MainWindow::languageChangeRequested);
    m_pages->addWidget(settingsPage);

    TabLeavesItemViews::apply(m_pages);
    TabLeavesItemViews::installForAllWindows();

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigationList);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    buildMenus();
    // Studio admins only: the action stays hidden unless the profile holds such a membership.
    menuBar()
        ->findChild<QMenu*>(QStringLiteral("viewMenu"))
        ->addAction(new ManagerWindowAction(m_context, this));
    // The Calendar page's keyboard actions, so its shortcuts are shown in a menu too; opening
    // the menu shows the page.
    QMenu* calendarMenu = menuBar()->addMenu(tr("C&alendar"));
    calendarMenu->setObjectName(QStringLiteral("calendarMenu"));
    calendarMenu->addActions(calendarPage->actions());
    // The trainer's availability, read for the calendar's shading and booking warnings.
    auto* availability = new AvailabilityService(m_context.session, &m_context.events, this);
    availability->reload();
    calendarMenu->addAction(new AvailabilityAction(*availability, m_context.session, this));
    connect(calendarMenu, &QMenu::aboutToShow, this,
            [this] { showPage(NavigationModel::Page::Calendar); });
    // The Clients page's actions, shown with their shortcuts; opening the menu shows the page.
    QMenu* clientsMenu = menuBar()->addMenu(tr("&Clients"));
    clientsMenu->setObjectName(QStringLiteral("clientsMenu"));
    clientsMenu->addActions(clientsPage->clientActions());
    connect(clientsMenu, &QMenu::aboutToShow, this,
            [this] { showPage(NavigationModel::Page::Clients); });
    // The Invoices page's actions, shown with their shortcuts; opening the menu shows the page.
    QMenu* invoicesMenu = menuBar()->addMenu(tr("&Invoices"));
    invoicesMenu->setObjectName(QStringLiteral("invoicesMenu"));
    invoicesMenu->addActions(invoicesPage->invoiceActions());
    // Trainers only: hidden unless the profile holds a trainer membership.
    invoicesMenu->addAction(new ContractorInvoiceAction(m_context, this));
    invoicesMenu->addAction(new FinanceWindowAction(m_context, this)); // its own window
    connect(invoicesMenu, &QMenu::aboutToShow, this,
            [this] { showPage(NavigationModel::Page::Invoices); });
    buildStatusBar();

    connect(m_navigationList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRow(current.row()); });
    showRow(0);

    if (!restoreGeometry(m_settings.mainWindowGeometry())) {
        resize(kDefaultSize);
    }
}

void MainWindow::buildMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction* lockAction = fileMenu->addAction(
        PaletteIcon::fromSvg(QStringLiteral(":/icons/lock.svg"), palette()), tr("&Lock"));
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setStatusTip(tr("Close the encrypted store and ask for the passphrase again"));
    connect(lockAction, &QAction::triggered, this, [this] { m_session.lock(); });
    if (m_context.sync) {
        QAction* syncAction = fileMenu->addAction(tr("&Sync now"));
        syncAction->setObjectName(QStringLiteral("syncNowAction"));
        syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        syncAction->setStatusTip(tr("Send this computer's changes and fetch everyone else's"));
        connect(syncAction, &QAction::triggered, m_context.sync, &SyncRunner::syncNow);
    }
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(quitKeys());
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    auto* pageGroup = new QActionGroup(this);
    for (int row = 0; row < m_navigationModel->rowCount(); ++row) {
        const NavigationModel::Entry& item = m_navigationModel->entry(row);
        QAction* action = viewMenu->addAction(
            m_navigationModel->data(m_navigationModel->index(row), Qt::DecorationRole)
                .value<QIcon>(),
            item.title);
        action->setObjectName(QStringLiteral("showPageAction%1").arg(row + 1));
        action->setShortcut(item.shortcut);
        action->setCheckable(true);
        pageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, row] {
            showRow(row);
            focusCurrentPage();
        });
        m_pageActions.append(action);
    }
}

void MainWindow::buildStatusBar()
{
    m_storeStatusLabel = new QLabel(this);
    m_storeStatusLabel->setObjectName(QStringLiteral("storeStatusLabel"));
    m_serverStatusLabel = new QLabel(this);
    m_serverStatusLabel->setObjectName(QStringLiteral("serverStatusLabel"));
    statusBar()->addWidget(m_storeStatusLabel, 1);
    statusBar()->addPermanentWidget(m_serverStatusLabel);
    if (m_context.sync) {
        auto* syncStatus = new SyncStatusWidget(*m_context.sync, this);
        statusBar()->addPermanentWidget(syncStatus);
        connect(syncStatus, &SyncStatusWidget::openRequested, this, &MainWindow::openSyncAttention);
    }

    connect(&m_session, &StoreSession::stateChanged, this, &MainWindow::refreshStoreStatus);
    connect(&m_monitor, &ServerConnectionMonitor::stateChanged, this,
            &MainWindow::refreshServerStatus);
    refreshStoreStatus();
    refreshServerStatus();
}

void MainWindow::refreshStoreStatus()
{
    const QString path = QDir::toNativeSeparators(m_session.databasePath());
    m_storeStatusLabel->setText(tr("%1 · %2").arg(StatusTexts::store(m_session.state()), path));
    m_storeStatusLabel->setToolTip(path);
}

void MainWindow::refreshServerStatus()
{
    m_serverStatusLabel->setText(StatusTexts::server(m_monitor.state()));
    const QString address = m_monitor.endpoint().baseUrl.toString();
    const QString problem = m_monitor.lastProblem();
    m_serverStatusLabel->setToolTip(problem.isEmpty() ? address : address + u'\n' + problem);
}

void MainWindow::showRow(int row)
{
    if (row < 0 || row >= m_pages->count()) {
        return;
    }
    m_pages->setCurrentIndex(row);
    m_pageActions.at(row)->setChecked(true);
    const QModelIndex index = m_navigationModel->index(row);
    if (m_navigationList->currentIndex() != index) {
        m_navigationList->setCurrentIndex(index);
    }
}

// After a View shortcut the keyboard is in the page, so the page's own shortcuts (Ctrl+N, ...)
// work at once; moving through the navigation list with the arrow keys leaves focus there.
void MainWindow::focusCurrentPage()
{
    QWidget* page = m_pages->currentWidget();
    for (QWidget* next = page->nextInFocusChain(); next != page; next = next->nextInFocusChain()) {
        if (page->isAncestorOf(next) && next->isVisible() && next->isEnabled() &&
            (next->focusPolicy() & Qt::TabFocus)) {
            next->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::openSyncAttention(const QString& entity)
{
    // The record's own page; the page shows its sync problems itself.
    if (entity == QLatin1String("session")) {
        showPage(NavigationModel::Page::Calendar);
    } else if (entity == QLatin1String("invoice") || entity == QLatin1String("payment")) {
        showPage(NavigationModel::Page::Invoices);
    } else {
        showPage(NavigationModel::Page::Clients);
    }
}

NavigationModel::Page MainWindow::currentPage() const
{
    return m_navigationModel->entry(m_pages->currentIndex()).page;
}

void MainWindow::showPage(NavigationModel::Page page)
{
    showRow(m_navigationModel->rowOf(page));
}

void MainWindow::saveGeometryToSettings()
{
    m_settings.setMainWindowGeometry(saveGeometry());
}

void MainWindow::changeEvent(QEvent* event)
{
    // Icons are tinted with palette colours, so a theme change needs fresh ones.
    if (event->type() == QEvent::PaletteChange && m_navigationModel) {
        m_navigationModel->setPalette(palette());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveGeometryToSettings();
    QMainWindow::closeEvent(event);
}

} // namespace fitflow::desktop
