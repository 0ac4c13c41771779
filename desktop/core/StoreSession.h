#pragma once
// The app's handle on its encrypted store: whether one exists, whether it is unlocked, and the
// operations that change that (create, unlock, lock). Key derivation and the store connection
// live on a private store thread; this object lives on the GUI thread and reports by signals.

#include "desktop/storage/LocalStore.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <utility>

namespace fitflow::desktop {

class StoreWorker;

class StoreSession : public QObject {
    Q_OBJECT

public:
    enum class State {
        NoStore,  // no store at the path yet: the user must create one
        Locked,   // a store exists and is closed
        Opening,  // deriving the key and opening (create or unlock in progress)
        Unlocked, // open and usable
    };
    Q_ENUM(State)

    explicit StoreSession(QString databasePath, KdfSettings kdf = KdfSettings::defaults(),
                          QObject* parent = nullptr);
    ~StoreSession() override;

    State state() const { return m_state; }
    QString databasePath() const { return m_databasePath; }
    int schemaVersion() const { return m_schemaVersion; }
    // The key-derivation cost used for new keys (a passphrase change uses it too).
    KdfSettings kdf() const { return m_kdf; }

    // Both consume (wipe) the passphrase they receive; a copy the caller kept (passed without
    // std::move) is left intact for the caller to wipe. They are ignored unless the state allows
    // them (create: NoStore; unlock: Locked). The outcome arrives as stateChanged() / openFailed().
    void createStore(QByteArray passphrase);
    void unlock(QByteArray passphrase);
    // Closes the store; the state becomes Locked at once.
    void lock();

    // The one way the rest of the desktop reads and writes the open store. `job` runs on the
    // store thread (where the connection lives) with the open store, or with nullptr when the
    // store is closed; `done` then runs on `receiver`'s thread with the job's result, unless the
    // receiver was destroyed meanwhile. Jobs run one at a time in the order they were posted.
    template <typename T>
    void runOnStore(QObject* receiver, std::function<T(LocalStore*)> job,
                    std::function<void(T)> done)
    {
        postToStore([receiver = QPointer<QObject>(receiver), job = std::move(job),
                     done = std::move(done)](LocalStore* store) mutable {
            T result = job(store);
            if (!receiver) {
                return;
            }
            QMetaObject::invokeMethod(
                receiver.data(),
                [result = std::move(result), done = std::move(done)]() mutable {
                    done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }
    // Runs `job` on the store thread with the open store (nullptr when closed); no reply.
    void postToStore(std::function<void(LocalStore*)> job);

signals:
    void stateChanged(fitflow::desktop::StoreSession::State state);
    // `code` is a LocalStore error code (see ErrorText for the words shown to users).
    void openFailed(const QString& code, const QString& message);

private:
    void setState(State state);
    State restingState() const;
    void onOpened(int schemaVersion);
    void onOpenFailed(const QString& code, const QString& message);

    QString m_databasePath;
    KdfSettings m_kdf;
    State m_state = State::NoStore;
    int m_schemaVersion = 0;
    QThread m_storeThread;
    StoreWorker* m_worker = nullptr; // lives on m_storeThread; deleted after the thread stops
};

} // namespace fitflow::desktop
