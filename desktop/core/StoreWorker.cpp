#include "desktop/core/StoreWorker.h"

#include "desktop/core/SecretWipe.h"

#include <QDir>
#include <QFileInfo>

namespace fitflow::desktop {

StoreWorker::StoreWorker(QString databasePath, KdfSettings kdf)
    : m_databasePath(std::move(databasePath))
    , m_kdf(kdf)
{
}

StoreWorker::~StoreWorker() = default;

void StoreWorker::createStore(QByteArray passphrase)
{
    closeStore();
    const QString folder = QFileInfo(m_databasePath).absolutePath();
    if (!QDir().mkpath(folder)) {
        SecretWipe::wipe(passphrase);
        emit openFailed(QStringLiteral("io_error"),
                        QStringLiteral("cannot create the store folder ") + folder);
        return;
    }
    auto result = LocalStore::create(m_databasePath, passphrase, m_kdf);
    SecretWipe::wipe(passphrase);
    finishOpening(std::move(result));
}

void StoreWorker::openStore(QByteArray passphrase)
{
    closeStore();
    auto result = LocalStore::open(m_databasePath, passphrase);
    SecretWipe::wipe(passphrase);
    finishOpening(std::move(result));
}

void StoreWorker::closeStore()
{
    m_store.reset();
}

void StoreWorker::finishOpening(fitflow::Result<std::unique_ptr<LocalStore>> result)
{
    if (!result) {
        emit openFailed(QString::fromStdString(result.error().code),
                        QString::fromStdString(result.error().message));
        return;
    }
    m_store = std::move(result).value();
    emit opened(m_store->schemaVersion());
}

} // namespace fitflow::desktop
