// Both translation files are complete, and French (Canada) is what a user with FITFLOW_LANG=fr_CA
// sees: the compiled .qm files are loaded from the program's resources.

#include "GuiTestSupport.h"

#include "desktop/core/AppSettings.h"
#include "desktop/core/Translations.h"
#include "desktop/ui/shell/NavigationModel.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace fitflow::desktop;

namespace {
struct TsStats {
    int messages = 0;
    QStringList unfinished; // sources whose translation is missing or unfinished
};

TsStats readTs(const QString& path)
{
    TsStats stats;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        stats.unfinished << QStringLiteral("cannot open ") + path;
        return stats;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++stats.messages;
            const bool unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (unfinished || xml.readElementText().isEmpty()) {
                stats.unfinished << source;
            }
        }
    }
    if (xml.hasError()) {
        stats.unfinished << xml.errorString();
    }
    return stats;
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void languageOverrideLoadsFrench();
    void unknownLanguageKeepsEnglish();

private:
    QTranslator m_translator;
};

void TestTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("en") << QStringLiteral("fitflow_en.ts");
    QTest::newRow("fr_CA") << QStringLiteral("fitflow_fr_CA.ts");
}

void TestTranslations::tsFilesAreComplete()
{
    QFETCH(QString, file);
    const TsStats stats = readTs(QStringLiteral(FITFLOW_SOURCE_DIR "/translations/") + file);
    QVERIFY2(stats.messages > 40, qPrintable(QString::number(stats.messages)));
    QVERIFY2(stats.unfinished.isEmpty(), qPrintable(stats.unfinished.join(QStringLiteral(" | "))));
}

void TestTranslations::languageOverrideLoadsFrench()
{
    QTemporaryDir settingsDir;
    QVERIFY(settingsDir.isValid());
    qputenv("FITFLOW_LANG", "fr_CA");
    AppSettings settings(testing::privateSettingsFile(QDir(settingsDir.path())));
    const QLocale locale = Translations::localeFor(settings.language());
    QCOMPARE(locale.name(), QStringLiteral("fr_CA"));
    QVERIFY(Translations::install(*qApp, m_translator, locale));

    NavigationModel model(QApplication::palette());
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Tableau de bord"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Calendrier"));
    QCOMPARE(model.index(4).data().toString(), QStringLiteral("Paramètres"));
    QCoreApplication::removeTranslator(&m_translator);
    qunsetenv("FITFLOW_LANG");
}

void TestTranslations::unknownLanguageKeepsEnglish()
{
    QVERIFY(!Translations::install(*qApp, m_translator, QLocale(QStringLiteral("ja_JP"))));
    NavigationModel model(QApplication::palette());
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Dashboard"));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
