#include "desktop/core/ErrorText.h"

#include "desktop/core/PassphrasePolicy.h"

namespace fitflow::desktop {

// Sign-in, passphrase change and sync codes (AccountService, PassphraseChange, SyncRunner).
std::optional<QString> ErrorText::accountText(const QString& code)
{
    if (code == QLatin1String("invalid_server_url")) {
        return tr("Enter the server address starting with https://, for example "
                  "https://sync.example.com.");
    }
    if (code == QLatin1String("invalid_email")) {
        return tr("Enter the e-mail address you sign in with.");
    }
    if (code == QLatin1String("missing_password")) {
        return tr("Enter your password.");
    }
    if (code == QLatin1String("invalid_totp_code")) {
        return tr("The verification code has 6 digits.");
    }
    if (code == QLatin1String("invalid_credentials")) {
        return tr("The e-mail, password or verification code is not right.");
    }
    if (code == QLatin1String("mfa_required")) {
        return tr("Enter the 6-digit code from your authenticator app.");
    }
    if (code == QLatin1String("rate_limited")) {
        return tr("Too many attempts. Wait a minute and try again.");
    }
    if (code == QLatin1String("network_error") || code == QLatin1String("server_unavailable")) {
        return tr("The server cannot be reached. Check the address and your connection.");
    }
    if (code == QLatin1String("tls_error")) {
        return tr("The server's certificate is not trusted. Check the CA file.");
    }
    if (code == QLatin1String("login_required")) {
        return tr("Sign in to the server (Settings) to sync.");
    }
    if (code == QLatin1String("device_revoked")) {
        return tr("This device was removed from your account; its synced data was wiped.");
    }
    if (code == QLatin1String("passphrase_too_short")) {
        return tr("The new passphrase must have at least %1 characters.")
            .arg(PassphrasePolicy::kMinimumLength);
    }
    if (code == QLatin1String("passphrase_mismatch")) {
        return tr("The two new passphrases do not match.");
    }
    if (code == QLatin1String("store_closed") || code == QLatin1String("store_locked")) {
        return tr("The store is locked.");
    }
    return std::nullopt;
}

QString ErrorText::forCode(const QString& code)
{
    if (code == QLatin1String("wrong_passphrase")) {
        return tr("That passphrase does not unlock this store. Check it and try again.");
    }
    if (code == QLatin1String("store_missing")) {
        return tr("The store file could not be found.");
    }
    if (code == QLatin1String("store_exists")) {
        return tr("A store already exists at this location.");
    }
    if (code == QLatin1String("key_file_corrupt")) {
        return tr("The store's key file is damaged, so the store cannot be opened.");
    }
    if (code == QLatin1String("store_corrupt")) {
        return tr("The store is damaged or is not a FitFlow store.");
    }
    if (code == QLatin1String("already_billed") ||
        code == QLatin1String("session_already_billed")) {
        return tr("This is already on another invoice. Void that invoice first to bill it again.");
    }
    if (code == QLatin1String("session_not_started")) {
        return tr("This session has not started yet. It can be completed or marked as a no-show "
                  "once it has started; cancelling is possible now.");
    }
    if (code == QLatin1String("io_error")) {
        return tr("The store could not be read or written. Check the disk and its permissions.");
    }
    return accountText(code).value_or(tr("Something went wrong (%1).").arg(code));
}

QString ErrorText::forError(const fitflow::Error& error)
{
    if (error.code == "invalid_value" && error.path == "email") {
        return tr("Enter an e-mail address such as name@example.com, or leave it empty.");
    }
    return forCode(QString::fromStdString(error.code));
}

} // namespace fitflow::desktop
