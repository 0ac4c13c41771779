#pragma once
// Moves the app between its two screens: the unlock dialog while the store is closed and the main
// window while it is open. Lock returns to the unlock dialog; cancelling that dialog asks the app
// to quit. The composition root (and the GUI tests) create one and call start().

#include "desktop/core/DesktopContext.h"
#include "desktop/core/StoreSession.h"

#include <QObject>
#include <QPointer>

namespace fitflow::desktop {

class MainWindow;
class UnlockDialog;

class AppController : public QObject {
    Q_OBJECT

public:
    explicit AppController(DesktopContext context, QObject* parent = nullptr);
    ~AppController() override;

    void start();

    // The screen currently shown (null when it is not), for tests and the composition root.
    UnlockDialog* unlockDialog() const;
    MainWindow* mainWindow() const;

signals:
    void quitRequested();

private:
    void showUnlockDialog();
    void showMainWindow();
    void onSessionStateChanged(StoreSession::State state);

    DesktopContext m_context;
    StoreSession& m_session;
    QPointer<UnlockDialog> m_unlockDialog;
    QPointer<MainWindow> m_mainWindow;
};

} // namespace fitflow::desktop
