// AppSettings: stored values round-trip, and FITFLOW_* environment variables override them.

#include "desktop/core/AppSettings.h"
#include "desktop/core/StoreLocation.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using fitflow::desktop::AppSettings;
using fitflow::desktop::StoreLocation;

class TestAppSettings : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void storedValuesRoundTrip();
    void preferencesHaveDefaultsAndBounds();
    void environmentOverridesStoredValues();
    void storeLocationDefaultsToAppDataFolder();
    void iniFileSettingsStayInTheirFile();

private:
    static void clearEnvironment();

    QTemporaryDir m_settingsDir;
};

void TestAppSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QLatin1String(AppSettings::kOrganizationName));
    QCoreApplication::setApplicationName(QLatin1String(AppSettings::kApplicationName));
}

void TestAppSettings::clearEnvironment()
{
    for (const char* name : {"FITFLOW_SERVER_URL", "FITFLOW_CA_CERT", "FITFLOW_LANG",
                             StoreLocation::kEnvironmentVariable}) {
        qunsetenv(name);
    }
}

void TestAppSettings::init()
{
    clearEnvironment();
    QSettings(QLatin1String(AppSettings::kOrganizationName),
              QLatin1String(AppSettings::kApplicationName))
        .clear();
}

void TestAppSettings::storedValuesRoundTrip()
{
    {
        AppSettings settings;
        QVERIFY(settings.serverUrl().isEmpty());
        settings.setServerUrl(QUrl(QStringLiteral("https://sync.example.test:8443")));
        settings.setCaCertificatePath(QStringLiteral("/etc/fitflow/ca.pem"));
        settings.setLanguage(QStringLiteral("fr_CA"));
        settings.setMainWindowGeometry(QByteArrayLiteral("geometry"));
    }
    AppSettings reread;
    QCOMPARE(reread.serverUrl(), QUrl(QStringLiteral("https://sync.example.test:8443")));
    QCOMPARE(reread.caCertificatePath(), QStringLiteral("/etc/fitflow/ca.pem"));
    QCOMPARE(reread.language(), QStringLiteral("fr_CA"));
    QCOMPARE(reread.mainWindowGeometry(), QByteArrayLiteral("geometry"));
}

void TestAppSettings::preferencesHaveDefaultsAndBounds()
{
    {
        AppSettings settings;
        QCOMPARE(settings.idleLockMinutes(), AppSettings::kDefaultIdleLockMinutes);
        QCOMPARE(settings.defaultSessionMinutes(), AppSettings::kDefaultSessionMinutes);
        QCOMPARE(settings.defaultSessionPriceCents(), qint64{0});
        settings.setIdleLockMinutes(0);
        settings.setDefaultSessionMinutes(45);
        settings.setDefaultSessionPriceCents(8500);
    }
    {
        AppSettings reread;
        QCOMPARE(reread.idleLockMinutes(), 0);
        QCOMPARE(reread.defaultSessionMinutes(), 45);
        QCOMPARE(reread.defaultSessionPriceCents(), qint64{8500});
        reread.setIdleLockMinutes(100000);
        reread.setDefaultSessionMinutes(1);
        reread.setDefaultSessionPriceCents(-5);
    }
    AppSettings clamped;
    QCOMPARE(clamped.idleLockMinutes(), AppSettings::kMaxIdleLockMinutes);
    QCOMPARE(clamped.defaultSessionMinutes(), 5);
    QCOMPARE(clamped.defaultSessionPriceCents(), qint64{0});
}

void TestAppSettings::environmentOverridesStoredValues()
{
    AppSettings settings;
    settings.setServerUrl(QUrl(QStringLiteral("https://stored.example.test")));
    settings.setLanguage(QStringLiteral("en"));
    qputenv("FITFLOW_SERVER_URL", "https://127.0.0.1:8443");
    qputenv("FITFLOW_CA_CERT", "/tmp/ca.pem");
    qputenv("FITFLOW_LANG", "fr_CA");
    QCOMPARE(settings.serverUrl(), QUrl(QStringLiteral("https://127.0.0.1:8443")));
    QCOMPARE(settings.caCertificatePath(), QStringLiteral("/tmp/ca.pem"));
    QCOMPARE(settings.language(), QStringLiteral("fr_CA"));
    clearEnvironment();
    QCOMPARE(settings.serverUrl(), QUrl(QStringLiteral("https://stored.example.test")));
}

void TestAppSettings::storeLocationDefaultsToAppDataFolder()
{
    const QString expected =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
        QStringLiteral("/fitflow.db");
    QCOMPARE(StoreLocation::databasePath(), expected);
    qputenv(StoreLocation::kEnvironmentVariable, "relative/store.db");
    QVERIFY(QDir::isAbsolutePath(StoreLocation::databasePath()));
    QVERIFY(StoreLocation::databasePath().endsWith(QStringLiteral("/relative/store.db")));
}

void TestAppSettings::iniFileSettingsStayInTheirFile()
{
    const QString iniPath = m_settingsDir.filePath(QStringLiteral("portable.ini"));
    {
        AppSettings portable(iniPath);
        portable.setLanguage(QStringLiteral("fr_CA"));
    }
    QVERIFY(QFile::exists(iniPath));
    QCOMPARE(AppSettings(iniPath).language(), QStringLiteral("fr_CA"));
    QCOMPARE(AppSettings().language(), QString());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "TestAppSettings.moc"
