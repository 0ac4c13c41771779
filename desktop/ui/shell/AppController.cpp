#include "desktop/ui/shell/AppController.h"

#include "desktop/ui/shell/MainWindow.h"
#include "desktop/ui/unlock/UnlockDialog.h"

namespace fitflow::desktop {

AppController::AppController(DesktopContext context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_session(context.session)
{
    connect(&m_session, &StoreSession::stateChanged, this, &AppController::onSessionStateChanged);
}

AppController::~AppController()
{
    delete m_mainWindow;
    delete m_unlockDialog;
}

UnlockDialog* AppController::unlockDialog() const
{
    return m_unlockDialog;
}

MainWindow* AppController::mainWindow() const
{
    return m_mainWindow;
}

void AppController::start()
{
    if (m_session.state() == StoreSession::State::Unlocked) {
        showMainWindow();
    } else {
        showUnlockDialog();
    }
}

void AppController::showUnlockDialog()
{
    if (m_unlockDialog) {
        return;
    }
    m_unlockDialog = new UnlockDialog(m_session);
    m_unlockDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_unlockDialog, &QDialog::rejected, this, &AppController::quitRequested);
    m_unlockDialog->show();
    m_unlockDialog->activateWindow();
}

void AppController::showMainWindow()
{
    if (m_unlockDialog) {
        // The dialog closes itself on accept(); forget it so a later lock builds a fresh one.
        m_unlockDialog = nullptr;
    }
    if (m_mainWindow) {
        return;
    }
    m_mainWindow = new MainWindow(m_context);
    m_mainWindow->setAttribute(Qt::WA_DeleteOnClose);
    m_mainWindow->show();
    m_mainWindow->activateWindow();
}

void AppController::onSessionStateChanged(StoreSession::State state)
{
    switch (state) {
    case StoreSession::State::Unlocked:
        showMainWindow();
        break;
    case StoreSession::State::Locked:
    case StoreSession::State::NoStore:
        if (m_mainWindow) {
            // Show the dialog first: closing the last visible window would quit the app.
            showUnlockDialog();
            m_mainWindow->close();
        }
        break;
    case StoreSession::State::Opening:
        break;
    }
}

} // namespace fitflow::desktop
