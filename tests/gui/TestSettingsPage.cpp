// The Settings page and its dialogs, offscreen, on a real encrypted store: organizations and
// locations from the store, preferences saved as they change (idle lock applied at once),
// language switch requested, price parsing without floating point, the passphrase-change
// dialog's inline error, and the sign-out question.

#include "GuiTestSupport.h"
#include "support/SecurityTestStore.h"

#include "desktop/core/AppSettings.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/SyncRunner.h"
#include "desktop/core/account/AccountService.h"
#include "desktop/core/security/IdleLock.h"
#include "desktop/sync/ServerConnectionMonitor.h"
#include "desktop/ui/settings/ChangePassphraseDialog.h"
#include "desktop/ui/settings/SettingsPage.h"
#include "desktop/ui/settings/SignOutDialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace fitflow::desktop;
using namespace std::chrono_literals;
using fitflow::desktop::testing::child;
namespace t = fitflow::desktop::testing;

class TestSettingsPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsOrganizationsAndAccount();
    void preferencesAreSavedAsTheyChange();
    void languageChoiceIsAnnounced();
    void parsePriceCents_data();
    void parsePriceCents();
    void priceFollowsTheLocale();
    void changePassphraseDialogShowsWrongPassphrase();
    void signOutDialogOffersKeepOrWipe();

private:
    std::unique_ptr<SettingsPage> makePage();

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<StoreSession> m_session;
    std::unique_ptr<ServerConnectionMonitor> m_monitor;
    std::unique_ptr<StoreEvents> m_events;
    std::unique_ptr<AccountService> m_account;
    std::unique_ptr<SyncRunner> m_sync;
    std::unique_ptr<IdleLock> m_idleLock;
    std::unique_ptr<QTemporaryDir> m_storeDir;
};

void TestSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    for (const char* name : {"FITFLOW_SERVER_URL", "FITFLOW_CA_CERT", "FITFLOW_LANG"}) {
        qunsetenv(name);
    }
}

void TestSettingsPage::init()
{
    QFile::remove(t::privateSettingsFile(QDir(m_dir.path())));
    m_settings = std::make_unique<AppSettings>(t::privateSettingsFile(QDir(m_dir.path())));
    m_storeDir = std::make_unique<QTemporaryDir>();
    m_session = t::unlockedStore(*m_storeDir);
    QCOMPARE(m_session->state(), StoreSession::State::Unlocked);
    m_monitor = std::make_unique<ServerConnectionMonitor>(ServerEndpoint{});
    m_events = std::make_unique<StoreEvents>();
    m_account = std::make_unique<AccountService>(*m_session);
    m_sync = std::make_unique<SyncRunner>(*m_session, *m_events);
    m_idleLock = std::make_unique<IdleLock>(*m_session);
}

void TestSettingsPage::cleanup()
{
    m_idleLock.reset();
    m_sync.reset();
    m_account.reset();
    m_events.reset();
    m_monitor.reset();
    m_session.reset();
    m_storeDir.reset();
    m_settings.reset();
}

std::unique_ptr<SettingsPage> TestSettingsPage::makePage()
{
    auto page = std::make_unique<SettingsPage>(DesktopContext{.session = *m_session,
                                                              .events = *m_events,
                                                              .settings = *m_settings,
                                                              .monitor = *m_monitor,
                                                              .account = m_account.get(),
                                                              .sync = m_sync.get(),
                                                              .idleLock = m_idleLock.get()});
    page->resize(900, 640);
    page->show();
    return page;
}

void TestSettingsPage::showsOrganizationsAndAccount()
{
    QVERIFY(t::seedOrganization(*m_session, "North Studio"));
    auto page = makePage();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    auto* tree = child<QTreeWidget>(page.get(), QStringLiteral("organizationsTree"));
    QVERIFY(tree);
    QTRY_COMPARE(tree->topLevelItemCount(), 1);
    QTRY_COMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("North Studio"));
    QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("Plateau"));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(2), QStringLiteral("America/Toronto"));
    // The street address pulled with the location (server 0023), on one line.
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(5),
             QStringLiteral("4521 boul. Saint-Laurent, Montréal QC  H2T 1R2"));
    // Shown whole, the tree scrolling sideways to it (the session 8 walkthrough saw
    // "4521 boul. S..." : the last column was stretched to what was left of the view).
    QTRY_VERIFY2(tree->header()->sectionSize(5) >=
                     static_cast<QAbstractItemView*>(tree)->sizeHintForColumn(5),
                 qPrintable(QStringLiteral("%1 < %2 px")
                                .arg(tree->header()->sectionSize(5))
                                .arg(static_cast<QAbstractItemView*>(tree)->sizeHintForColumn(5))));

    auto* account = child<QLabel>(page.get(), QStringLiteral("accountLabel"));
    auto* signIn = child<QPushButton>(page.get(), QStringLiteral("signInButton"));
    auto* signOut = child<QPushButton>(page.get(), QStringLiteral("signOutButton"));
    QVERIFY(account && signIn && signOut);
    QTRY_VERIFY(account->text().contains(QStringLiteral("Not signed in")));
    QVERIFY(signIn->isVisible());
    QVERIFY(!signOut->isVisible());

    // A sign-in elsewhere (saved account) shows up after reload.
    QVERIFY(t::seedAccount(*m_session, "https://sync.example.test"));
    m_account->reload();
    QTRY_VERIFY(account->text().contains(QStringLiteral("alex@example.test")));
    QVERIFY(signOut->isVisible());
    QVERIFY(!signIn->isVisible());
    const QString path = t::screenshotDirectory() + QStringLiteral("/settings-page.png");
    QVERIFY(page->grab().save(path));
}

void TestSettingsPage::preferencesAreSavedAsTheyChange()
{
    auto page = makePage();
    auto* idle = child<QSpinBox>(page.get(), QStringLiteral("idleLockSpin"));
    auto* minutes = child<QSpinBox>(page.get(), QStringLiteral("sessionMinutesSpin"));
    auto* price = child<QLineEdit>(page.get(), QStringLiteral("sessionPriceEdit"));
    auto* server = child<QLineEdit>(page.get(), QStringLiteral("serverUrlEdit"));
    QVERIFY(idle && minutes && price && server);
    QCOMPARE(idle->value(), AppSettings::kDefaultIdleLockMinutes);
    QCOMPARE(price->text(), QStringLiteral("0.00"));

    idle->setValue(3);
    QCOMPARE(m_settings->idleLockMinutes(), 3);
    QCOMPARE(m_idleLock->timeout(), std::chrono::milliseconds(3min));
    idle->setValue(0);
    QVERIFY(!m_idleLock->isActive());

    minutes->setValue(45);
    QCOMPARE(m_settings->defaultSessionMinutes(), 45);

    price->clear();
    QTest::keyClicks(price, QStringLiteral("85,5x"));
    QCOMPARE(price->text(), QStringLiteral("85,5")); // the validator refuses the letter
    QTest::keyClick(price, Qt::Key_Return);
    QCOMPARE(m_settings->defaultSessionPriceCents(), qint64{8550});

    server->clear();
    QTest::keyClicks(server, QStringLiteral("https://sync.example.test"));
    QTest::keyClick(server, Qt::Key_Return);
    QCOMPARE(m_settings->serverUrl(), QUrl(QStringLiteral("https://sync.example.test")));
    // The change applies at once: the connection monitor now watches the new address.
    QCOMPARE(m_monitor->endpoint().baseUrl, QUrl(QStringLiteral("https://sync.example.test")));
    for (QLabel* label : page->findChildren<QLabel*>()) {
        QVERIFY2(!label->text().contains(QLatin1String("next start")), qPrintable(label->text()));
    }
    auto* caFile = child<QLineEdit>(page.get(), QStringLiteral("caFileEdit"));
    QVERIFY(caFile);
    QSignalSpy endpointChanged(m_monitor.get(), &ServerConnectionMonitor::endpointChanged);
    caFile->clear();
    QTest::keyClicks(caFile, QStringLiteral("/tmp/fitflow-test-ca.pem"));
    QTest::keyClick(caFile, Qt::Key_Return);
    QCOMPARE(m_monitor->endpoint().caCertificatePath, QStringLiteral("/tmp/fitflow-test-ca.pem"));
    QCOMPARE(m_monitor->endpoint().baseUrl, QUrl(QStringLiteral("https://sync.example.test")));
    QCOMPARE(endpointChanged.count(), 1);
}

void TestSettingsPage::languageChoiceIsAnnounced()
{
    auto page = makePage();
    auto* combo = child<QComboBox>(page.get(), QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QSignalSpy changed(page.get(), &SettingsPage::languageChanged);
    combo->setCurrentIndex(combo->findData(QStringLiteral("fr_CA")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("fr_CA"));
    QCOMPARE(m_settings->language(), QStringLiteral("fr_CA"));
}

void TestSettingsPage::parsePriceCents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: invalid
    QTest::newRow("whole") << QStringLiteral("85") << qint64{8500};
    QTest::newRow("one decimal") << QStringLiteral("85.5") << qint64{8550};
    QTest::newRow("comma") << QStringLiteral("85,05") << qint64{8505};
    QTest::newRow("spaces") << QStringLiteral(" 0.99 ") << qint64{99};
    QTest::newRow("three decimals") << QStringLiteral("1.234") << qint64{-1};
    QTest::newRow("negative") << QStringLiteral("-5") << qint64{-1};
    QTest::newRow("empty") << QString() << qint64{-1};
    QTest::newRow("too large") << QStringLiteral("10000000") << qint64{-1};
}

void TestSettingsPage::parsePriceCents()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QCOMPARE(SettingsPage::parsePriceCents(text).value_or(-1), expected);
    if (expected >= 0) {
        QCOMPARE(SettingsPage::parsePriceCents(SettingsPage::formatPriceCents(expected)),
                 std::optional<qint64>(expected));
    }
}

// French (Canada) writes "85,00": the page shows the price that way and reads it back.
void TestSettingsPage::priceFollowsTheLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    m_settings->setDefaultSessionPriceCents(8550);
    auto page = makePage();
    auto* price = child<QLineEdit>(page.get(), QStringLiteral("sessionPriceEdit"));
    QVERIFY(price);
    const QString shown = price->text();
    // The Calendar group's late-cancellation fee follows the same rule ("0,00", never "0.00").
    auto* fee = child<QLineEdit>(page.get(), QStringLiteral("lateCancellationFeeEdit"));
    QVERIFY(fee);
    const QString feeShown = fee->text();
    QLocale::setDefault(previous);
    QCOMPARE(shown, QStringLiteral("85,50"));
    QVERIFY2(feeShown.contains(QLatin1Char(',')) && !feeShown.contains(QLatin1Char('.')),
             qPrintable(feeShown));
    QCOMPARE(SettingsPage::formatPriceCents(0), QStringLiteral("0.00"));
    QCOMPARE(SettingsPage::parsePriceCents(shown), std::optional<qint64>(8550));
}

void TestSettingsPage::changePassphraseDialogShowsWrongPassphrase()
{
    ChangePassphraseDialog dialog(*m_session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("oldPassphraseEdit")),
                     QStringLiteral("not the passphrase"));
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("newPassphraseEdit")),
                     QStringLiteral("another long passphrase"));
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("confirmPassphraseEdit")),
                     QStringLiteral("another long passphrase"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("okButton")), Qt::LeftButton);
    auto* error = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
    QVERIFY(error);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY(error->text().contains(QStringLiteral("passphrase")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), 0);
}

void TestSettingsPage::signOutDialogOffersKeepOrWipe()
{
    SignOutDialog dialog(QStringLiteral("alex@example.test"), 3);
    QVERIFY(dialog.text().contains(QStringLiteral("alex@example.test")));
    QVERIFY(dialog.informativeText().contains(QStringLiteral("3")));
    QCOMPARE(dialog.choice(), SignOutDialog::Choice::Cancel);
    QTimer::singleShot(0, &dialog, [&dialog] {
        child<QPushButton>(&dialog, QStringLiteral("wipeDataButton"))->click();
    });
    dialog.exec();
    QCOMPARE(dialog.choice(), SignOutDialog::Choice::WipeData);
}

QTEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"
