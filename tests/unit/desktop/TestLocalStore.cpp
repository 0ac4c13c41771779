// LocalStore on real SQLCipher files: what an attacker holding the files sees (ciphertext only),
// what a wrong passphrase or a damaged file does (clear error, nothing changed), and passphrase
// changes. Argon2id runs with KdfSettings::fastForTests; its cost is not under test here.

#include "desktop/storage/LocalStore.h"
#include "desktop/storage/crypto/KeyFile.h"
#include "tests/support/desktop/StoreFiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using fitflow::desktop::KdfSettings;
using fitflow::desktop::LocalStore;

namespace {

const QByteArray kPassphrase = "correct horse battery staple";
const QByteArray kCanary = "CANARY-7f3e9b21-client-note-Marguerite";

bool putSetting(LocalStore& store, const QString& key, const QVariant& value)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

QVariant getSetting(LocalStore& store, const QString& key)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        return {};
    }
    return query.value(0);
}

// Edits one field of the key file's JSON ("kdf.opslimit" style paths, one level deep).
bool editKeyFile(const QString& keyPath, const QString& object, const QString& field,
                 const QJsonValue& value)
{
    QJsonObject root = QJsonDocument::fromJson(fitflow::test::readFileBytes(keyPath)).object();
    if (object.isEmpty()) {
        root.insert(field, value);
    } else {
        QJsonObject inner = root.value(object).toObject();
        inner.insert(field, value);
        root.insert(object, inner);
    }
    return fitflow::test::writeFileBytes(keyPath, QJsonDocument(root).toJson());
}

} // namespace

class TestLocalStore : public QObject {
    Q_OBJECT

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;

    std::unique_ptr<LocalStore> createStore()
    {
        auto created = LocalStore::create(m_path, kPassphrase, KdfSettings::fastForTests());
        if (!created) {
            qWarning("create failed: %s", created.error().message.c_str());
            return nullptr;
        }
        return std::move(created).value();
    }

    std::string openErrorCode(const QByteArray& passphrase)
    {
        auto opened = LocalStore::open(m_path, passphrase);
        return opened ? std::string("ok") : opened.error().code;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("trainer.fitflow"));
    }

    void cleanup() { m_dir.reset(); }

    void createThenReopenKeepsData()
    {
        QVERIFY(!LocalStore::exists(m_path));
        {
            auto store = createStore();
            QVERIFY(store);
            QVERIFY(LocalStore::exists(m_path));
            QVERIFY(putSetting(*store, QStringLiteral("locale"), QStringLiteral("fr_CA")));
            QCOMPARE(store->databasePath(), m_path);
        }
        auto opened = LocalStore::open(m_path, kPassphrase);
        QVERIFY2(opened, opened ? "" : opened.error().message.c_str());
        QCOMPARE(getSetting(**opened, QStringLiteral("locale")).toString(),
                 QStringLiteral("fr_CA"));
    }

    void fileDoesNotStartWithSqliteHeader()
    {
        auto store = createStore();
        QVERIFY(store);
        store.reset();
        const QByteArray header = fitflow::test::readFileBytes(m_path).left(16);
        QCOMPARE(header.size(), 16);
        QVERIFY(!header.startsWith("SQLite format 3"));
    }

    void canaryAbsentFromDatabaseAndWal()
    {
        auto store = createStore();
        QVERIFY(store);
        QVERIFY(putSetting(*store, QStringLiteral("note"), QString::fromLatin1(kCanary)));
        // Proves the canary was really written, so its absence below means encryption.
        QCOMPARE(getSetting(*store, QStringLiteral("note")).toByteArray(), kCanary);

        // Before any checkpoint the new pages live in the -wal file.
        const QString walPath = m_path + QStringLiteral("-wal");
        QVERIFY(QFile::exists(walPath));
        const QByteArray wal = fitflow::test::readFileBytes(walPath);
        QVERIFY(wal.size() > 0);
        QVERIFY(!wal.contains(kCanary));
        QVERIFY(!wal.contains("settings"));
        QVERIFY(!fitflow::test::readFileBytes(m_path).contains(kCanary));

        // After a checkpoint the pages are in the main file.
        QSqlQuery checkpoint(store->database());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        checkpoint.finish();
        const QByteArray db = fitflow::test::readFileBytes(m_path);
        QVERIFY(db.size() >= qsizetype{2} * 4096);
        QVERIFY(!db.contains(kCanary));
        QVERIFY(!fitflow::test::readFileBytes(walPath).contains(kCanary));

        store.reset();
        QVERIFY(!fitflow::test::readFileBytes(m_path).contains(kCanary));
        QVERIFY(!fitflow::test::readFileBytes(m_path + QStringLiteral(".key")).contains(kCanary));
    }

    void wrongPassphraseFailsAndChangesNothing()
    {
        {
            auto store = createStore();
            QVERIFY(store);
            QVERIFY(putSetting(*store, QStringLiteral("k"), QStringLiteral("v")));
        }
        const auto before = fitflow::test::snapshotStoreFiles(m_path);
        QVERIFY(before.contains(m_path));
        auto opened = LocalStore::open(m_path, "not the passphrase");
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, std::string("wrong_passphrase"));
        QCOMPARE(fitflow::test::snapshotStoreFiles(m_path), before);
        QCOMPARE(openErrorCode(kPassphrase), std::string("ok"));
    }

    void flippedByteInDataPageIsDetected()
    {
        {
            auto store = createStore();
            QVERIFY(store);
            QVERIFY(store->database().transaction());
            for (int i = 0; i < 200; ++i) {
                QVERIFY(putSetting(*store, QStringLiteral("key-%1").arg(i),
                                   QString(200, QLatin1Char('x'))));
            }
            QVERIFY(store->database().commit());
        }
        const QByteArray original = fitflow::test::readFileBytes(m_path);
        QVERIFY2(original.size() >= qsizetype{6} * 4096,
                 "the store should span several 4 KiB pages");
        // Page 4 holds table rows, not the schema: the store opens, the damage shows on reading.
        QVERIFY(fitflow::test::flipByte(m_path, 3 * 4096 + 1000));

        auto opened = LocalStore::open(m_path, kPassphrase);
        if (!opened) {
            QCOMPARE(opened.error().code, std::string("store_corrupt"));
            return;
        }
        auto report = (*opened)->check();
        QVERIFY(report);
        QVERIFY(!report->ok);
        QVERIFY(!report->problems.isEmpty());
    }

    void flippedBytesAnywhereNeverReadAsData()
    {
        // Security test plan X1: a flipped byte in any in-use page must surface as an error
        // (open fails or check() reports it), never as silently different data.
        {
            auto store = createStore();
            QVERIFY(store);
            QVERIFY(store->database().transaction());
            for (int i = 0; i < 60; ++i) {
                QVERIFY(putSetting(*store, QStringLiteral("key-%1").arg(i),
                                   QString(300, QLatin1Char('y'))));
            }
            QVERIFY(store->database().commit());
            QSqlQuery freePages(store->database());
            QVERIFY(freePages.exec(QStringLiteral("PRAGMA freelist_count")) && freePages.next());
            QCOMPARE(freePages.value(0).toInt(), 0); // every page of the file is in use
        }
        const QByteArray pristine = fitflow::test::readFileBytes(m_path);
        QVERIFY(pristine.size() >= qsizetype{4} * 4096);
        QRandomGenerator random(20261125); // fixed seed: a failure is reproducible
        for (int round = 0; round < 40; ++round) {
            const qint64 offset = random.bounded(static_cast<qint64>(pristine.size()));
            QVERIFY(fitflow::test::writeFileBytes(m_path, pristine));
            QVERIFY(fitflow::test::flipByte(m_path, offset));
            auto opened = LocalStore::open(m_path, kPassphrase);
            if (!opened) {
                QVERIFY2(opened.error().code == "store_corrupt",
                         qPrintable(QStringLiteral("offset %1: %2")
                                        .arg(offset)
                                        .arg(QString::fromStdString(opened.error().code))));
                continue;
            }
            auto report = (*opened)->check();
            QVERIFY(report);
            QVERIFY2(!report->ok,
                     qPrintable(QStringLiteral("flip at offset %1 went unnoticed").arg(offset)));
        }
    }

    void flippedByteInFirstPageFailsOpen()
    {
        QVERIFY(createStore());
        QVERIFY(fitflow::test::flipByte(m_path, 100));
        QCOMPARE(openErrorCode(kPassphrase), std::string("store_corrupt"));
    }

    void healthyStorePassesCheck()
    {
        auto store = createStore();
        QVERIFY(store);
        auto report = store->check();
        QVERIFY(report);
        QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
        QCOMPARE(report->schemaVersion, store->schemaVersion());
    }

    void checkReportsForeignKeyViolations()
    {
        auto store = createStore();
        QVERIFY(store);
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE child (id INTEGER PRIMARY KEY, device_id TEXT REFERENCES device(id))")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO child (device_id) VALUES ('nobody')")));
        auto report = store->check();
        QVERIFY(report);
        QVERIFY(!report->ok);
        QVERIFY(report->problems.join(QLatin1Char('\n')).contains(QStringLiteral("child")));
    }

    void foreignKeysAreEnforced()
    {
        auto store = createStore();
        QVERIFY(store);
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE child (id INTEGER PRIMARY KEY, device_id TEXT REFERENCES device(id))")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO child (device_id) VALUES ('nobody')")));
        QVERIFY(query.lastError().databaseText().contains(QStringLiteral("FOREIGN KEY")));
    }

    void tamperedKdfFieldIsAnErrorNotACrash()
    {
        QVERIFY(createStore());
        const QString keyPath = m_path + QStringLiteral(".key");
        const QByteArray original = fitflow::test::readFileBytes(keyPath);

        // In range but different: authenticated as associated data, so unwrapping fails.
        QVERIFY(editKeyFile(keyPath, QStringLiteral("kdf"), QStringLiteral("opslimit"), 2));
        QCOMPARE(openErrorCode(kPassphrase), std::string("wrong_passphrase"));

        // A different salt of the right length: same outcome.
        QVERIFY(fitflow::test::writeFileBytes(keyPath, original));
        QVERIFY(editKeyFile(keyPath, QStringLiteral("kdf"), QStringLiteral("salt"),
                            QString::fromLatin1(QByteArray(16, 'A').toBase64())));
        QCOMPARE(openErrorCode(kPassphrase), std::string("wrong_passphrase"));

        // Hostile cost settings are refused before Argon2id runs.
        QVERIFY(fitflow::test::writeFileBytes(keyPath, original));
        QVERIFY(editKeyFile(keyPath, QStringLiteral("kdf"), QStringLiteral("memlimit"),
                            QJsonValue(static_cast<qint64>(1) << 40)));
        QCOMPARE(openErrorCode(kPassphrase), std::string("key_file_corrupt"));

        QVERIFY(fitflow::test::writeFileBytes(keyPath, original));
        QVERIFY(editKeyFile(keyPath, QStringLiteral("kdf"), QStringLiteral("alg"),
                            QStringLiteral("argon2i13")));
        QCOMPARE(openErrorCode(kPassphrase), std::string("key_file_corrupt"));

        QVERIFY(fitflow::test::writeFileBytes(keyPath, original));
        QVERIFY(editKeyFile(keyPath, QString(), QStringLiteral("nonce"), QStringLiteral("!!")));
        QCOMPARE(openErrorCode(kPassphrase), std::string("key_file_corrupt"));

        QVERIFY(fitflow::test::writeFileBytes(keyPath, "{ not json"));
        QCOMPARE(openErrorCode(kPassphrase), std::string("key_file_corrupt"));

        QVERIFY(fitflow::test::writeFileBytes(keyPath, original));
        QCOMPARE(openErrorCode(kPassphrase), std::string("ok"));
    }

    void keyFileRecordsKdfAndIsOwnerOnly()
    {
        QVERIFY(createStore());
        const QString keyPath = m_path + QStringLiteral(".key");
        auto keyFile = fitflow::desktop::KeyFile::read(keyPath);
        QVERIFY(keyFile);
        QCOMPARE(keyFile->kdf.opsLimit, KdfSettings::fastForTests().opsLimit);
        QCOMPARE(keyFile->kdf.memLimitBytes, KdfSettings::fastForTests().memLimitBytes);
        QCOMPARE(keyFile->salt.size(), 16);
        const QJsonObject root =
            QJsonDocument::fromJson(fitflow::test::readFileBytes(keyPath)).object();
        QCOMPARE(root.value(QLatin1String("kdf")).toObject().value(QLatin1String("alg")).toString(),
                 QStringLiteral("argon2id13"));
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto anyone = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(keyPath) & (ownerOnly | anyone), ownerOnly);
        QCOMPARE(QFile::permissions(m_path) & (ownerOnly | anyone), ownerOnly);
    }

    void changePassphraseRewrapsKey()
    {
        const QByteArray newPassphrase = "a brand new passphrase";
        const QString keyPath = m_path + QStringLiteral(".key");
        {
            auto store = createStore();
            QVERIFY(store);
            QVERIFY(putSetting(*store, QStringLiteral("k"), QStringLiteral("kept")));
            const auto before = fitflow::desktop::KeyFile::read(keyPath);
            QVERIFY(before);

            auto wrongOld =
                store->changePassphrase("wrong", newPassphrase, KdfSettings::fastForTests());
            QVERIFY(!wrongOld);
            QCOMPARE(wrongOld.error().code, std::string("wrong_passphrase"));
            QCOMPARE(fitflow::desktop::KeyFile::read(keyPath)->wrappedKey, before->wrappedKey);

            auto changed =
                store->changePassphrase(kPassphrase, newPassphrase, KdfSettings::fastForTests());
            QVERIFY2(changed, changed ? "" : changed.error().message.c_str());
            const auto after = fitflow::desktop::KeyFile::read(keyPath);
            QVERIFY(after);
            QVERIFY(after->salt != before->salt);
            QVERIFY(after->nonce != before->nonce);
            // The open store keeps working: the data key did not change.
            QCOMPARE(getSetting(*store, QStringLiteral("k")).toString(), QStringLiteral("kept"));
        }
        QCOMPARE(openErrorCode(kPassphrase), std::string("wrong_passphrase"));
        auto reopened = LocalStore::open(m_path, newPassphrase);
        QVERIFY(reopened);
        QCOMPARE(getSetting(**reopened, QStringLiteral("k")).toString(), QStringLiteral("kept"));
    }

    void createRefusesExistingFiles()
    {
        QVERIFY(createStore());
        auto again = LocalStore::create(m_path, kPassphrase, KdfSettings::fastForTests());
        QVERIFY(!again);
        QCOMPARE(again.error().code, std::string("store_exists"));
    }

    void createRefusesEmptyPassphraseAndLeavesNoFiles()
    {
        auto created = LocalStore::create(m_path, QByteArray(), KdfSettings::fastForTests());
        QVERIFY(!created);
        QCOMPARE(created.error().code, std::string("invalid_passphrase"));
        QVERIFY(!LocalStore::exists(m_path));
    }

    void createInMissingDirectoryIsIoError()
    {
        const QString path = m_dir->filePath(QStringLiteral("no/such/dir/store.db"));
        auto created = LocalStore::create(path, kPassphrase, KdfSettings::fastForTests());
        QVERIFY(!created);
        QCOMPARE(created.error().code, std::string("io_error"));
    }

    void openMissingStore()
    {
        QCOMPARE(openErrorCode(kPassphrase), std::string("store_missing"));
        QVERIFY(createStore());
        QVERIFY(QFile::remove(m_path + QStringLiteral(".key")));
        QCOMPARE(openErrorCode(kPassphrase), std::string("store_missing"));
    }

    void settingsApplyOnEveryOpen()
    {
        QVERIFY(createStore());
        auto store = LocalStore::open(m_path, kPassphrase);
        QVERIFY(store);
        const auto pragma = [&](const QString& name) {
            QSqlQuery query((*store)->database());
            if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next()) {
                return QString();
            }
            return query.value(0).toString();
        };
        QCOMPARE(pragma(QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(QStringLiteral("secure_delete")), QStringLiteral("1"));
        QCOMPARE(pragma(QStringLiteral("temp_store")), QStringLiteral("2")); // MEMORY
        QCOMPARE(pragma(QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(QStringLiteral("cipher_page_size")), QStringLiteral("4096"));
    }

    void twoStoresOpenAtOnce()
    {
        auto first = createStore();
        QVERIFY(first);
        auto second = LocalStore::create(m_dir->filePath(QStringLiteral("other.fitflow")),
                                         "other passphrase", KdfSettings::fastForTests());
        QVERIFY(second);
        QVERIFY(first->database().connectionName() != (*second)->database().connectionName());
        QVERIFY(putSetting(*first, QStringLiteral("who"), QStringLiteral("first")));
        QVERIFY(getSetting(**second, QStringLiteral("who")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "TestLocalStore.moc"
