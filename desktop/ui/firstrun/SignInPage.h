#pragma once
// First-run wizard page 2: sign in to a FitFlow server, or tick "continue offline" and sign in
// later from Settings. Finish waits for the server's answer; a TOTP field appears when the
// account needs one. Given the connection monitor, a sign-in points it at the server at once.

#include <QWizardPage>

class QCheckBox;

namespace fitflow::desktop {

class AccountService;
class AppSettings;
class ServerConnectionMonitor;
class SignInPanel;

class SignInPage : public QWizardPage {
    Q_OBJECT

public:
    SignInPage(AccountService& account, AppSettings& settings, QWidget* parent = nullptr,
               ServerConnectionMonitor* monitor = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

private:
    SignInPanel* m_panel = nullptr;
    QCheckBox* m_offlineCheck = nullptr;
    bool m_signedIn = false;
};

} // namespace fitflow::desktop
