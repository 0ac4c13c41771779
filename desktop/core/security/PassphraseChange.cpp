#include "desktop/core/security/PassphraseChange.h"

#include "desktop/core/PassphrasePolicy.h"
#include "desktop/core/SecretWipe.h"
#include "desktop/core/StoreSession.h"

#include <QTimer>

namespace fitflow::desktop {

namespace {

fitflow::Status policyStatus(const QByteArray& passphrase, const QByteArray& confirmation)
{
    switch (PassphrasePolicy::checkNew(QString::fromUtf8(passphrase),
                                       QString::fromUtf8(confirmation))) {
    case PassphrasePolicy::Problem::None:
        return {};
    case PassphrasePolicy::Problem::Empty:
    case PassphrasePolicy::Problem::TooShort:
        return fitflow::makeError("passphrase_too_short", "the new passphrase is too short");
    case PassphrasePolicy::Problem::Mismatch:
        return fitflow::makeError("passphrase_mismatch", "the confirmation does not match");
    }
    return {};
}

} // namespace

PassphraseChange::PassphraseChange(StoreSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

void PassphraseChange::change(QByteArray oldPassphrase, QByteArray newPassphrase,
                              QByteArray confirmation)
{
    // Private buffers first: SecretWipe writes through a shared buffer, so without this wiping
    // `confirmation` would zero `newPassphrase` when the caller passed one variable for both, and
    // a caller's kept copy would be zeroed (see StoreSession::unlock, issue 6).
    oldPassphrase.detach();
    newPassphrase.detach();
    confirmation.detach();
    fitflow::Status usable = policyStatus(newPassphrase, confirmation);
    SecretWipe::wipe(confirmation);
    if (usable && m_session.state() != StoreSession::State::Unlocked) {
        usable = fitflow::makeError("store_locked", "the store is not open");
    }
    if (m_running || !usable) {
        SecretWipe::wipe(oldPassphrase);
        SecretWipe::wipe(newPassphrase);
        if (!usable) {
            // Answer asynchronously like the store path does, so callers handle one flow.
            QTimer::singleShot(0, this, [this, usable] { finish(usable); });
        }
        return;
    }
    m_running = true;
    const KdfSettings kdf = m_session.kdf();
    m_session.runOnStore<fitflow::Status>(
        this,
        [oldPassphrase = std::move(oldPassphrase), newPassphrase = std::move(newPassphrase),
         kdf](LocalStore* store) mutable {
            fitflow::Status status =
                store ? store->changePassphrase(oldPassphrase, newPassphrase, kdf)
                      : fitflow::makeError("store_locked", "the store is not open");
            SecretWipe::wipe(oldPassphrase);
            SecretWipe::wipe(newPassphrase);
            return status;
        },
        [this](fitflow::Status status) {
            m_running = false;
            finish(status);
        });
}

void PassphraseChange::finish(const fitflow::Status& status)
{
    if (status) {
        emit finished(QString(), QString());
    } else {
        emit finished(QString::fromStdString(status.error().code),
                      QString::fromStdString(status.error().message));
    }
}

} // namespace fitflow::desktop
