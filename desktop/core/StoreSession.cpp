#include "desktop/core/StoreSession.h"

#include "desktop/core/SecretWipe.h"
#include "desktop/core/StoreWorker.h"

namespace fitflow::desktop {

namespace {

// The passphrase handed over by value may still share its heap buffer with a copy the caller
// kept (it passed a variable, not std::move). SecretWipe writes through a shared buffer, so
// wiping ours would zero the caller's bytes too, and the caller's next unlock() with "the same"
// passphrase would answer wrong_passphrase (issue 6: lock then unlock of one session). Taking a
// private buffer first makes the wipe hit only the bytes this session owns; when the caller
// moved its passphrase in (the unlock dialog does), the buffer is already ours and nothing is
// copied.
void takeOwnBuffer(QByteArray& passphrase)
{
    passphrase.detach();
}

} // namespace

StoreSession::StoreSession(QString databasePath, KdfSettings kdf, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_kdf(kdf)
    , m_worker(new StoreWorker(m_databasePath, kdf))
{
    m_storeThread.setObjectName(QStringLiteral("FitFlow store"));
    m_worker->moveToThread(&m_storeThread);
    connect(m_worker, &StoreWorker::opened, this, &StoreSession::onOpened);
    connect(m_worker, &StoreWorker::openFailed, this, &StoreSession::onOpenFailed);
    m_storeThread.start();
    m_state = restingState();
}

StoreSession::~StoreSession()
{
    // Runs after any queued create/open, so the store is closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->closeStore(); }, Qt::BlockingQueuedConnection);
    m_storeThread.quit();
    m_storeThread.wait();
    delete m_worker;
}

StoreSession::State StoreSession::restingState() const
{
    return LocalStore::exists(m_databasePath) ? State::Locked : State::NoStore;
}

void StoreSession::createStore(QByteArray passphrase)
{
    takeOwnBuffer(passphrase);
    if (m_state != State::NoStore) {
        SecretWipe::wipe(passphrase);
        return;
    }
    setState(State::Opening);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, passphrase = std::move(passphrase)]() mutable {
            worker->createStore(std::move(passphrase));
        },
        Qt::QueuedConnection);
}

void StoreSession::unlock(QByteArray passphrase)
{
    takeOwnBuffer(passphrase);
    if (m_state != State::Locked) {
        SecretWipe::wipe(passphrase);
        return;
    }
    setState(State::Opening);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, passphrase = std::move(passphrase)]() mutable {
            worker->openStore(std::move(passphrase));
        },
        Qt::QueuedConnection);
}

void StoreSession::lock()
{
    if (m_state != State::Unlocked) {
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->closeStore(); }, Qt::QueuedConnection);
    m_schemaVersion = 0;
    setState(restingState());
}

void StoreSession::postToStore(std::function<void(LocalStore*)> job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { job(worker->store()); },
        Qt::QueuedConnection);
}

void StoreSession::onOpened(int schemaVersion)
{
    m_schemaVersion = schemaVersion;
    setState(State::Unlocked);
}

void StoreSession::onOpenFailed(const QString& code, const QString& message)
{
    setState(restingState());
    emit openFailed(code, message);
}

void StoreSession::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    emit stateChanged(state);
}

} // namespace fitflow::desktop
