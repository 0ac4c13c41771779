#pragma once
// The sign-in form used by the first-run wizard and by Settings: server address, optional CA
// file, e-mail, password and, once the server asks for it, the 6-digit TOTP code. It checks the
// input inline and hands the work to AccountService (off the UI thread); a busy bar shows while
// the server answers.

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace fitflow::desktop {

class AccountService;
class AppSettings;
class ServerConnectionMonitor;

class SignInPanel : public QWidget {
    Q_OBJECT

public:
    // `monitor` (optional): after a sign-in it watches the signed-in server at once.
    SignInPanel(AccountService& account, AppSettings& settings, QWidget* parent = nullptr,
                ServerConnectionMonitor* monitor = nullptr);

    // Starts a sign-in with the current input; false (with the problem shown) when the input is
    // not usable. The outcome arrives as signedIn() or as an inline error.
    bool submit();
    bool isBusy() const { return m_busy; }

signals:
    void signedIn();
    void busyChanged(bool busy);

private:
    void buildForm();
    void browseCaFile();
    void onFinished(const QString& code, const QString& message);
    void setBusy(bool busy);
    void showError(const QString& text);

    AccountService& m_account;
    AppSettings& m_settings;
    ServerConnectionMonitor* m_monitor = nullptr;
    QLineEdit* m_serverEdit = nullptr;
    QLineEdit* m_caFileEdit = nullptr;
    QLineEdit* m_emailEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLabel* m_totpLabel = nullptr;
    QLineEdit* m_totpEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QProgressBar* m_busyIndicator = nullptr;
    bool m_busy = false;
};

} // namespace fitflow::desktop
