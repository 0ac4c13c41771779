#include "desktop/storage/StoreConnection.h"

#include "desktop/storage/sqlcipher/SqlCipherDriver.h"

#include <sqlcipher/sqlite3.h>

#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace fitflow::desktop {

namespace {

using sqlcipher::SqlCipherDriver;

fitflow::Error classify(const QSqlError& error, const std::string& context)
{
    // Native codes are SQLite (extended) result codes; the low byte is the primary code.
    const int code = error.nativeErrorCode().toInt() & 0xFF;
    const std::string message = context + ": " + error.text().toStdString();
    if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
        return makeError("store_corrupt", message);
    }
    return makeError("io_error", message);
}

fitflow::Status verifyKey(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        return classify(query.lastError(), "cannot read the store (wrong key or damaged file)");
    }
    return {};
}

fitflow::Status applySettings(QSqlDatabase& db)
{
    static const std::array kPragmas{
        QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA secure_delete = ON"), QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    for (const QString& pragma : kPragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            return classify(query.lastError(), "cannot apply " + pragma.toStdString());
        }
    }
    QSqlQuery mode(db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next() ||
        mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return makeError("io_error", "the store could not switch to WAL journaling");
    }
    return {};
}

} // namespace

fitflow::Status StoreConnection::open(const QString& connectionName, const QString& path,
                                      SecretBytes dataKey)
{
    SqlCipherDriver::registerDriver();
    QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::kDriverName, connectionName);
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    if (driver == nullptr) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return makeError("io_error", "the FITFLOW_SQLCIPHER driver is not available");
    }
    driver->setRawKey(std::move(dataKey));
    db.setDatabaseName(path);

    fitflow::Status status;
    if (!db.open()) {
        status = classify(db.lastError(), "cannot open the store");
    } else if (status = verifyKey(db); status) {
        status = applySettings(db);
    }
    if (!status) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
    }
    return status;
}

void StoreConnection::close(const QString& connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace fitflow::desktop
