#include "desktop/ui/shell/AppController.h"

#include "desktop/core/AppSettings.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/SyncRunner.h"
#include "desktop/core/Translations.h"
#include "desktop/core/account/AccountService.h"
#include "desktop/core/security/IdleLock.h"
#include "desktop/ui/firstrun/FirstRunWizard.h"
#include "desktop/ui/shell/MainWindow.h"
#include "desktop/ui/unlock/UnlockDialog.h"

#include <QApplication>
#include <QMessageBox>

namespace fitflow::desktop {

AppController::AppController(DesktopContext context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_session(context.session)
{
    connect(&m_session, &StoreSession::stateChanged, this, &AppController::onSessionStateChanged);
    if (m_context.sync) {
        connect(m_context.sync, &SyncRunner::deviceRevoked, this,
                &AppController::showDeviceRevoked);
    }
    if (m_context.idleLock) {
        m_context.idleLock->setTimeoutMinutes(m_context.settings.idleLockMinutes());
    }
}

AppController::~AppController()
{
    delete m_revokedNotice;
    delete m_mainWindow;
    delete m_unlockDialog;
    delete m_firstRunWizard;
}

FirstRunWizard* AppController::firstRunWizard() const
{
    return m_firstRunWizard;
}

UnlockDialog* AppController::unlockDialog() const
{
    return m_unlockDialog;
}

MainWindow* AppController::mainWindow() const
{
    return m_mainWindow;
}

QMessageBox* AppController::deviceRevokedNotice() const
{
    return m_revokedNotice;
}

void AppController::start()
{
    switch (m_session.state()) {
    case StoreSession::State::Unlocked:
        onStoreOpened();
        showMainWindow();
        break;
    case StoreSession::State::NoStore:
        showFirstRunWizard();
        break;
    case StoreSession::State::Locked:
    case StoreSession::State::Opening:
        showUnlockDialog();
        break;
    }
}

void AppController::showFirstRunWizard()
{
    if (m_firstRunWizard) {
        return;
    }
    m_firstRunWizard =
        new FirstRunWizard(m_session, m_context.settings, nullptr, &m_context.monitor);
    m_firstRunWizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_firstRunWizard, &QWizard::accepted, this, [this] {
        m_firstRunWizard = nullptr;
        // The idle lock may have closed the store while the wizard waited on its last page.
        if (m_session.state() != StoreSession::State::Unlocked) {
            showUnlockDialog();
            return;
        }
        if (m_context.account) {
            m_context.account->reload();
        }
        // A sign-in on the wizard syncs at once (the rounds before it could only say "not signed
        // in"); offline, the round answers that again.
        if (m_context.sync) {
            m_context.sync->syncNow();
        }
        showMainWindow();
    });
    connect(m_firstRunWizard, &QWizard::rejected, this, &AppController::quitRequested);
    m_firstRunWizard->show();
    m_firstRunWizard->activateWindow();
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
    connect(m_mainWindow, &MainWindow::languageChangeRequested, this,
            &AppController::switchLanguage);
    m_mainWindow->show();
    m_mainWindow->activateWindow();
}

void AppController::onStoreOpened()
{
    if (m_context.account) {
        m_context.account->reload();
    }
    if (m_context.sync) {
        m_context.sync->refreshCounts();
        m_context.sync->syncNow(); // the background plan may have backed off while locked
    }
    m_context.events.notifyAllChanged();
}

void AppController::onSessionStateChanged(StoreSession::State state)
{
    switch (state) {
    case StoreSession::State::Unlocked:
        onStoreOpened();
        // The wizard goes on to its sign-in page; the main window comes when it is done.
        if (!m_firstRunWizard) {
            showMainWindow();
        }
        break;
    case StoreSession::State::Locked:
    case StoreSession::State::NoStore:
        if (m_mainWindow) {
            // Show the dialog first: closing the last visible window would quit the app.
            showUnlockDialog();
            delete m_revokedNotice;
            m_mainWindow->close();
        }
        break;
    case StoreSession::State::Opening:
        break;
    }
}

void AppController::switchLanguage(const QString& language)
{
    if (m_translator) {
        Translations::install(*QCoreApplication::instance(), *m_translator,
                              Translations::localeFor(language));
    }
    // Rebuild the window so every string is translated anew; the new one opens first, so the
    // app never has no window (which would quit it).
    QPointer<MainWindow> old = m_mainWindow;
    m_mainWindow = nullptr;
    if (old) {
        old->saveGeometryToSettings();
    }
    showMainWindow();
    m_mainWindow->showPage(NavigationModel::Page::Settings);
    if (old) {
        old->close();
    }
}

void AppController::showDeviceRevoked()
{
    if (m_revokedNotice) {
        return;
    }
    m_revokedNotice = new QMessageBox(QMessageBox::Warning, tr("This device was removed"),
                                      tr("Your FitFlow account no longer trusts this computer, "
                                         "so the clients, sessions, notes and invoices synced "
                                         "to it have been wiped from this store."),
                                      QMessageBox::Ok, m_mainWindow);
    m_revokedNotice->setObjectName(QStringLiteral("deviceRevokedNotice"));
    m_revokedNotice->setInformativeText(
        tr("If this was a mistake, ask your organization's owner, then sign in again from "
           "Settings. Changes that had not been synced could not be kept."));
    m_revokedNotice->setAttribute(Qt::WA_DeleteOnClose);
    m_revokedNotice->open();
    if (m_context.account) {
        m_context.account->reload();
    }
}

} // namespace fitflow::desktop
