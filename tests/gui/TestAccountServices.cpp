// Sign-in, sign-out and "sync now" services against a real encrypted store and a real HTTPS
// server on loopback (TlsTestServer: TLS with a throwaway CA; it serves /healthz only, so a
// sign-in reaches the server and is answered with an error). Sign-in against the real
// fitflow-server is covered by the integration test TestDesktopSignIn.

#include "TlsTestServer.h"
#include "support/SecurityTestStore.h"

#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSessionSyncJob.h"
#include "desktop/core/SyncRunner.h"
#include "desktop/core/account/AccountService.h"
#include "desktop/core/account/OrganizationDirectory.h"
#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/money/MoneyRepository.h"
#include "desktop/sync/LocalChanges.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fitflow::desktop;
namespace t = fitflow::desktop::testing;

namespace {

SignInForm validForm(const QUrl& url)
{
    return {url,
            {},
            QStringLiteral("alex@demo.fitflow.test"),
            QByteArrayLiteral("secret"),
            {},
            QStringLiteral("test device")};
}

} // namespace

class TestAccountServices : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void validateExplainsBadInput_data();
    void validateExplainsBadInput();
    void signInNeedsAnOpenStore();
    void signInRefusesAnUntrustedCertificate();
    void signInReachesTheServerWithTheCaFile();
    void signOutForgetsTheTokenAndKeepsData();
    void signOutCanWipeSyncedData();
    void syncNowWithoutAccountAsksToSignIn();
    void organizationDirectoryListsPulledRows();
    void schedulerRunsRoundsOnTheStoreThread();

private:
    t::TlsTestServer m_server;
    QUrl m_serverUrl;
};

void TestAccountServices::initTestCase()
{
    const QString prepared = m_server.prepare(QByteArrayLiteral("{\"status\":\"ok\"}"));
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const QString started = m_server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    m_serverUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.port()));
}

void TestAccountServices::validateExplainsBadInput_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("totp");
    QTest::addColumn<QString>("expected");
    const QString url = QStringLiteral("https://sync.example.test:8443");
    const QString email = QStringLiteral("a@b.test");
    const QByteArray password = QByteArrayLiteral("pw");
    QTest::newRow("fine") << url << email << password << QString() << QString();
    QTest::newRow("fine with code")
        << url << email << password << QStringLiteral("123456") << QString();
    QTest::newRow("plain http") << QStringLiteral("http://sync.example.test") << email << password
                                << QString() << QStringLiteral("invalid_server_url");
    QTest::newRow("no host") << QStringLiteral("https://") << email << password << QString()
                             << QStringLiteral("invalid_server_url");
    QTest::newRow("query") << url + QStringLiteral("/?x=1") << email << password << QString()
                           << QStringLiteral("invalid_server_url");
    QTest::newRow("bad email") << url << QStringLiteral("alex") << password << QString()
                               << QStringLiteral("invalid_email");
    QTest::newRow("no password") << url << email << QByteArray() << QString()
                                 << QStringLiteral("missing_password");
    QTest::newRow("short code") << url << email << password << QStringLiteral("12345")
                                << QStringLiteral("invalid_totp_code");
    QTest::newRow("letters in code") << url << email << password << QStringLiteral("12a456")
                                     << QStringLiteral("invalid_totp_code");
}

void TestAccountServices::validateExplainsBadInput()
{
    QFETCH(QString, url);
    QFETCH(QString, email);
    QFETCH(QByteArray, password);
    QFETCH(QString, totp);
    QFETCH(QString, expected);
    const SignInForm form{QUrl(url), {}, email, password, totp, {}};
    QCOMPARE(AccountService::validate(form), expected);
}

void TestAccountServices::signInNeedsAnOpenStore()
{
    QTemporaryDir dir;
    auto session = t::unlockedStore(dir);
    session->lock();
    AccountService account(*session);
    QSignalSpy finished(&account, &AccountService::signInFinished);
    account.signIn(validForm(m_serverUrl));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("store_closed"));
    QVERIFY(!account.isBusy());
}

void TestAccountServices::signInRefusesAnUntrustedCertificate()
{
    QTemporaryDir dir;
    auto session = t::unlockedStore(dir);
    AccountService account(*session);
    QSignalSpy finished(&account, &AccountService::signInFinished);
    account.signIn(validForm(m_serverUrl)); // no CA file: the throwaway CA is not trusted
    QVERIFY(account.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("tls_error"));
    QVERIFY(!account.account().signedIn);
}

void TestAccountServices::signInReachesTheServerWithTheCaFile()
{
    QTemporaryDir dir;
    auto session = t::unlockedStore(dir);
    AccountService account(*session);
    QSignalSpy finished(&account, &AccountService::signInFinished);
    SignInForm form = validForm(m_serverUrl);
    form.caCertPath = m_server.caCertificatePath();
    account.signIn(std::move(form));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    // TLS verified; this stub has no login route, so the server's answer is an HTTP error.
    const QString code = finished.at(0).at(0).toString();
    QVERIFY2(code == QLatin1String("server_error") || code == QLatin1String("not_found"),
             qPrintable(code + u' ' + finished.at(0).at(1).toString()));
    QVERIFY(!account.account().signedIn);
}

void TestAccountServices::signOutForgetsTheTokenAndKeepsData()
{
    QTemporaryDir dir;
    auto session = t::unlockedStore(dir);
    QVERIFY(t::seedOrganization(*session, "North Studio"));
    // The server cannot be reached: sign-out still forgets the token here.
    QVERIFY(t::seedAccount(*session, "https://127.0.0.1:9"));
    AccountService account(*session);
    QSignalSpy changed(&account, &AccountService::accountChanged);
    account.reload();
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(account.account().signedIn);
    QCOMPARE(account.account().email, QStringLiteral("alex@example.test"));

    QSignalSpy finished(&account, &AccountService::signOutFinished);
    account.signOut(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).toString(), QString());
    QVERIFY(!account.account().signedIn);
    const auto token = t::onStore<std::string>(*session, [](LocalStore* store) {
        auto saved = SyncStateRepository(store->database()).account();
        return saved && *saved ? (*saved)->refreshToken : std::string("missing");
    });
    QCOMPARE(token.value_or("?"), std::string());

    OrganizationDirectory directory(*session);
    QSignalSpy loaded(&directory, &OrganizationDirectory::loaded);
    directory.reload();
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(directory.organizations().size(), 1);
}

void TestAccountServices::signOutCanWipeSyncedData()
{
    QTemporaryDir dir;
    auto session = t::unlockedStore(dir);
    QVERIFY(t::seedOrganization(*session, "North Studio"));
    QVERIFY(t::seedAccount(*session, "https://127.0.0.1:9"));
    const auto added = t::onStore<bool>(*session, [](LocalStore* store) {
        LocalChanges changes(store->database());
        return static_cast<bool>(
            changes.add("client", t::kOrgId, {{"first_name", "Ana"}, {"last_name", "Lima"}}));
    });
    QVERIFY(added.value_or(false));

    AccountService account(*session);
    QSignalSpy finished(&account, &AccountService::signOutFinished);
    account.signOut(true);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).toString(), QString());
    const auto left = t::onStore<qint64>(*session, [](LocalStore* store) {
        auto pending = OutboxRepository(store->database()).pendingCount();
        auto clients = EntityRepository(store->database()).allRecords(*findSyncedEntity("client"));
        auto orgs =
            EntityRepository(store->database()).allPlainRows(*findSyncedEntity("organization"));
        if (!pending || !clients || !orgs) {
            return qint64{-1};
        }
        return *pending + static_cast<qint64>(clients->size() + orgs->size());
    });
    QCOMPARE(left.value_or(-1), qint64{0});
}

void TestAccountServices::syncNowWithoutAccountAsksToSignIn()
{
    QTemporaryDir dir;
    auto session = t::unlockedStore(dir);
    QVERIFY(t::seedOrganization(*session, "North Studio"));
    const auto added = t::onStore<bool>(*session, [](LocalStore* store) {
        LocalChanges changes(store->database());
        return static_cast<bool>(
            changes.add("client", t::kOrgId, {{"first_name", "Ana"}, {"last_name", "Lima"}}));
    });
    QVERIFY(added.value_or(false));

    StoreEvents events;
    SyncRunner runner(*session, events);
    QSignalSpy status(&runner, &SyncRunner::statusChanged);
    QSignalSpy changed(&events, &StoreEvents::changed);
    runner.syncNow();
    QVERIFY(runner.status().running);
    QTRY_VERIFY_WITH_TIMEOUT(!runner.status().running, 20000);
    QCOMPARE(runner.status().lastErrorCode, QStringLiteral("login_required"));
    QCOMPARE(runner.status().pending, qint64{1});
    QVERIFY(!runner.status().lastSuccess.isValid());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("*"));

    // A closed store: nothing starts.
    session->lock();
    runner.syncNow();
    QVERIFY(!runner.status().running);
}

void TestAccountServices::organizationDirectoryListsPulledRows()
{
    QTemporaryDir dir;
    auto session = t::unlockedStore(dir);
    OrganizationDirectory directory(*session);
    QSignalSpy loaded(&directory, &OrganizationDirectory::loaded);
    directory.reload();
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(directory.organizations().isEmpty());

    QVERIFY(t::seedOrganization(*session, "North Studio"));
    directory.reload();
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(directory.organizations().size(), 1);
    const OrganizationSummary& org = directory.organizations().first();
    QCOMPARE(org.name, QStringLiteral("North Studio"));
    QCOMPARE(org.kind, QStringLiteral("studio"));
    QCOMPARE(org.locations.size(), 1);
    QCOMPARE(org.locations.first().name, QStringLiteral("Plateau"));
    QCOMPARE(org.locations.first().timeZone, QStringLiteral("America/Toronto"));
    QVERIFY(org.invoiceNumberRanges.isEmpty());

    // Invoice number blocks the server reserved for this device, and how many are used.
    const auto held = t::onStore<bool>(*session, [](LocalStore* store) {
        money::MoneyRepository money(store->database());
        return money.addNumberBlock(t::kOrgId, "0190a000-0000-7000-8000-0000000000b1",
                                    {1001, 100}) &&
               money.addNumberBlock(t::kOrgId, "0190a000-0000-7000-8000-0000000000b2",
                                    {2001, 50}) &&
               money.saveConsumed(t::kOrgId, 12);
    });
    QVERIFY(held.value_or(false));
    directory.reload();
    QTRY_COMPARE(loaded.count(), 3);
    const OrganizationSummary& numbered = directory.organizations().first();
    QCOMPARE(numbered.invoiceNumberRanges, QStringLiteral("1001\u20131100, 2001\u20132050"));
    QCOMPARE(numbered.invoiceNumbersLeft, qint64{138});
}

void TestAccountServices::schedulerRunsRoundsOnTheStoreThread()
{
    QTemporaryDir dir;
    auto session = t::unlockedStore(dir);
    QVERIFY(t::seedOrganization(*session, "North Studio"));
    StoreEvents events;
    SyncRunner runner(*session, events);
    {
        SyncScheduler scheduler(
            [&session] { return std::make_unique<StoreSessionSyncJob>(*session); });
        runner.useScheduler(&scheduler);
        QSignalSpy changed(&events, &StoreEvents::changed);
        scheduler.start(); // the first round is due at once
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.status().rounds, 1, 20000);
        // Not signed in: the round stops there and says so; nothing was pushed.
        QCOMPARE(scheduler.status().lastErrorCode, QStringLiteral("login_required"));
        QCOMPARE(scheduler.status().pending, qint64{0});
        QTRY_COMPARE(runner.status().lastErrorCode, QStringLiteral("login_required"));
        QVERIFY(!runner.status().running);
        QTRY_VERIFY(changed.count() >= 1);
        QCOMPARE(changed.last().at(0).toString(), QStringLiteral("*"));

        // A page's write counts as local work: the outbox grows, and "sync now" runs again.
        const auto added = t::onStore<bool>(*session, [](LocalStore* store) {
            LocalChanges changes(store->database());
            return static_cast<bool>(
                changes.add("client", t::kOrgId, {{"first_name", "Ana"}, {"last_name", "Lima"}}));
        });
        QVERIFY(added.value_or(false));
        events.notifyChanged(QStringLiteral("client"));
        runner.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.status().rounds >= 2, 20000);
        QTRY_COMPARE(runner.status().pending, qint64{1});

        // A closed store has nothing to sync.
        session->lock();
        runner.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.status().rounds >= 3, 20000);
        QCOMPARE(scheduler.status().lastErrorCode, QStringLiteral("store_closed"));
        scheduler.stop();
    }
}

QTEST_MAIN(TestAccountServices)
#include "TestAccountServices.moc"
