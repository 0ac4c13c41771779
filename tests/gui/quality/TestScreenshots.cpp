// Pictures of every main screen with demo data (dashboard, calendar day and week, clients with a
// profile open, the note editor, invoices, settings, and any page added to the navigation since)
// in a light and a dark palette, under $FITFLOW_TEST_OUTPUT_DIR/screenshots/. Each picture must
// be a real drawing, and in the dark palette the page background must be dark, large panels must
// not paint a light background of their own and every label's text must be lighter than what is
// behind it: painting that ignores the palette fails here.

#include "../GuiTestSupport.h"
#include "AccessibilityProbe.h"
#include "PaletteSampling.h"
#include "QualityDemoStore.h"

#include "desktop/ui/notes/NoteEditorDialog.h"
#include "desktop/ui/shell/MainWindow.h"
#include "desktop/ui/shell/NavigationModel.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

using namespace fitflow::desktop;
using namespace fitflow::desktop::testing;

namespace {

const QSize kWindowSize{1200, 780};
constexpr int kLargePanelArea = 160 * 120;

// Offenders in pages other engineers are building this session ("screen/Class#objectName"
// prefix -- file to fix). The lead clears this list once those pages are done.
const QStringList kOwnedElsewhere = {};

bool allowed(const QString& key)
{
    return std::any_of(kOwnedElsewhere.begin(), kOwnedElsewhere.end(), [&](const QString& entry) {
        return key.startsWith(entry.section(QLatin1String(" -- "), 0, 0));
    });
}

} // namespace

class TestScreenshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyScreen_data();
    void everyScreen();
    void cleanupTestCase();

private:
    // Saves `widget` as <name>-<theme>.png and checks it against the palette; problems are
    // appended to m_problems so that every picture is still written.
    void capture(QWidget& widget, const QString& name);
    void checkFollowsPalette(QWidget& widget, const QImage& picture, const QString& name);
    void captureNavigationPages(MainWindow& window);
    void captureOwnWindows(MainWindow& window);
    void captureNoteEditor();

    std::unique_ptr<QualityDemoStore> m_store;
    QString m_theme;
    bool m_dark = false;
    QStringList m_written;
    QStringList m_problems;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // One style for every run, so pictures compare across machines; Fusion follows the palette.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_store = std::make_unique<QualityDemoStore>();
    QVERIFY(m_store->seeded());
    QVERIFY(m_store->open());
}

void TestScreenshots::everyScreen_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestScreenshots::everyScreen()
{
    QFETCH(bool, dark);
    m_dark = dark;
    m_theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
    m_problems.clear();
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());

    MainWindow window(m_store->context());
    window.resize(kWindowSize);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    captureNavigationPages(window);
    captureOwnWindows(window);
    captureNoteEditor();

    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
}

void TestScreenshots::captureNavigationPages(MainWindow& window)
{
    auto* navigation = window.findChild<QListView*>(QStringLiteral("navigationList"));
    QVERIFY(navigation);
    for (int row = 0; row < navigation->model()->rowCount(); ++row) {
        const QModelIndex index = navigation->model()->index(row, 0);
        const auto page =
            static_cast<NavigationModel::Page>(index.data(NavigationModel::PageRole).toInt());
        navigation->setCurrentIndex(index);
        QCOMPARE(window.currentPage(), page);
        QTest::qWait(500); // the page reads the store on its thread
        const QString name = index.data().toString().toLower().replace(u' ', u'-');

        if (page == NavigationModel::Page::Calendar) {
            for (const char* span : {"Week", "Day"}) {
                auto* action = window.findChild<QAction*>(
                    QStringLiteral("calendar%1Action").arg(QLatin1String(span)));
                QVERIFY(action);
                action->trigger();
                QTest::qWait(400);
                capture(window, name + u'-' + QString::fromLatin1(span).toLower());
            }
        } else if (page == NavigationModel::Page::Clients) {
            auto* table = window.findChild<QTableView*>(QStringLiteral("clientTable"));
            QVERIFY(table);
            QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 12, 10000);
            table->selectRow(0);
            auto* profileName = window.findChild<QLabel*>(QStringLiteral("profileNameLabel"));
            QVERIFY(profileName);
            QTRY_VERIFY_WITH_TIMEOUT(!profileName->text().isEmpty(), 10000);
            QTest::qWait(300);
            capture(window, name + QStringLiteral("-profile"));
        } else {
            capture(window, name);
        }
    }
}

// Views that open in a window of their own from a menu action (the financial overview, the
// manager view): every visible "...WindowAction" of the main window is triggered and the window
// it opens is captured.
void TestScreenshots::captureOwnWindows(MainWindow& window)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (!QLatin1String(action->metaObject()->className())
                 .endsWith(QLatin1String("WindowAction")) ||
            !action->isVisible() || !action->isEnabled()) {
            continue;
        }
        const QWidgetList before = QApplication::topLevelWidgets();
        action->trigger();
        QWidget* opened = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QWidget* candidate : QApplication::topLevelWidgets()) {
                    if (candidate->isVisible() && !before.contains(candidate) &&
                        !qobject_cast<QMenu*>(candidate)) {
                        opened = candidate;
                    }
                }
                return opened != nullptr;
            }(),
            5000);
        opened->resize(kWindowSize);
        QVERIFY(QTest::qWaitForWindowExposed(opened));
        QTest::qWait(600); // it reads the store on its thread
        const QString name = action->text().remove(u'&').remove(QStringLiteral("…")).trimmed();
        capture(*opened, name.toLower().replace(u' ', u'-'));
        opened->close();
    }
}

void TestScreenshots::captureNoteEditor()
{
    NoteEditorDialog editor(m_store->context());
    QSignalSpy shown(&editor, &NoteEditorDialog::noteShown);
    editor.resize(760, 620);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.openForSession(m_store->firstClientId(), m_store->firstSessionTodayId());
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    QTest::qWait(200);
    capture(editor, QStringLiteral("note-editor"));
    editor.reject();
}

void TestScreenshots::capture(QWidget& widget, const QString& name)
{
    const QString path =
        screenshotDirectory() + u'/' + name + u'-' + m_theme + QStringLiteral(".png");
    const QImage picture = widget.grab().toImage();
    if (!picture.save(path)) {
        m_problems.append(QStringLiteral("cannot write ") + path);
        return;
    }
    m_written.append(path);
    if (!hasContent(QImage(path))) {
        m_problems.append(name + QStringLiteral(": blank picture"));
        return;
    }
    checkFollowsPalette(widget, picture, name);
}

void TestScreenshots::checkFollowsPalette(QWidget& widget, const QImage& picture,
                                          const QString& name)
{
    const qreal ratio = picture.devicePixelRatio();
    auto areaOf = [&](const QWidget* part) {
        const QRect logical(part->mapTo(&widget, QPoint(0, 0)), part->size());
        return picture.copy(QRect(logical.topLeft() * ratio, logical.size() * ratio));
    };

    const double background = lightness(dominantColour(picture));
    if (m_dark ? background > 0.35 : background < 0.6) {
        m_problems.append(QStringLiteral("%1 (%2): background lightness %3")
                              .arg(name, m_theme)
                              .arg(background, 0, 'f', 2));
    }
    for (QWidget* part : widget.findChildren<QWidget*>()) {
        if (!part->isVisible() || part->window() != &widget || isQtInternal(part)) {
            continue;
        }
        const QString key = describe(name, part);
        if (allowed(key)) {
            continue;
        }
        // Text: the ink must stand out in the palette's direction (light on dark, dark on light).
        if (auto* label = qobject_cast<QLabel*>(part);
            label && !label->text().trimmed().isEmpty() && label->pixmap().isNull()) {
            const double contrast = inkContrast(areaOf(label));
            if (m_dark ? contrast < 0.3 : contrast > -0.3) {
                m_problems.append(QStringLiteral("%1 (%2): text ink %3 against its background")
                                      .arg(key, m_theme)
                                      .arg(contrast, 0, 'f', 2));
            }
        }
        // Large panels (views, custom-painted widgets) must not fill a light background.
        if (m_dark && part->width() * part->height() >= kLargePanelArea) {
            const double panel = lightness(dominantColour(areaOf(part)));
            if (panel > 0.5) {
                m_problems.append(QStringLiteral("%1 (dark): paints a light background (%2)")
                                      .arg(key)
                                      .arg(panel, 0, 'f', 2));
            }
        }
    }
}

void TestScreenshots::cleanupTestCase()
{
    // Every main screen in both palettes: 7 screens at least (more when pages were added).
    QVERIFY2(m_written.size() >= 14, qPrintable(m_written.join(u'\n')));
    qInfo("%lld screenshots in %s", static_cast<long long>(m_written.size()),
          qPrintable(screenshotDirectory()));
    m_store.reset();
}

QTEST_MAIN(TestScreenshots)
#include "TestScreenshots.moc"
