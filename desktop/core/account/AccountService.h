#pragma once
// The store's server account, for the desktop: sign in (register this store as a device of the
// user, keep the refresh token in the encrypted store), sign out (revoke the token family on
// the server when it answers, forget it locally, optionally wipe the synced data) and who is
// signed in. Network and store work run on the store thread through StoreSession::runOnStore,
// so the UI never waits on the server; answers come back as signals on the GUI thread.

#include "desktop/core/account/AccountInfo.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

namespace fitflow::desktop {

class StoreSession;

struct SignInForm {
    QUrl serverUrl;     // https:// only
    QString caCertPath; // optional extra CA (PEM) for self-hosted servers
    QString email;
    QByteArray password; // wiped once sent
    QString totpCode;    // empty until the server answered mfa_required
    QString deviceName;  // shown in the user's device list
};

class AccountService : public QObject {
    Q_OBJECT

public:
    explicit AccountService(StoreSession& session, QObject* parent = nullptr);

    // Checks the form without the network: "invalid_server_url" (not https://host),
    // "invalid_email", "missing_password", "invalid_totp_code" (not 6 digits); empty when fine.
    static QString validate(const SignInForm& form);

    // Answers with signInFinished(); an invalid form or a closed store answers at once.
    // Server codes pass through: "invalid_credentials", "mfa_required", "rate_limited", and
    // transport codes "network_error", "tls_error".
    void signIn(SignInForm form);
    // Revokes the refresh token on the server (best effort: offline still signs out here),
    // forgets it, and with `wipeSyncedData` removes every synced row, the outbox and cursors.
    void signOut(bool wipeSyncedData);
    // Reloads account() from the store; accountChanged() follows when it differs.
    void reload();

    const AccountInfo& account() const { return m_account; }
    bool isBusy() const { return m_busy; }

signals:
    // Empty code on success.
    void signInFinished(const QString& code, const QString& message);
    void signOutFinished(const QString& code, const QString& message);
    void accountChanged();

private:
    void setAccount(const AccountInfo& account);

    StoreSession& m_session;
    AccountInfo m_account;
    bool m_busy = false;
};

} // namespace fitflow::desktop
