// Both translation files are complete and up to date with the sources, and French (Canada) is what
// a user with FITFLOW_LANG=fr_CA sees: the compiled .qm files are loaded from the program's
// resources, and the main window's menus and pages show no English words.

#include "GuiTestSupport.h"

#include "desktop/core/AppSettings.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/Translations.h"
#include "desktop/sync/ServerConnectionMonitor.h"
#include "desktop/ui/shell/MainWindow.h"
#include "desktop/ui/shell/NavigationModel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace fitflow::desktop;

namespace {
const QString kSourceDir = QStringLiteral(FITFLOW_SOURCE_DIR);

// One <message> of a .ts file. Two messages are the same string when their key is equal.
struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
    QString location; // "file:line", only when the file was written with locations

    QString key() const
    {
        return context + u'\x1f' + source + u'\x1f' + comment + (numerus ? u'n' : u's');
    }
    QString describe() const
    {
        return (location.isEmpty() ? QString() : location + u' ') + u'[' + context +
               QStringLiteral("] \"") + source + u'"';
    }
};

struct TsFile {
    QList<TsMessage> messages;
    QString error; // empty when the file was read
};

void readMessage(QXmlStreamReader& xml, const QString& context, QList<TsMessage>& messages)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("location")) {
            message.location = xml.attributes().value(QLatin1String("filename")).toString() + u':' +
                               xml.attributes().value(QLatin1String("line")).toString();
            xml.skipCurrentElement();
        } else if (xml.name() == QLatin1String("translation")) {
            message.unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    message.translations << xml.readElementText();
                }
            } else {
                message.translations << xml.readElementText();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    messages << message;
}

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open ") + path;
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            readMessage(xml, context, ts.messages);
        }
    }
    if (xml.hasError()) {
        ts.error = path + QStringLiteral(": ") + xml.errorString();
    }
    return ts;
}

QString committedTs(const QString& name)
{
    return kSourceDir + QStringLiteral("/translations/") + name;
}

// lupdate comes with Qt's LinguistTools (Debian: qt6-l10n-tools), a build dependency.
QString lupdateProgram()
{
    const QString besideQt =
        QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    return QFile::exists(besideQt) ? besideQt
                                   : QStandardPaths::findExecutable(QStringLiteral("lupdate"));
}

const char* const kHowToFix =
    "\nFix it with:\n"
    "  cmake --build <your build dir> --target update_translations\n"
    "  then add the French to translations/fr_CA.json (English plural forms to "
    "translations/en.json) and run: python3 translations/fill_translations.py\n"
    "If update_translations does not add a string, lupdate does not scan its file: add the file "
    "to its folder's source list in desktop/ui/CMakeLists.txt or desktop/core/CMakeLists.txt "
    "(FITFLOW_TRANSLATABLE_SOURCES).";

// Every text a widget shows (or tells a screen reader) that could come from a tr() string.
QStringList shownTexts(const QWidget* widget)
{
    QStringList texts{widget->accessibleName(), widget->toolTip()};
    if (const auto* label = qobject_cast<const QLabel*>(widget)) {
        texts << label->text();
    } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
        texts << button->text();
    } else if (const auto* group = qobject_cast<const QGroupBox*>(widget)) {
        texts << group->title();
    } else if (const auto* edit = qobject_cast<const QLineEdit*>(widget)) {
        texts << edit->placeholderText();
    } else if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
        for (int i = 0; i < combo->count(); ++i) {
            texts << combo->itemText(i);
        }
    } else if (const auto* tabs = qobject_cast<const QTabBar*>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            texts << tabs->tabText(i);
        }
    } else if (const auto* view = qobject_cast<const QAbstractItemView*>(widget)) {
        if (const QAbstractItemModel* model = view->model()) {
            for (int column = 0; column < model->columnCount(); ++column) {
                texts << model->headerData(column, Qt::Horizontal).toString();
            }
        }
    }
    texts.removeAll(QString());
    return texts;
}

// Adds "where, Class name: text" to `found` for each text shown in `root`'s own window that is
// an English source string.
void findEnglish(const QWidget* root, const QString& where, const QSet<QString>& englishWords,
                 QStringList& found)
{
    for (const QWidget* widget : root->findChildren<QWidget*>()) {
        if (widget->window() != root || !widget->isVisibleTo(root)) {
            continue;
        }
        for (const QString& text : shownTexts(widget)) {
            if (englishWords.contains(text)) {
                found << where + QStringLiteral(", ") +
                             QString::fromLatin1(widget->metaObject()->className()) + u' ' +
                             widget->objectName() + QStringLiteral(": ") + text;
            }
        }
    }
}

void collectMenuTexts(const QMenu* menu, QStringList& texts)
{
    texts << menu->title();
    for (const QAction* action : menu->actions()) {
        if (action->menu()) {
            collectMenuTexts(action->menu(), texts);
        } else if (!action->isSeparator()) {
            texts << action->text() << action->statusTip();
        }
    }
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void tsFilesHoldEveryStringOfTheSources_data();
    void tsFilesHoldEveryStringOfTheSources();
    void languageOverrideLoadsFrench();
    void standardButtonsFollowTheLanguage();
    void frenchMainWindowShowsNoEnglish();
    void unknownLanguageKeepsEnglish();

private:
    QTemporaryDir m_dir;
    QTranslator m_translator;
    QList<TsMessage> m_scanned; // what lupdate finds in the sources now
    QString m_scanError;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // lupdate scans all of desktop/, not only the files CMake lists, so a string in a file that
    // update_translations does not scan fails here too.
    const QString program = lupdateProgram();
    if (program.isEmpty()) {
        m_scanError = QStringLiteral("lupdate not found (install qt6-l10n-tools)");
        return;
    }
    const QString scanned = m_dir.filePath(QStringLiteral("scanned.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(kSourceDir);
    lupdate.start(program,
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("absolute"), QStringLiteral("-I"),
                   kSourceDir, QStringLiteral("desktop"), QStringLiteral("-ts"), scanned});
    if (!lupdate.waitForFinished(60000) || lupdate.exitCode() != 0) {
        m_scanError = QStringLiteral("lupdate failed: ") +
                      QString::fromLocal8Bit(lupdate.readAllStandardError());
        return;
    }
    const TsFile ts = readTs(scanned);
    m_scanned = ts.messages;
    m_scanError = ts.error;
    // lupdate writes file names relative to the .ts file; show them relative to the repository.
    const QDir scanDir(m_dir.path());
    const QDir sourceDir(kSourceDir);
    for (TsMessage& message : m_scanned) {
        message.location = sourceDir.relativeFilePath(scanDir.absoluteFilePath(message.location));
    }
}

void TestTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("en") << QStringLiteral("fitflow_en.ts") << 2;
    QTest::newRow("fr_CA") << QStringLiteral("fitflow_fr_CA.ts") << 2;
}

void TestTranslations::tsFilesAreComplete()
{
    QFETCH(QString, file);
    QFETCH(int, pluralForms);
    const TsFile ts = readTs(committedTs(file));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(ts.messages.size() > 40, qPrintable(QString::number(ts.messages.size())));
    QStringList unfinished;
    for (const TsMessage& message : ts.messages) {
        const qsizetype forms = message.numerus ? pluralForms : 1;
        if (message.unfinished || message.translations.size() != forms ||
            message.translations.contains(QString())) {
            unfinished << message.describe();
        }
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("Unfinished in %1:\n  %2%3")
                            .arg(file, unfinished.join(QStringLiteral("\n  ")),
                                 QLatin1String(kHowToFix))));
}

void TestTranslations::tsFilesHoldEveryStringOfTheSources_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("en") << QStringLiteral("fitflow_en.ts");
    QTest::newRow("fr_CA") << QStringLiteral("fitflow_fr_CA.ts");
}

void TestTranslations::tsFilesHoldEveryStringOfTheSources()
{
    QFETCH(QString, file);
    QVERIFY2(m_scanError.isEmpty(), qPrintable(m_scanError));
    QVERIFY2(m_scanned.size() > 40, qPrintable(QString::number(m_scanned.size())));
    const TsFile ts = readTs(committedTs(file));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));

    QSet<QString> committed;
    for (const TsMessage& message : ts.messages) {
        committed.insert(message.key());
    }
    QSet<QString> inSources;
    QStringList missing;
    for (const TsMessage& message : m_scanned) {
        inSources.insert(message.key());
        if (!committed.contains(message.key())) {
            missing << message.describe();
        }
    }
    QStringList stale;
    for (const TsMessage& message : ts.messages) {
        if (!inSources.contains(message.key())) {
            stale << message.describe();
        }
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 translatable string(s) of the sources are not in "
                                       "translations/%2:\n  %3%4")
                            .arg(QString::number(missing.size()), file,
                                 missing.join(QStringLiteral("\n  ")), QLatin1String(kHowToFix))));
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("translations/%1 holds %2 string(s) the sources no longer "
                                       "have:\n  %3%4")
                            .arg(file, QString::number(stale.size()),
                                 stale.join(QStringLiteral("\n  ")), QLatin1String(kHowToFix))));
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
    Translations::uninstall(m_translator);
    qunsetenv("FITFLOW_LANG");
}

void TestTranslations::standardButtonsFollowTheLanguage()
{
    // Qt's own words (standard buttons) come from Qt's translations, not from fitflow_*.ts:
    // without them a French dialog says "Save" and "Cancel".
    const auto buttonTexts = [] {
        QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        return QStringList{box.button(QDialogButtonBox::Save)->text(),
                           box.button(QDialogButtonBox::Cancel)->text()};
    };
    QVERIFY(Translations::install(*qApp, m_translator, QLocale(QStringLiteral("fr_CA"))));
    QCOMPARE(buttonTexts(),
             (QStringList{QStringLiteral("Enregistrer"), QStringLiteral("Annuler")}));
    Translations::uninstall(m_translator);
    QCOMPARE(buttonTexts(), (QStringList{QStringLiteral("Save"), QStringLiteral("Cancel")}));
}

void TestTranslations::frenchMainWindowShowsNoEnglish()
{
    // English words = sources whose French differs and that are no French word themselves.
    const TsFile french = readTs(committedTs(QStringLiteral("fitflow_fr_CA.ts")));
    QVERIFY2(french.error.isEmpty(), qPrintable(french.error));
    QSet<QString> frenchWords;
    QSet<QString> englishWords;
    for (const TsMessage& message : french.messages) {
        for (const QString& translation : message.translations) {
            frenchWords.insert(translation);
            if (!message.numerus && translation != message.source) {
                englishWords.insert(message.source);
            }
        }
    }
    englishWords.subtract(frenchWords);
    QVERIFY(englishWords.contains(QStringLiteral("&File")));

    QVERIFY(Translations::install(*qApp, m_translator, QLocale(QStringLiteral("fr_CA"))));
    StoreSession session(m_dir.filePath(QStringLiteral("fitflow.db")), KdfSettings::fastForTests());
    session.createStore(QByteArrayLiteral("translation test passphrase"));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), StoreSession::State::Unlocked, 20000);
    AppSettings settings(testing::privateSettingsFile(QDir(m_dir.path())));
    ServerConnectionMonitor monitor{ServerEndpoint{}};
    StoreEvents events;
    MainWindow window(DesktopContext{
        .session = session, .events = events, .settings = settings, .monitor = monitor});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Every menu title and item must be a French translation, not an English or raw text.
    QStringList menuTexts;
    for (const QAction* action : window.menuBar()->actions()) {
        if (action->menu()) {
            collectMenuTexts(action->menu(), menuTexts);
        }
    }
    menuTexts.removeAll(QString());
    QVERIFY(menuTexts.contains(QStringLiteral("&Fichier")));
    QStringList english;
    for (const QString& text : std::as_const(menuTexts)) {
        if (!frenchWords.contains(text)) {
            english << QStringLiteral("menu: ") + text;
        }
    }
    // Each page, as shown, and each window the menus open without a dialog (Financial
    // overview): no visible text may be an English source string.
    NavigationModel pages(QApplication::palette());
    for (int row = 0; row < pages.rowCount(); ++row) {
        window.showPage(pages.entry(row).page);
        QCoreApplication::processEvents();
        findEnglish(&window, pages.entry(row).title, englishWords, english);
    }
    if (auto* finance = window.findChild<QAction*>(QStringLiteral("financeOverviewAction"))) {
        finance->trigger();
        QCoreApplication::processEvents();
        for (QWidget* other : QApplication::topLevelWidgets()) {
            if (other != &window && other->isVisible()) {
                findEnglish(other, other->windowTitle(), englishWords, english);
                other->close();
            }
        }
    }
    Translations::uninstall(m_translator);
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English shown in French:\n  ") +
                                           english.join(QStringLiteral("\n  "))));
}

void TestTranslations::unknownLanguageKeepsEnglish()
{
    QVERIFY(!Translations::install(*qApp, m_translator, QLocale(QStringLiteral("ja_JP"))));
    NavigationModel model(QApplication::palette());
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Dashboard"));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
