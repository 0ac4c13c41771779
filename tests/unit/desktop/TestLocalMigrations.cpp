// Local schema migrations: recorded in PRAGMA user_version, applied once, idempotent, and a
// store written by a newer FitFlow is refused rather than damaged.

#include "desktop/storage/LocalMigrations.h"
#include "desktop/storage/LocalStore.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using fitflow::desktop::KdfSettings;
using fitflow::desktop::LocalMigrations;
using fitflow::desktop::LocalStore;

namespace {

const QByteArray kPassphrase = "migration test passphrase";

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

} // namespace

class TestLocalMigrations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int counter = 0;
        m_path = m_dir.filePath(QStringLiteral("store-%1.db").arg(++counter));
    }

    void newStoreIsAtLatestVersion()
    {
        auto store = LocalStore::create(m_path, kPassphrase, KdfSettings::fastForTests());
        QVERIFY(store);
        QVERIFY(LocalMigrations::latestVersion() >= 1);
        QCOMPARE((*store)->schemaVersion(), LocalMigrations::latestVersion());
        QCOMPARE(scalar((*store)->database(), QStringLiteral("PRAGMA user_version")).toInt(),
                 LocalMigrations::latestVersion());
        const QStringList tables = (*store)->database().tables();
        QVERIFY(tables.contains(QStringLiteral("settings")));
        QVERIFY(tables.contains(QStringLiteral("device")));
    }

    void deviceIdIsUuidV7AndStable()
    {
        QString deviceId;
        {
            auto store = LocalStore::create(m_path, kPassphrase, KdfSettings::fastForTests());
            QVERIFY(store);
            deviceId =
                scalar((*store)->database(), QStringLiteral("SELECT id FROM device")).toString();
        }
        static const QRegularExpression uuidV7(QStringLiteral(
            "^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QVERIFY2(uuidV7.match(deviceId).hasMatch(), qPrintable(deviceId));
        auto reopened = LocalStore::open(m_path, kPassphrase);
        QVERIFY(reopened);
        QCOMPARE(
            scalar((*reopened)->database(), QStringLiteral("SELECT id FROM device")).toString(),
            deviceId);
    }

    void applyingAgainChangesNothing()
    {
        auto store = LocalStore::create(m_path, kPassphrase, KdfSettings::fastForTests());
        QVERIFY(store);
        QSqlDatabase db = (*store)->database();
        const QVariant schemaBefore =
            scalar(db, QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master"));
        auto again = LocalMigrations::apply(db);
        QVERIFY(again);
        QCOMPARE(*again, LocalMigrations::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM device")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master")),
                 schemaBefore);
    }

    void storeFromNewerVersionIsRefused()
    {
        {
            auto store = LocalStore::create(m_path, kPassphrase, KdfSettings::fastForTests());
            QVERIFY(store);
            QSqlQuery query((*store)->database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1")
                                   .arg(LocalMigrations::latestVersion() + 1)));
        }
        auto opened = LocalStore::open(m_path, kPassphrase);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, std::string("store_too_new"));
    }

    void failedMigrationRollsBackAsAWhole()
    {
        // Back at version 0 with `settings` still present: migration 1 fails on its first
        // statement and must leave neither a `device` table nor a version bump behind.
        auto store = LocalStore::create(m_path, kPassphrase, KdfSettings::fastForTests());
        QVERIFY(store);
        QSqlDatabase db = (*store)->database();
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TABLE device")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 0")));
        auto applied = LocalMigrations::apply(db);
        QVERIFY(!applied);
        QCOMPARE(applied.error().code, std::string("migration_failed"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 0);
        QVERIFY(!db.tables().contains(QStringLiteral("device")));
    }
};

QTEST_GUILESS_MAIN(TestLocalMigrations)
#include "TestLocalMigrations.moc"
