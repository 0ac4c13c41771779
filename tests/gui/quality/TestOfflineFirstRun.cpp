// An offline first run, as a new user meets it: the wizard's "continue offline" choice says that
// clients need an organization, which only the first sync brings; on a store that knows no
// organization yet, New client explains that instead of opening an editor that cannot save.

#include "ColumnFit.h"

#include "desktop/core/AppSettings.h"
#include "desktop/core/DesktopContext.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/account/AccountService.h"
#include "desktop/storage/LocalStore.h"
#include "desktop/sync/ServerConnectionMonitor.h"
#include "desktop/ui/clients/ClientsPage.h"
#include "desktop/ui/firstrun/SignInPage.h"
#include "desktop/ui/settings/SettingsPage.h"
#include "tests/gui/GuiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace fitflow::desktop {

class TestOfflineFirstRun : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void continuingOfflineSaysClientsWaitForTheFirstSync();
    void newClientWithoutAnOrganizationExplainsWhy();
    void settingsShowTheOrganizationHeadersWhole();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<StoreSession> m_session;
    std::unique_ptr<ServerConnectionMonitor> m_monitor;
    StoreEvents m_events;
};

void TestOfflineFirstRun::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("offline.fitflow"));
    const QByteArray passphrase = QByteArrayLiteral("offline first run passphrase");
    // A store fresh from the wizard, never synced: no organization, no location.
    QVERIFY(LocalStore::create(path, passphrase, KdfSettings::fastForTests()).ok());
    m_settings = std::make_unique<AppSettings>(testing::privateSettingsFile(QDir(m_dir.path())));
    m_monitor = std::make_unique<ServerConnectionMonitor>(ServerEndpoint{});
    m_session = std::make_unique<StoreSession>(path, KdfSettings::fastForTests());
    m_session->unlock(passphrase);
    QVERIFY(QTest::qWaitFor([this] { return m_session->state() == StoreSession::State::Unlocked; },
                            30000));
}

void TestOfflineFirstRun::cleanupTestCase()
{
    m_session.reset();
}

void TestOfflineFirstRun::continuingOfflineSaysClientsWaitForTheFirstSync()
{
    AccountService account(*m_session);
    SignInPage page(account, *m_settings, nullptr, m_monitor.get());
    page.show();
    auto* offline = testing::child<QCheckBox>(&page, QStringLiteral("offlineCheckBox"));
    auto* notice = testing::child<QLabel>(&page, QStringLiteral("offlineNoticeLabel"));
    QVERIFY(offline && notice);
    QVERIFY(!notice->isVisible()); // signing in needs no such warning
    offline->setFocus();
    QTest::keyClick(offline, Qt::Key_Space); // keyboard alone
    QVERIFY(offline->isChecked());
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("clients")));
    QVERIFY(notice->text().contains(QStringLiteral("synced once")));
}

void TestOfflineFirstRun::newClientWithoutAnOrganizationExplainsWhy()
{
    ClientsPage page({.session = *m_session,
                      .events = m_events,
                      .settings = *m_settings,
                      .monitor = *m_monitor});
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* newClient = testing::child<QAction>(&page, QStringLiteral("newClientAction"));
    QVERIFY(newClient && newClient->isEnabled());
    newClient->trigger();
    QMessageBox* notice = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            notice = page.findChild<QMessageBox*>(QStringLiteral("clientNeedsOrganizationNotice"));
            return notice != nullptr && notice->isVisible();
        },
        10000));
    QVERIFY(notice->windowTitle().contains(QStringLiteral("organization")));
    QVERIFY(notice->text().contains(QStringLiteral("studio or practice")));
    QVERIFY(notice->informativeText().contains(QStringLiteral("Sign in")));
    QVERIFY2(page.findChild<QDialog*>(QStringLiteral("clientEditorDialog")) == nullptr,
             "an editor that could not save was opened");
    QTest::keyClick(notice, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return page.findChild<QMessageBox*>() == nullptr; }, 5000));
}

// Before the first sync the organizations tree holds one sentence; it must not push the
// Province header out of sight.
void TestOfflineFirstRun::settingsShowTheOrganizationHeadersWhole()
{
    SettingsPage page({.session = *m_session,
                       .events = m_events,
                       .settings = *m_settings,
                       .monitor = *m_monitor});
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* tree = testing::child<QTreeWidget>(&page, QStringLiteral("organizationsTree"));
    QVERIFY(tree);
    QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 1, 10000);
    QTest::qWait(50);
    for (int column : {0, 1}) { // Name, Province
        const QString problem = testing::columnFitProblem(*tree, *tree->header(), column);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

} // namespace fitflow::desktop

QTEST_MAIN(fitflow::desktop::TestOfflineFirstRun)
#include "TestOfflineFirstRun.moc"
