#pragma once
// The first thing a new user sees: create the encrypted store (passphrase twice, with strength
// feedback), then sign in to a FitFlow server or continue offline and sign in later from
// Settings. Accepting the wizard leads to the main window; cancelling quits. A sign-in points
// the connection monitor (when given) at the server, so sync starts without a restart.

#include <QWizard>

namespace fitflow::desktop {

class AccountService;
class AppSettings;
class ServerConnectionMonitor;
class StoreSession;

class FirstRunWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { StorePageId, SignInPageId };

    FirstRunWizard(StoreSession& session, AppSettings& settings, QWidget* parent = nullptr,
                   ServerConnectionMonitor* monitor = nullptr);

    AccountService& account() { return *m_account; }

private:
    AccountService* m_account = nullptr; // child of this
};

} // namespace fitflow::desktop
