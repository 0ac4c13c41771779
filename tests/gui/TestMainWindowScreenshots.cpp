// Saves pictures of the unlock dialog and of every main-window page, in English and in French
// (Canada), under $FITFLOW_TEST_OUTPUT_DIR/screenshots/, so a reviewer can look at them. Each
// picture is checked to be a real, non-blank image of the expected size. The window is connected
// to a real HTTPS server on loopback, and its status bar must follow the connection live.

#include "GuiTestSupport.h"
#include "TlsTestServer.h"

#include "desktop/core/AppSettings.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/Translations.h"
#include "desktop/sync/ServerConnectionMonitor.h"
#include "desktop/ui/shell/MainWindow.h"
#include "desktop/ui/unlock/UnlockDialog.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace fitflow::desktop;
using fitflow::desktop::testing::child;

namespace {
const QSize kWindowSize{1000, 680};

// True when the image has more than one colour, i.e. something was actually drawn.
bool hasContent(const QImage& image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (image.pixel(x, y) != first) {
                return true;
            }
        }
    }
    return false;
}
} // namespace

class TestMainWindowScreenshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void capture_data();
    void capture();
    void cleanupTestCase();

private:
    void save(QWidget& widget, const QString& name);

    QTemporaryDir m_dir;
    testing::TlsTestServer m_server;
    std::unique_ptr<StoreSession> m_session;
    QTranslator m_translator;
};

void TestMainWindowScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qunsetenv("FITFLOW_SERVER_URL");
    const QString prepared = m_server.prepare(QByteArrayLiteral("{\"status\":\"ok\"}"));
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const QString started = m_server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    m_session = std::make_unique<StoreSession>(m_dir.filePath(QStringLiteral("fitflow.db")),
                                               KdfSettings::fastForTests());
}

void TestMainWindowScreenshots::save(QWidget& widget, const QString& name)
{
    const QString path = testing::screenshotDirectory() + u'/' + name + QStringLiteral(".png");
    const QPixmap picture = widget.grab();
    QVERIFY(picture.save(path));
    const QImage reread(path);
    QCOMPARE(reread.size(), widget.size() * picture.devicePixelRatio());
    QVERIFY2(hasContent(reread), qPrintable(path));
}

void TestMainWindowScreenshots::capture_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dashboardTitle");
    QTest::addColumn<QString>("serverOnline");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Dashboard")
                        << QStringLiteral("Server: online");
    QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << QStringLiteral("Tableau de bord")
                           << QStringLiteral("Serveur : en ligne");
}

void TestMainWindowScreenshots::capture()
{
    QFETCH(QString, language);
    QFETCH(QString, dashboardTitle);
    QFETCH(QString, serverOnline);
    QVERIFY(Translations::install(*qApp, m_translator, QLocale(language)));

    if (m_session->state() == StoreSession::State::Unlocked) {
        m_session->lock();
    }
    {
        UnlockDialog dialog(*m_session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        save(dialog, QStringLiteral("unlock-dialog-") + language);
    }
    if (m_session->state() == StoreSession::State::NoStore) {
        m_session->createStore(QByteArrayLiteral("screenshot passphrase"));
    } else {
        m_session->unlock(QByteArrayLiteral("screenshot passphrase"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), StoreSession::State::Unlocked, 20000);

    AppSettings settings(testing::privateSettingsFile(QDir(m_dir.path())));
    ServerConnectionMonitor monitor(
        ServerEndpoint{QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.port())),
                       m_server.caCertificatePath()});
    StoreEvents events;
    MainWindow window(DesktopContext{
        .session = *m_session, .events = events, .settings = settings, .monitor = monitor});
    window.resize(kWindowSize);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto* serverStatus = child<QLabel>(&window, QStringLiteral("serverStatusLabel"));
    QVERIFY(serverStatus);
    QVERIFY(serverStatus->text() != serverOnline);
    monitor.checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus->text(), serverOnline, 15000);

    const QStringList pageNames = {QStringLiteral("dashboard"), QStringLiteral("calendar"),
                                   QStringLiteral("clients"), QStringLiteral("invoices"),
                                   QStringLiteral("settings")};
    for (int row = 0; row < pageNames.size(); ++row) {
        window.showPage(static_cast<NavigationModel::Page>(row));
        QCOMPARE(window.currentPage(), static_cast<NavigationModel::Page>(row));
        save(window, QStringLiteral("main-window-") + pageNames.at(row) + u'-' + language);
    }
    auto* navigation = child<QListView>(&window, QStringLiteral("navigationList"));
    QVERIFY(navigation);
    QCOMPARE(navigation->model()->index(0, 0).data().toString(), dashboardTitle);
}

void TestMainWindowScreenshots::cleanupTestCase()
{
    Translations::uninstall(m_translator);
    m_session.reset();
}

QTEST_MAIN(TestMainWindowScreenshots)
#include "TestMainWindowScreenshots.moc"
