#include "desktop/storage/LocalStore.h"

#include "desktop/storage/LocalMigrations.h"
#include "desktop/storage/StoreConnection.h"
#include "desktop/storage/crypto/DataKeyWrap.h"
#include "desktop/storage/crypto/KeyFile.h"
#include "desktop/storage/search/ClientSearchIndex.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace fitflow::desktop {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("fitflow-store-%1").arg(++counter);
}

QStringList companionFiles(const QString& databasePath)
{
    return {databasePath, databasePath + QStringLiteral("-wal"),
            databasePath + QStringLiteral("-shm"), KeyFile::pathFor(databasePath)};
}

// Creates the empty database file owner-only; SQLite gives its -wal and -shm files the same mode.
fitflow::Status createPrivateFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return makeError("io_error", "cannot create " + path.toStdString() + ": " +
                                         file.errorString().toStdString());
    }
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return makeError("io_error", "cannot restrict permissions of " + path.toStdString());
    }
    return {};
}

} // namespace

struct LocalStore::Impl {
    QString databasePath;
    QString connectionName;
    int schemaVersion = 0;

    ~Impl()
    {
        if (!connectionName.isEmpty()) {
            StoreConnection::close(connectionName);
        }
    }
};

namespace {

// Opens the connection and migrates it. The QSqlDatabase handle stays local so that no copy
// outlives the connection when Impl removes it.
fitflow::Result<int> openAndMigrate(const QString& connectionName, const QString& databasePath,
                                    SecretBytes dataKey)
{
    if (auto opened = StoreConnection::open(connectionName, databasePath, std::move(dataKey));
        !opened) {
        return opened.error();
    }
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    auto version = LocalMigrations::apply(db);
    if (!version) {
        return version;
    }
    // Derived data, not a migration: created when missing, rebuilt when stale. Right after a
    // successful open and migration, failing to read the tables it is built from means damage.
    if (auto indexed = ClientSearchIndex(db).prepare(); !indexed) {
        return makeError("store_corrupt",
                         "cannot prepare the client search index: " + indexed.error().message);
    }
    return version;
}

} // namespace

LocalStore::LocalStore(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

LocalStore::~LocalStore() = default;

bool LocalStore::exists(const QString& databasePath)
{
    return QFileInfo::exists(databasePath) || QFileInfo::exists(KeyFile::pathFor(databasePath));
}

fitflow::Result<std::unique_ptr<LocalStore>>
LocalStore::create(const QString& databasePath, const QByteArray& passphrase, KdfSettings kdf)
{
    if (exists(databasePath)) {
        return makeError("store_exists",
                         "a store or key file already exists at " + databasePath.toStdString());
    }
    auto dataKey = DataKeyWrap::generateDataKey();
    if (!dataKey) {
        return dataKey.error();
    }
    auto keyFile = DataKeyWrap::wrap(*dataKey, passphrase, kdf);
    if (!keyFile) {
        return keyFile.error();
    }
    if (auto created = createPrivateFile(databasePath); !created) {
        return created.error();
    }

    auto impl = std::make_unique<Impl>();
    impl->databasePath = databasePath;
    impl->connectionName = nextConnectionName(); // closing an unregistered name is harmless
    auto version = openAndMigrate(impl->connectionName, databasePath, std::move(*dataKey));
    // The key file is written last: until it exists, nothing can open the new store.
    const fitflow::Status written =
        version ? keyFile->write(KeyFile::pathFor(databasePath)) : fitflow::Status(version.error());
    if (!written) {
        impl.reset(); // closes the connection before its files go
        for (const QString& path : companionFiles(databasePath)) {
            QFile::remove(path);
        }
        return written.error();
    }
    impl->schemaVersion = *version;
    return std::unique_ptr<LocalStore>(new LocalStore(std::move(impl)));
}

fitflow::Result<std::unique_ptr<LocalStore>> LocalStore::open(const QString& databasePath,
                                                              const QByteArray& passphrase)
{
    const QString keyPath = KeyFile::pathFor(databasePath);
    if (!QFileInfo::exists(databasePath) || !QFileInfo::exists(keyPath)) {
        return makeError("store_missing",
                         "no store (database and key file) at " + databasePath.toStdString());
    }
    auto keyFile = KeyFile::read(keyPath);
    if (!keyFile) {
        return keyFile.error();
    }
    // The passphrase is checked against the key file alone, before the database is touched,
    // so a wrong passphrase cannot change a byte of the store.
    auto dataKey = DataKeyWrap::unwrap(*keyFile, passphrase);
    if (!dataKey) {
        return dataKey.error();
    }

    auto impl = std::make_unique<Impl>();
    impl->databasePath = databasePath;
    const QString connectionName = nextConnectionName();
    auto version = openAndMigrate(connectionName, databasePath, std::move(*dataKey));
    if (!version) {
        StoreConnection::close(connectionName);
        return version.error();
    }
    impl->connectionName = connectionName;
    impl->schemaVersion = *version;
    return std::unique_ptr<LocalStore>(new LocalStore(std::move(impl)));
}

fitflow::Status LocalStore::changePassphrase(const QByteArray& oldPassphrase,
                                             const QByteArray& newPassphrase, KdfSettings kdf)
{
    const QString keyPath = KeyFile::pathFor(m_impl->databasePath);
    auto current = KeyFile::read(keyPath);
    if (!current) {
        return current.error();
    }
    auto dataKey = DataKeyWrap::unwrap(*current, oldPassphrase);
    if (!dataKey) {
        return dataKey.error();
    }
    auto rewrapped = DataKeyWrap::wrap(*dataKey, newPassphrase, kdf);
    if (!rewrapped) {
        return rewrapped.error();
    }
    return rewrapped->write(keyPath);
}

fitflow::Result<IntegrityReport> LocalStore::check()
{
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        return makeError("store_closed", "the store is not open");
    }
    IntegrityReport report;
    report.schemaVersion = m_impl->schemaVersion;

    QSqlQuery integrity(db);
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check"))) {
        report.problems << QStringLiteral("integrity_check failed: ") +
                               integrity.lastError().databaseText();
    } else {
        while (integrity.next()) {
            const QString line = integrity.value(0).toString();
            if (line != QLatin1String("ok")) {
                report.problems << line;
            }
        }
        // A damaged page can also surface while stepping through the rows.
        if (integrity.lastError().isValid()) {
            report.problems << QStringLiteral("integrity_check failed: ") +
                                   integrity.lastError().databaseText();
        }
    }

    QSqlQuery foreignKeys(db);
    if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        report.problems << QStringLiteral("foreign_key_check failed: ") +
                               foreignKeys.lastError().databaseText();
    } else {
        // Rows: table, rowid, referenced table, foreign key index.
        while (foreignKeys.next()) {
            report.problems << QStringLiteral("foreign key violation in %1 row %2 -> %3")
                                   .arg(foreignKeys.value(0).toString(),
                                        foreignKeys.value(1).toString(),
                                        foreignKeys.value(2).toString());
        }
    }
    report.ok = report.problems.isEmpty();
    return report;
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_impl->connectionName, false);
}

QString LocalStore::databasePath() const
{
    return m_impl->databasePath;
}

int LocalStore::schemaVersion() const
{
    return m_impl->schemaVersion;
}

} // namespace fitflow::desktop
