#include "desktop/core/account/AccountService.h"

#include "desktop/core/SecretWipe.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/account/AccountJobs.h"

#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace fitflow::desktop {

namespace {

constexpr int kTotpDigits = 6;

// What a store-thread job hands back: the account afterwards, or an error code and message.
struct AccountOutcome {
    AccountInfo account;
    QString code;
    QString message;
};

AccountOutcome outcomeOf(const fitflow::Result<AccountInfo>& result)
{
    if (result) {
        return {*result, {}, {}};
    }
    return {{},
            QString::fromStdString(result.error().code),
            QString::fromStdString(result.error().message)};
}

AccountOutcome storeClosed()
{
    return {{}, QStringLiteral("store_closed"), QStringLiteral("the store is not open")};
}

} // namespace

AccountService::AccountService(StoreSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

QString AccountService::validate(const SignInForm& form)
{
    const QUrl& url = form.serverUrl;
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
        url.hasQuery() || url.hasFragment()) {
        return QStringLiteral("invalid_server_url");
    }
    static const QRegularExpression kEmail(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!kEmail.match(form.email.trimmed()).hasMatch()) {
        return QStringLiteral("invalid_email");
    }
    if (form.password.isEmpty()) {
        return QStringLiteral("missing_password");
    }
    static const QRegularExpression kTotp(QStringLiteral("^[0-9]{%1}$").arg(kTotpDigits));
    if (!form.totpCode.isEmpty() && !kTotp.match(form.totpCode.trimmed()).hasMatch()) {
        return QStringLiteral("invalid_totp_code");
    }
    return {};
}

void AccountService::signIn(SignInForm form)
{
    QString invalid = validate(form);
    if (invalid.isEmpty() && (m_busy || m_session.state() != StoreSession::State::Unlocked)) {
        invalid = QStringLiteral("store_closed");
    }
    if (!invalid.isEmpty()) {
        SecretWipe::wipe(form.password);
        QTimer::singleShot(0, this, [this, invalid] { emit signInFinished(invalid, QString()); });
        return;
    }
    LoginRequest request;
    request.serverUrl = form.serverUrl.toString(QUrl::StripTrailingSlash).toStdString();
    request.caCertPath = form.caCertPath.trimmed().toStdString();
    request.email = form.email.trimmed().toStdString();
    request.password = form.password.toStdString();
    request.deviceName = form.deviceName.toStdString();
    request.totpCode = form.totpCode.trimmed().toStdString();
    SecretWipe::wipe(form.password);

    m_busy = true;
    m_session.runOnStore<AccountOutcome>(
        this,
        [request = std::move(request)](LocalStore* store) mutable {
            AccountOutcome outcome =
                store ? outcomeOf(signInStore(store->database(), request)) : storeClosed();
            std::fill(request.password.begin(), request.password.end(), '\0');
            return outcome;
        },
        [this](AccountOutcome outcome) {
            m_busy = false;
            if (outcome.code.isEmpty()) {
                setAccount(outcome.account);
            }
            emit signInFinished(outcome.code, outcome.message);
        });
}

void AccountService::signOut(bool wipeSyncedData)
{
    if (m_busy || m_session.state() != StoreSession::State::Unlocked) {
        QTimer::singleShot(
            0, this, [this] { emit signOutFinished(QStringLiteral("store_closed"), QString()); });
        return;
    }
    m_busy = true;
    m_session.runOnStore<AccountOutcome>(
        this,
        [wipeSyncedData](LocalStore* store) {
            return store ? outcomeOf(signOutStore(store->database(), wipeSyncedData))
                         : storeClosed();
        },
        [this](AccountOutcome outcome) {
            m_busy = false;
            if (outcome.code.isEmpty()) {
                setAccount(outcome.account);
            }
            emit signOutFinished(outcome.code, outcome.message);
        });
}

void AccountService::reload()
{
    m_session.runOnStore<AccountOutcome>(
        this,
        [](LocalStore* store) {
            return store ? outcomeOf(readAccount(store->database())) : storeClosed();
        },
        [this](AccountOutcome outcome) {
            setAccount(outcome.code.isEmpty() ? outcome.account : AccountInfo{});
        });
}

void AccountService::setAccount(const AccountInfo& account)
{
    // Listeners refetch the profile (a token refresh each) on this signal: a reload that finds
    // the same account says nothing.
    if (account == m_account) {
        return;
    }
    m_account = account;
    emit accountChanged();
}

} // namespace fitflow::desktop
