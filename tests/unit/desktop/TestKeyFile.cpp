// The key file format: JSON round trip, strict parsing with the failing field named, and the
// owner-only atomic write.

#include "desktop/storage/crypto/KeyFile.h"
#include "tests/support/desktop/StoreFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using fitflow::desktop::KdfSettings;
using fitflow::desktop::KeyFile;

namespace {

KeyFile sampleKeyFile()
{
    KeyFile keyFile;
    keyFile.kdf = KdfSettings{4, 32ull * 1024 * 1024};
    keyFile.salt = QByteArray(16, '\x11');
    keyFile.nonce = QByteArray(24, '\x22');
    keyFile.wrappedKey = QByteArray(48, '\x33');
    return keyFile;
}

QByteArray withField(const QByteArray& json, const QString& object, const QString& field,
                     const QJsonValue& value)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    if (object.isEmpty()) {
        root.insert(field, value);
    } else {
        QJsonObject inner = root.value(object).toObject();
        inner.insert(field, value);
        root.insert(object, inner);
    }
    return QJsonDocument(root).toJson();
}

} // namespace

class TestKeyFile : public QObject {
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const KeyFile original = sampleKeyFile();
        auto parsed = KeyFile::parse(original.toJson());
        QVERIFY2(parsed, parsed ? "" : parsed.error().message.c_str());
        QCOMPARE(parsed->kdf.opsLimit, original.kdf.opsLimit);
        QCOMPARE(parsed->kdf.memLimitBytes, original.kdf.memLimitBytes);
        QCOMPARE(parsed->salt, original.salt);
        QCOMPARE(parsed->nonce, original.nonce);
        QCOMPARE(parsed->wrappedKey, original.wrappedKey);
        QCOMPARE(parsed->associatedData(), original.associatedData());
    }

    void associatedDataCoversKdfSettings()
    {
        const KeyFile original = sampleKeyFile();
        KeyFile changed = original;
        changed.kdf.opsLimit += 1;
        QVERIFY(changed.associatedData() != original.associatedData());
        changed = original;
        changed.kdf.memLimitBytes *= 2;
        QVERIFY(changed.associatedData() != original.associatedData());
        changed = original;
        changed.salt[0] = '\x12';
        QVERIFY(changed.associatedData() != original.associatedData());
    }

    void rejectsMalformedFields_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedPath");
        const QString kdf = QStringLiteral("kdf");
        QTest::newRow("format") << QString() << QStringLiteral("format")
                                << QJsonValue(QStringLiteral("other")) << QStringLiteral("format");
        QTest::newRow("version") << QString() << QStringLiteral("version") << QJsonValue(2)
                                 << QStringLiteral("version");
        QTest::newRow("alg") << kdf << QStringLiteral("alg") << QJsonValue(QStringLiteral("scrypt"))
                             << QStringLiteral("kdf.alg");
        QTest::newRow("opslimit text")
            << kdf << QStringLiteral("opslimit") << QJsonValue(QStringLiteral("3"))
            << QStringLiteral("kdf.opslimit");
        QTest::newRow("opslimit zero")
            << kdf << QStringLiteral("opslimit") << QJsonValue(0) << QStringLiteral("kdf.opslimit");
        QTest::newRow("opslimit fraction") << kdf << QStringLiteral("opslimit") << QJsonValue(2.5)
                                           << QStringLiteral("kdf.opslimit");
        QTest::newRow("memlimit huge")
            << kdf << QStringLiteral("memlimit") << QJsonValue(static_cast<qint64>(1) << 41)
            << QStringLiteral("kdf.memlimit");
        QTest::newRow("salt short")
            << kdf << QStringLiteral("salt")
            << QJsonValue(QString::fromLatin1(QByteArray(8, 'x').toBase64()))
            << QStringLiteral("kdf.salt");
        QTest::newRow("cipher") << QString() << QStringLiteral("cipher")
                                << QJsonValue(QStringLiteral("aes-gcm"))
                                << QStringLiteral("cipher");
        QTest::newRow("nonce not base64")
            << QString() << QStringLiteral("nonce") << QJsonValue(QStringLiteral("@@@@"))
            << QStringLiteral("nonce");
        QTest::newRow("wrapped key missing") << QString() << QStringLiteral("wrapped_key")
                                             << QJsonValue() << QStringLiteral("wrapped_key");
    }

    void rejectsMalformedFields()
    {
        QFETCH(QString, object);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedPath);
        auto parsed = KeyFile::parse(withField(sampleKeyFile().toJson(), object, field, value));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, std::string("key_file_corrupt"));
        QCOMPARE(QString::fromStdString(parsed.error().path), expectedPath);
    }

    void rejectsNonJson()
    {
        for (const QByteArray& junk :
             {QByteArray(), QByteArray("[]"), QByteArray("{\"a\":"), QByteArray("\x00\xff", 2)}) {
            auto parsed = KeyFile::parse(junk);
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().code, std::string("key_file_corrupt"));
        }
    }

    void writeIsOwnerOnlyAndReplacesAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("store.db.key"));
        QVERIFY(fitflow::test::writeFileBytes(path, "old contents"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadOther));
        QVERIFY(sampleKeyFile().write(path));
        auto reread = KeyFile::read(path);
        QVERIFY(reread);
        QCOMPARE(reread->salt, sampleKeyFile().salt);
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("store.db.key")});
    }

    void readMissingFileIsIoError()
    {
        auto parsed = KeyFile::read(QStringLiteral("/nonexistent/dir/x.key"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, std::string("io_error"));
    }
};

QTEST_GUILESS_MAIN(TestKeyFile)
#include "TestKeyFile.moc"
