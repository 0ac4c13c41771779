// Drives the real first-run wizard, unlock dialog and main window, offscreen, through a
// trainer's first run and a later restart: create the store (offline), reopen it, reject a wrong
// passphrase, navigate, lock.

#include "GuiTestSupport.h"

#include "desktop/core/AppSettings.h"
#include "desktop/core/PassphrasePolicy.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreLocation.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/SyncRunner.h"
#include "desktop/core/account/AccountService.h"
#include "desktop/sync/ServerConnectionMonitor.h"
#include "desktop/ui/firstrun/FirstRunWizard.h"
#include "desktop/ui/shell/AppController.h"
#include "desktop/ui/shell/MainWindow.h"
#include "desktop/ui/unlock/UnlockDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace fitflow::desktop;
using fitflow::desktop::testing::child;

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery");
const QByteArray kCanary = QByteArrayLiteral("SQLite format 3");
} // namespace

class TestUnlockFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRunWizardCreatesEncryptedStoreThenContinuesOffline();
    void restartRejectsWrongPassphraseInline();
    void restartUnlocksWithRightPassphrase();
    void shortcutsSwitchPages();
    void lockReturnsToUnlockDialog();
    void languageSwitchRebuildsTheWindow();
    void revokedDeviceIsExplained();
    void cancelAsksToQuit();
    void firstRunSignInWatchesTheServerAtOnce();

private:
    // Simulates starting the program: fresh session, monitor and controller on the same store.
    void startApp();
    UnlockDialog* dialog() const { return m_controller ? m_controller->unlockDialog() : nullptr; }
    MainWindow* window() const { return m_controller ? m_controller->mainWindow() : nullptr; }
    void typeInto(const QString& objectName, const QString& text);
    // Pictures of the dialog's error states, for reviewers (see TestMainWindowScreenshots).
    void saveScreenshot(const QString& name);
    static void saveWindowPicture(QWidget* window, const QString& name);

    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<StoreSession> m_session;
    std::unique_ptr<ServerConnectionMonitor> m_monitor;
    StoreEvents m_events;
    std::unique_ptr<AccountService> m_account;
    std::unique_ptr<SyncRunner> m_sync;
    QTranslator m_translator;
    std::unique_ptr<AppController> m_controller;
};

void TestUnlockFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // The same variable run.sh uses; StoreLocation must honour it.
    m_storePath = m_dir.filePath(QStringLiteral("nested/fitflow.db"));
    qputenv(StoreLocation::kEnvironmentVariable, m_storePath.toUtf8());
    qunsetenv("FITFLOW_SERVER_URL");
    QCOMPARE(StoreLocation::databasePath(), m_storePath);
}

void TestUnlockFlow::startApp()
{
    m_controller.reset();
    m_sync.reset();
    m_account.reset();
    m_monitor.reset();
    m_session.reset();
    m_settings = std::make_unique<AppSettings>(testing::privateSettingsFile(QDir(m_dir.path())));
    m_session =
        std::make_unique<StoreSession>(StoreLocation::databasePath(), KdfSettings::fastForTests());
    m_monitor = std::make_unique<ServerConnectionMonitor>(ServerEndpoint{});
    m_account = std::make_unique<AccountService>(*m_session);
    m_sync = std::make_unique<SyncRunner>(*m_session, m_events);
    m_controller = std::make_unique<AppController>(DesktopContext{.session = *m_session,
                                                                  .events = m_events,
                                                                  .settings = *m_settings,
                                                                  .monitor = *m_monitor,
                                                                  .account = m_account.get(),
                                                                  .sync = m_sync.get()});
    m_controller->setTranslator(&m_translator);
    m_controller->start();
}

void TestUnlockFlow::typeInto(const QString& objectName, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog(), objectName);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestUnlockFlow::saveScreenshot(const QString& name)
{
    QVERIFY(dialog());
    saveWindowPicture(dialog(), name);
}

void TestUnlockFlow::saveWindowPicture(QWidget* window, const QString& name)
{
    const QString path = testing::screenshotDirectory() + u'/' + name + QStringLiteral(".png");
    QVERIFY(window->grab().save(path));
}

void TestUnlockFlow::firstRunWizardCreatesEncryptedStoreThenContinuesOffline()
{
    QVERIFY(!QFile::exists(m_storePath));
    startApp();
    QVERIFY(!dialog());
    FirstRunWizard* wizard = m_controller->firstRunWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::StorePageId));
    auto* next = child<QAbstractButton>(wizard, QStringLiteral("nextButton"));
    auto* feedback = child<QLabel>(wizard, QStringLiteral("feedbackLabel"));
    auto* strength = child<QProgressBar>(wizard, QStringLiteral("strengthBar"));
    auto* passphrase = child<QLineEdit>(wizard, QStringLiteral("passphraseEdit"));
    auto* confirm = child<QLineEdit>(wizard, QStringLiteral("confirmEdit"));
    QVERIFY(next && feedback && strength && passphrase && confirm);
    QVERIFY(!next->isEnabled());

    QTest::keyClicks(passphrase, QStringLiteral("short"));
    QVERIFY(feedback->text().contains(QStringLiteral("10")));
    QCOMPARE(strength->value(), 0);
    QVERIFY(!next->isEnabled());

    passphrase->clear();
    QTest::keyClicks(passphrase, kPassphrase);
    QCOMPARE(strength->value(), int(PassphrasePolicy::Strength::Strong));
    QTest::keyClicks(confirm, kPassphrase + QStringLiteral("x"));
    QVERIFY(feedback->text().contains(QStringLiteral("match")));
    QVERIFY(!next->isEnabled());
    QVERIFY(!QFile::exists(m_storePath));
    saveWindowPicture(wizard, QStringLiteral("first-run-store-mismatch"));

    confirm->clear();
    QTest::keyClicks(confirm, kPassphrase);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    // The key is derived on the store thread; meanwhile the page shows it is busy.
    auto* busy = child<QProgressBar>(wizard, QStringLiteral("createBusyIndicator"));
    QVERIFY(busy && busy->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(FirstRunWizard::SignInPageId), 20000);
    QCOMPARE(m_session->state(), StoreSession::State::Unlocked);
    // The main window waits for the wizard to finish.
    QVERIFY(!window());
    QVERIFY(passphrase->text().isEmpty());

    // Bad input is explained on the page and nothing is sent.
    auto* server = child<QLineEdit>(wizard, QStringLiteral("serverUrlEdit"));
    auto* signInError = child<QLabel>(wizard, QStringLiteral("signInErrorLabel"));
    auto* finish = child<QAbstractButton>(wizard, QStringLiteral("finishButton"));
    QVERIFY(server && signInError && finish);
    QTest::keyClicks(server, QStringLiteral("http://plain.example.test"));
    QTest::mouseClick(finish, Qt::LeftButton);
    QVERIFY(signInError->isVisible());
    QVERIFY(signInError->text().contains(QStringLiteral("https://")));
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::SignInPageId));
    saveWindowPicture(wizard, QStringLiteral("first-run-sign-in"));

    auto* offline = child<QCheckBox>(wizard, QStringLiteral("offlineCheckBox"));
    QVERIFY(offline);
    offline->setChecked(true);
    QTest::mouseClick(finish, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window() && window()->isVisible(), 20000);
    QTRY_VERIFY(!m_controller->firstRunWizard());

    QFile store(m_storePath);
    QVERIFY(store.exists());
    QVERIFY(QFile::exists(m_storePath + QStringLiteral(".key")));
    QVERIFY(store.open(QIODevice::ReadOnly));
    const QByteArray bytes = store.readAll();
    QVERIFY(bytes.size() > 0);
    QVERIFY2(!bytes.startsWith(kCanary), "the store file is a plain SQLite file");
    QVERIFY2(!bytes.contains(kPassphrase.toUtf8()), "the passphrase is in the store file");
}

void TestUnlockFlow::restartRejectsWrongPassphraseInline()
{
    startApp();
    QVERIFY(dialog());
    QCOMPARE(dialog()->mode(), UnlockDialog::Mode::Unlock);
    auto* confirm = child<QLineEdit>(dialog(), QStringLiteral("confirmEdit"));
    QVERIFY(confirm && !confirm->isVisible());
    auto* ok = child<QPushButton>(dialog(), QStringLiteral("okButton"));
    auto* error = child<QLabel>(dialog(), QStringLiteral("errorLabel"));
    auto* passphrase = child<QLineEdit>(dialog(), QStringLiteral("passphraseEdit"));
    auto* busy = child<QProgressBar>(dialog(), QStringLiteral("busyIndicator"));
    QVERIFY(ok && error && passphrase && busy);
    QVERIFY(!ok->isEnabled());

    QSignalSpy failures(m_session.get(), &StoreSession::openFailed);
    typeInto(QStringLiteral("passphraseEdit"), QStringLiteral("not the passphrase"));
    QTest::keyClick(passphrase, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 1, 20000);
    QCOMPARE(failures.first().first().toString(), QStringLiteral("wrong_passphrase"));

    QVERIFY(dialog() && dialog()->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("passphrase")));
    QVERIFY(passphrase->text().isEmpty());
    QVERIFY(passphrase->isEnabled());
    QVERIFY(!busy->isVisible());
    QVERIFY(!window());
    saveScreenshot(QStringLiteral("unlock-dialog-wrong-passphrase"));
    QCOMPARE(m_session->state(), StoreSession::State::Locked);
}

void TestUnlockFlow::restartUnlocksWithRightPassphrase()
{
    startApp();
    QVERIFY(dialog());
    typeInto(QStringLiteral("passphraseEdit"), kPassphrase);
    QTest::mouseClick(child<QPushButton>(dialog(), QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window() && window()->isVisible(), 20000);
    auto* storeStatus = child<QLabel>(window(), QStringLiteral("storeStatusLabel"));
    QVERIFY(storeStatus);
    QVERIFY(storeStatus->text().contains(QStringLiteral("Encrypted store unlocked")));
    QVERIFY(storeStatus->text().contains(QStringLiteral("fitflow.db")));
    auto* serverStatus = child<QLabel>(window(), QStringLiteral("serverStatusLabel"));
    QVERIFY(serverStatus);
    QVERIFY(serverStatus->text().contains(QStringLiteral("not configured")));
}

void TestUnlockFlow::shortcutsSwitchPages()
{
    if (!window()) {
        restartUnlocksWithRightPassphrase();
    }
    MainWindow* main = window();
    QVERIFY(main);
    main->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(main));
    auto* stack = child<QStackedWidget>(main, QStringLiteral("pageStack"));
    auto* navigation = child<QListView>(main, QStringLiteral("navigationList"));
    QVERIFY(stack && navigation);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("dashboardPage"));

    const QList<std::pair<Qt::Key, QString>> expected = {
        {Qt::Key_2, QStringLiteral("calendarPage")},  {Qt::Key_3, QStringLiteral("clientsPage")},
        {Qt::Key_4, QStringLiteral("invoicesPage")},  {Qt::Key_5, QStringLiteral("settingsPage")},
        {Qt::Key_1, QStringLiteral("dashboardPage")},
    };
    for (const auto& [key, pageName] : expected) {
        QTest::keyClick(main, key, Qt::ControlModifier);
        QCOMPARE(stack->currentWidget()->objectName(), pageName);
        QCOMPARE(navigation->currentIndex().row(), stack->currentIndex());
    }

    // Clicking in the navigation list switches pages too.
    const QModelIndex clientsRow = navigation->model()->index(2, 0);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualRect(clientsRow).center());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("clientsPage"));
    QCOMPARE(main->currentPage(), NavigationModel::Page::Clients);
}

void TestUnlockFlow::lockReturnsToUnlockDialog()
{
    MainWindow* main = window();
    QVERIFY(main);
    main->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(main));
    QTest::keyClick(main, Qt::Key_L, Qt::ControlModifier);

    QCOMPARE(m_session->state(), StoreSession::State::Locked);
    QVERIFY(dialog());
    QVERIFY(QTest::qWaitForWindowExposed(dialog()));
    QCOMPARE(dialog()->mode(), UnlockDialog::Mode::Unlock);
    QTRY_VERIFY(!window());
    // Closing the window on lock kept its geometry for next time.
    QVERIFY(!m_settings->mainWindowGeometry().isEmpty());

    // And the store opens again from there.
    typeInto(QStringLiteral("passphraseEdit"), kPassphrase);
    QTest::mouseClick(child<QPushButton>(dialog(), QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window() && window()->isVisible(), 20000);
}

void TestUnlockFlow::languageSwitchRebuildsTheWindow()
{
    MainWindow* before = window();
    QVERIFY(before);
    before->showPage(NavigationModel::Page::Settings);
    auto* combo = child<QComboBox>(before, QStringLiteral("languageCombo"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("fr_CA")));
    // A new window in the new language, on the Settings page; the old one goes away.
    QTRY_VERIFY(window() && window() != before);
    MainWindow* french = window();
    QVERIFY(french->isVisible());
    QCOMPARE(french->currentPage(), NavigationModel::Page::Settings);
    auto* navigation = child<QListView>(french, QStringLiteral("navigationList"));
    QVERIFY(navigation);
    QCOMPARE(navigation->model()->index(0, 0).data().toString(), QStringLiteral("Tableau de bord"));
    QCOMPARE(m_settings->language(), QStringLiteral("fr_CA"));

    auto* frenchCombo = child<QComboBox>(french, QStringLiteral("languageCombo"));
    QVERIFY(frenchCombo);
    QCOMPARE(frenchCombo->currentData().toString(), QStringLiteral("fr_CA"));
    frenchCombo->setCurrentIndex(frenchCombo->findData(QStringLiteral("en")));
    QTRY_VERIFY(window() && window() != french);
    navigation = child<QListView>(window(), QStringLiteral("navigationList"));
    QVERIFY(navigation);
    QCOMPARE(navigation->model()->index(0, 0).data().toString(), QStringLiteral("Dashboard"));
    m_settings->setLanguage(QString());
}

void TestUnlockFlow::revokedDeviceIsExplained()
{
    QVERIFY(window());
    QVERIFY(!m_controller->deviceRevokedNotice());
    emit m_sync->deviceRevoked();
    QMessageBox* notice = m_controller->deviceRevokedNotice();
    QVERIFY(notice);
    QVERIFY(QTest::qWaitForWindowExposed(notice));
    QVERIFY(notice->text().contains(QStringLiteral("wiped")));
    QVERIFY(notice->informativeText().contains(QStringLiteral("Settings")));
    saveWindowPicture(notice, QStringLiteral("device-revoked-notice"));
    // Said once, even if sync reports it again.
    emit m_sync->deviceRevoked();
    QCOMPARE(m_controller->deviceRevokedNotice(), notice);
    notice->accept();
    QTRY_VERIFY(!m_controller->deviceRevokedNotice());
}

void TestUnlockFlow::cancelAsksToQuit()
{
    startApp();
    QVERIFY(dialog());
    QSignalSpy quit(m_controller.get(), &AppController::quitRequested);
    QTest::mouseClick(child<QPushButton>(dialog(), QStringLiteral("cancelButton")), Qt::LeftButton);
    QCOMPARE(quit.count(), 1);
    QCOMPARE(m_session->state(), StoreSession::State::Locked);
}

// A sign-in on the wizard's last page must point the connection monitor at that server now (sync
// follows the monitor), not at the next start. The server's answer is the wizard's own
// AccountService signal; the real sign-in is TestDesktopSignIn's.
void TestUnlockFlow::firstRunSignInWatchesTheServerAtOnce()
{
    qputenv(StoreLocation::kEnvironmentVariable,
            m_dir.filePath(QStringLiteral("second/fitflow.db")).toUtf8());
    startApp();
    FirstRunWizard* wizard = m_controller->firstRunWizard();
    QVERIFY(wizard);
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("passphraseEdit")), kPassphrase);
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("confirmEdit")), kPassphrase);
    QTest::mouseClick(child<QAbstractButton>(wizard, QStringLiteral("nextButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(FirstRunWizard::SignInPageId), 20000);

    const QUrl server(QStringLiteral("https://sync.example.test:8443"));
    auto* serverEdit = child<QLineEdit>(wizard, QStringLiteral("serverUrlEdit"));
    QVERIFY(serverEdit);
    serverEdit->clear();
    QTest::keyClicks(serverEdit, server.toString());
    QVERIFY(!m_monitor->endpoint().isConfigured());
    // The round the unlock started is over; a new one must start after the sign-in.
    QTRY_VERIFY_WITH_TIMEOUT(!m_sync->status().running, 20000);
    bool roundStarted = false;
    connect(m_sync.get(), &SyncRunner::statusChanged, this,
            [this, &roundStarted] { roundStarted = roundStarted || m_sync->status().running; });
    emit wizard->account().signInFinished(QString(), QString());

    QCOMPARE(m_monitor->endpoint().baseUrl, server);
    QTRY_VERIFY_WITH_TIMEOUT(window() && window()->isVisible(), 20000);
    // ...and a sync round starts now (it ends "not signed in" here: the answer above was staged).
    QTRY_VERIFY_WITH_TIMEOUT(roundStarted, 5000);
    qputenv(StoreLocation::kEnvironmentVariable, m_storePath.toUtf8());
}

QTEST_MAIN(TestUnlockFlow)
#include "TestUnlockFlow.moc"
