// What one sign-in costs the server: the app composed as main.cpp composes it (controller,
// background sync following the connection monitor) signs in on the first-run wizard against
// the real fitflow-server, and the server's access log is counted once the app is quiet. The
// walkthrough saw /auth/refresh, /me and /members four times each (every profile reader and
// every account reload fetched the profile again, each fetch rotating the refresh token).

#include "desktop/core/AppSettings.h"
#include "desktop/core/DesktopContext.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreLocation.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/StoreSessionSyncJob.h"
#include "desktop/core/SyncRunner.h"
#include "desktop/core/account/AccountProfile.h"
#include "desktop/core/account/AccountService.h"
#include "desktop/core/invoices/InvoiceNumberTopUp.h"
#include "desktop/storage/LocalStore.h"
#include "desktop/storage/manager/ProfileCache.h"
#include "desktop/sync/ServerConnectionMonitor.h"
#include "desktop/sync/SyncScheduler.h"
#include "desktop/sync/money/InvoiceOperations.h"
#include "desktop/ui/firstrun/FirstRunWizard.h"
#include "desktop/ui/shell/AppController.h"
#include "desktop/ui/shell/MainWindow.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/server/PgTestDatabase.h"
#include "tests/support/server/SeededServer.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <future>
#include <map>
#include <memory>
#include <sstream>

namespace fitflow::desktop {

namespace {

constexpr const char* kDemoPassword = "sign-in-requests-demo";
const QString kPassphrase = QStringLiteral("a long enough store passphrase 42");

// Requests per path in the server's access log (one JSON line each); /orgs/{id}/members is
// counted as "members".
std::map<std::string, int> requestsByPath(const std::string& accessLog)
{
    std::map<std::string, int> counts;
    std::istringstream lines(accessLog);
    for (std::string line; std::getline(lines, line);) {
        const auto entry = nlohmann::json::parse(line, nullptr, false);
        if (!entry.is_object() || !entry.contains("path")) {
            continue;
        }
        std::string path = entry.value("path", std::string());
        if (path.size() > 8 && path.ends_with("/members")) {
            path = "members";
        }
        ++counts[path];
    }
    return counts;
}

} // namespace

class TestSignInRequests : public QObject {
    Q_OBJECT

private slots:
    void signingInFetchesTheProfileOnce();
};

void TestSignInRequests::signingInFetchesTheProfileOnce()
{
    const auto environment = test::PgTestEnvironment::fromProcess();
    if (!environment) {
        if (test::PgTestEnvironment::required()) {
            QFAIL("FITFLOW_TEST_PG_* is not set");
        }
        QSKIP("no PostgreSQL (FITFLOW_TEST_PG_*)");
    }
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    test::PgTestDatabase database(*environment);
    test::SeededServer server = test::startSeededServer(FITFLOW_SERVER_BINARY, database,
                                                        work.path().toStdString(), kDemoPassword);
    QVERIFY2(server.port != 0, "fitflow-server did not start");
    const QString serverUrl = QStringLiteral("https://127.0.0.1:%1").arg(server.port);

    // The composition of desktop/app/main.cpp, on a store that does not exist yet.
    qputenv(StoreLocation::kEnvironmentVariable,
            work.filePath(QStringLiteral("app.fitflow")).toUtf8());
    AppSettings settings(testing::privateSettingsFile(QDir(work.path())));
    StoreSession session(StoreLocation::databasePath(), KdfSettings::fastForTests());
    ServerConnectionMonitor monitor(ServerEndpoint{});
    StoreEvents events;
    AccountService account(session);
    SyncRunner sync(session, events);
    SyncScheduler scheduler([&session] { return std::make_unique<StoreSessionSyncJob>(session); });
    bool followingMonitor = false;
    connect(&monitor, &ServerConnectionMonitor::endpointChanged, &scheduler, [&] {
        if (!followingMonitor && monitor.endpoint().isConfigured()) {
            scheduler.followMonitor(&monitor);
            followingMonitor = true;
        }
    });
    sync.useScheduler(&scheduler);
    AppController controller({.session = session,
                              .events = events,
                              .settings = settings,
                              .monitor = monitor,
                              .account = &account,
                              .sync = &sync});
    controller.start();
    monitor.start();
    scheduler.start();

    FirstRunWizard* wizard = controller.firstRunWizard();
    QVERIFY(wizard);
    QTest::keyClicks(testing::child<QLineEdit>(wizard, QStringLiteral("passphraseEdit")),
                     kPassphrase);
    QTest::keyClicks(testing::child<QLineEdit>(wizard, QStringLiteral("confirmEdit")), kPassphrase);
    QTest::mouseClick(testing::child<QAbstractButton>(wizard, QStringLiteral("nextButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(FirstRunWizard::SignInPageId), 30000);
    const auto type = [wizard](const char* name, const QString& text) {
        auto* edit = testing::child<QLineEdit>(wizard, QString::fromLatin1(name));
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    type("serverUrlEdit", serverUrl);
    type("caFileEdit", QString::fromStdString(server.tls.caCertificatePath));
    type("emailEdit", QStringLiteral("alex@demo.fitflow.test"));
    type("passwordEdit", QString::fromLatin1(kDemoPassword));
    QTest::mouseClick(testing::child<QAbstractButton>(wizard, QStringLiteral("finishButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() && controller.mainWindow()->isVisible(),
                             60000);
    // The first sync round ends, then the app stays quiet for a while.
    QTRY_VERIFY_WITH_TIMEOUT(sync.status().lastSuccess.isValid() && !sync.status().running, 120000);
    QTest::qWait(4000);

    // Online once is enough to issue invoices offline later: the round reserved a block of
    // invoice numbers in every organization where Alex is staff (he owns one, trains at others).
    const auto numbersLeft = [&session] {
        auto promise = std::make_shared<std::promise<std::map<std::string, std::int64_t>>>();
        auto answer = promise->get_future();
        session.postToStore([promise](LocalStore* store) {
            std::map<std::string, std::int64_t> left;
            if (store) {
                const auto cached = ProfileCache(store->database()).load();
                if (cached && *cached) {
                    for (const auto& membership : AccountProfile::fromJson(**cached).memberships) {
                        const auto remaining =
                            money::InvoiceOperations(store->database())
                                .remainingNumbers(membership.orgId.toStdString());
                        left[membership.orgId.toStdString()] = remaining ? *remaining : -1;
                    }
                }
            }
            promise->set_value(left);
        });
        return answer.get();
    };
    const auto left = numbersLeft();
    QVERIFY(left.size() >= 2);
    for (const auto& [org, remaining] : left) {
        QVERIFY2(remaining >= InvoiceNumberTopUp::kLowWater,
                 qPrintable(QStringLiteral("%1: %2 numbers left")
                                .arg(QString::fromStdString(org))
                                .arg(remaining)));
    }

    const auto counts = requestsByPath(server.process->stdoutText());
    const auto count = [&counts](const std::string& path) {
        const auto found = counts.find(path);
        return found == counts.end() ? 0 : found->second;
    };
    for (const auto& [path, n] : counts) {
        qInfo("%s: %d", path.c_str(), n);
    }
    QCOMPARE(count("/api/v1/auth/login"), 1);
    // The profile (name, roles, the members of the practice Alex owns) is fetched once.
    QCOMPARE(count("members"), 1);
    // /me once at the sign-in (with the login's own token), once for the profile and once per
    // sync round; the profile fetch and each round are one session that refreshes the token
    // once, never more (the walkthrough saw 4 refreshes for one sync round).
    // The round that reserved the invoice numbers synced twice in one session (the second pass
    // fetches the blocks): one /me more, no refresh more.
    QVERIFY(count("/api/v1/sync/pull") > 0);
    QCOMPARE(count("/api/v1/auth/refresh"), count("/api/v1/me") - 2);
    controller.mainWindow()->close();
}

} // namespace fitflow::desktop

QTEST_MAIN(fitflow::desktop::TestSignInRequests)
#include "TestSignInRequests.moc"
