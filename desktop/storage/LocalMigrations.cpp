#include "desktop/storage/LocalMigrations.h"

#include "desktop/storage/UuidV7.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <string>

namespace fitflow::desktop {

namespace {

using MigrationStep = bool (*)(QSqlDatabase&, QString& failure);

struct Migration {
    int version;
    const char* description;
    MigrationStep apply;
};

bool run(QSqlDatabase& db, const QString& sql, QString& failure)
{
    QSqlQuery query(db);
    if (query.exec(sql)) {
        return true;
    }
    failure = query.lastError().text();
    return false;
}

// Version 1: per-store settings and this device's identity (its id tags every local change).
bool createSettingsAndDevice(QSqlDatabase& db, QString& failure)
{
    if (!run(db,
             QStringLiteral("CREATE TABLE settings ("
                            " key TEXT PRIMARY KEY NOT NULL,"
                            " value)"),
             failure) ||
        !run(db,
             QStringLiteral("CREATE TABLE device ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " created_at TEXT NOT NULL)"),
             failure)) {
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO device (id, created_at) VALUES (?, ?)"));
    insert.addBindValue(generateUuidV7());
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!insert.exec()) {
        failure = insert.lastError().text();
        return false;
    }
    return true;
}

constexpr std::array kMigrations{
    Migration{1, "settings and device tables", &createSettingsAndDevice},
};

fitflow::Status applyOne(QSqlDatabase& db, const Migration& migration)
{
    if (!db.transaction()) {
        return makeError("migration_failed",
                         "cannot begin migration: " + db.lastError().text().toStdString());
    }
    QString failure;
    const bool applied =
        migration.apply(db, failure) &&
        run(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version), failure);
    if (!applied || !db.commit()) {
        if (failure.isEmpty()) {
            failure = db.lastError().text();
        }
        db.rollback();
        return makeError("migration_failed", "migration " + std::to_string(migration.version) +
                                                 " (" + migration.description +
                                                 ") failed: " + failure.toStdString());
    }
    return {};
}

} // namespace

int LocalMigrations::latestVersion()
{
    return kMigrations.back().version;
}

fitflow::Result<int> LocalMigrations::currentVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return makeError("store_corrupt",
                         "cannot read schema version: " + query.lastError().text().toStdString());
    }
    return static_cast<int>(query.value(0).toLongLong());
}

fitflow::Result<int> LocalMigrations::apply(QSqlDatabase& db)
{
    auto version = currentVersion(db);
    if (!version) {
        return version.error();
    }
    if (*version > latestVersion()) {
        return makeError("store_too_new", "store schema version " + std::to_string(*version) +
                                              " is newer than this program supports (" +
                                              std::to_string(latestVersion()) + ")");
    }
    for (const Migration& migration : kMigrations) {
        if (migration.version <= *version) {
            continue;
        }
        if (auto status = applyOne(db, migration); !status) {
            return status.error();
        }
        *version = migration.version;
    }
    return *version;
}

} // namespace fitflow::desktop
