#pragma once
// The window a trainer works in once the store is unlocked: a navigation list on the left, one
// page per section on the right, File and View menus, and a status bar that follows the store
// and the server connection live. It renders state and forwards intent; it owns no data.

#include "desktop/core/DesktopContext.h"
#include "desktop/ui/shell/NavigationModel.h"

#include <QMainWindow>

class QLabel;
class QListView;
class QStackedWidget;

namespace fitflow::desktop {

class AppSettings;
class ServerConnectionMonitor;
class StoreSession;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(DesktopContext context, QWidget* parent = nullptr);

    const DesktopContext& context() const { return m_context; }

    NavigationModel::Page currentPage() const;
    void showPage(NavigationModel::Page page);
    // Stores the window geometry in the settings (also done when the window closes).
    void saveGeometryToSettings();

signals:
    // Settings changed the UI language; the controller installs it and rebuilds the window.
    void languageChangeRequested(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void showRow(int row);
    void focusCurrentPage();
    void refreshStoreStatus();
    void refreshServerStatus();
    void openSyncAttention(const QString& entity);

    DesktopContext m_context;
    StoreSession& m_session;
    ServerConnectionMonitor& m_monitor;
    AppSettings& m_settings;
    NavigationModel* m_navigationModel = nullptr;
    QListView* m_navigationList = nullptr;
    QStackedWidget* m_pages = nullptr;
    QList<QAction*> m_pageActions;
    QLabel* m_storeStatusLabel = nullptr;
    QLabel* m_serverStatusLabel = nullptr;
};

} // namespace fitflow::desktop
