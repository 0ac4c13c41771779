#pragma once
// Owns the open LocalStore on the store thread. Argon2id takes about half a second, so creating
// and opening run here rather than on the GUI thread; the store's connection then stays on this
// thread, as LocalStore requires. Only StoreSession talks to it, through queued calls.

#include "desktop/storage/LocalStore.h"

#include <QObject>

#include <memory>

namespace fitflow::desktop {

class StoreWorker : public QObject {
    Q_OBJECT

public:
    StoreWorker(QString databasePath, KdfSettings kdf);
    ~StoreWorker() override;

    // Each call consumes (wipes) the passphrase and answers with opened() or openFailed().
    void createStore(QByteArray passphrase);
    void openStore(QByteArray passphrase);
    void closeStore();
    // The open store, or nullptr; only valid on the store thread.
    LocalStore* store() const { return m_store.get(); }

signals:
    void opened(int schemaVersion);
    void openFailed(const QString& code, const QString& message);

private:
    void finishOpening(fitflow::Result<std::unique_ptr<LocalStore>> result);

    QString m_databasePath;
    KdfSettings m_kdf;
    std::unique_ptr<LocalStore> m_store;
};

} // namespace fitflow::desktop
