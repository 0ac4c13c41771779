#pragma once
// Changes the store passphrase: checks the old one and rewraps the store key with the new one
// (LocalStore::changePassphrase) on the store thread, so key derivation never freezes the UI.
// The new passphrase must pass PassphrasePolicy; passphrases are wiped once used.

#include "shared/core/Result.h"

#include <QObject>

namespace fitflow::desktop {

class StoreSession;

class PassphraseChange : public QObject {
    Q_OBJECT

public:
    explicit PassphraseChange(StoreSession& session, QObject* parent = nullptr);

    // Consumes (wipes) all three. Answers with finished(); a policy problem or a closed store
    // answers at once ("passphrase_too_short", "passphrase_mismatch", "store_locked"); a wrong
    // old passphrase is the store's "wrong_passphrase" code. Ignored while a change runs.
    void change(QByteArray oldPassphrase, QByteArray newPassphrase, QByteArray confirmation);
    bool isRunning() const { return m_running; }

signals:
    // Empty code on success.
    void finished(const QString& code, const QString& message);

private:
    void finish(const fitflow::Status& status);

    StoreSession& m_session;
    bool m_running = false;
};

} // namespace fitflow::desktop
