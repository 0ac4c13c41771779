#pragma once
// Moves the app between its screens: the first-run wizard when there is no store yet, the
// unlock dialog while the store is closed and the main window while it is open. Lock (by hand
// or after idle time) returns to the unlock dialog; cancelling the wizard or that dialog asks
// the app to quit. It also reacts to app-wide events: a language switch rebuilds the main
// window in the new language, and a revoked device gets a clear explanation.
// The composition root (and the GUI tests) create one and call start().

#include "desktop/core/DesktopContext.h"
#include "desktop/core/StoreSession.h"

#include <QObject>
#include <QPointer>

class QMessageBox;
class QTranslator;

namespace fitflow::desktop {

class FirstRunWizard;
class MainWindow;
class UnlockDialog;

class AppController : public QObject {
    Q_OBJECT

public:
    explicit AppController(DesktopContext context, QObject* parent = nullptr);
    ~AppController() override;

    // The translator main.cpp installed; a language switch reloads it. Optional.
    void setTranslator(QTranslator* translator) { m_translator = translator; }

    void start();

    // The screen currently shown (null when it is not), for tests and the composition root.
    FirstRunWizard* firstRunWizard() const;
    UnlockDialog* unlockDialog() const;
    MainWindow* mainWindow() const;
    QMessageBox* deviceRevokedNotice() const;

signals:
    void quitRequested();

private:
    void showFirstRunWizard();
    void showUnlockDialog();
    void showMainWindow();
    void onSessionStateChanged(StoreSession::State state);
    void onStoreOpened();
    void switchLanguage(const QString& language);
    void showDeviceRevoked();

    DesktopContext m_context;
    StoreSession& m_session;
    QTranslator* m_translator = nullptr;
    QPointer<FirstRunWizard> m_firstRunWizard;
    QPointer<UnlockDialog> m_unlockDialog;
    QPointer<MainWindow> m_mainWindow;
    QPointer<QMessageBox> m_revokedNotice;
};

} // namespace fitflow::desktop
