// ServerConnectionMonitor against a real HTTPS server on loopback (Python ssl with a
// throwaway CA): online only with verified TLS and a healthy answer, offline when it goes away.

#include "TlsTestServer.h"

#include "desktop/sync/ServerConnectionMonitor.h"

#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace fitflow::desktop;
using State = ServerConnectionMonitor::State;

namespace {
constexpr int kNetworkTimeoutMs = 15000;
} // namespace

class TestServerConnectionMonitor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void notConfiguredWithoutAddress();
    void plainHttpIsNotAccepted();
    void untrustedCertificateIsACertificateError();
    void unreadableCaFileIsACertificateError();
    void onlineWithTrustedCaThenOfflineWhenServerStops();
    void unhealthyAnswerIsOffline();
    void pollingNoticesAServerThatComesBack();
    void newEndpointTakesEffectWithoutRestart();
    void changingTheCaFileChecksAgain();
    void clearingTheAddressStopsChecking();

private:
    QUrl serverUrl(const QString& path = QString()) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.port()).arg(path));
    }

    testing::TlsTestServer m_server;
};

void TestServerConnectionMonitor::initTestCase()
{
    const QString prepared = m_server.prepare(QByteArrayLiteral("{\"status\":\"ok\"}"));
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const QString started = m_server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void TestServerConnectionMonitor::notConfiguredWithoutAddress()
{
    ServerConnectionMonitor monitor(ServerEndpoint{});
    QCOMPARE(monitor.state(), State::NotConfigured);
    monitor.start();
    QCOMPARE(monitor.state(), State::NotConfigured);
    QVERIFY(!monitor.lastProblem().isEmpty());
}

void TestServerConnectionMonitor::plainHttpIsNotAccepted()
{
    ServerConnectionMonitor monitor(
        ServerEndpoint{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())), {}});
    QSignalSpy changes(&monitor, &ServerConnectionMonitor::stateChanged);
    monitor.checkNow();
    QCOMPARE(monitor.state(), State::NotConfigured);
    QCOMPARE(changes.count(), 1);
    QVERIFY(monitor.lastProblem().contains(QStringLiteral("https")));
}

void TestServerConnectionMonitor::untrustedCertificateIsACertificateError()
{
    // No CA file: the throwaway CA is not among the system CAs, so verification must fail.
    ServerConnectionMonitor monitor(ServerEndpoint{serverUrl(), {}});
    monitor.checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::CertificateError, kNetworkTimeoutMs);
}

void TestServerConnectionMonitor::unreadableCaFileIsACertificateError()
{
    QTemporaryFile notPem;
    QVERIFY(notPem.open());
    notPem.write("this is not a certificate\n");
    notPem.flush();
    ServerConnectionMonitor monitor(ServerEndpoint{serverUrl(), notPem.fileName()});
    monitor.checkNow();
    QCOMPARE(monitor.state(), State::CertificateError);
    QVERIFY(monitor.lastProblem().contains(notPem.fileName()));
}

void TestServerConnectionMonitor::onlineWithTrustedCaThenOfflineWhenServerStops()
{
    ServerConnectionMonitor monitor(ServerEndpoint{serverUrl(), m_server.caCertificatePath()});
    QSignalSpy changes(&monitor, &ServerConnectionMonitor::stateChanged);
    monitor.checkNow();
    QTRY_VERIFY2_WITH_TIMEOUT(monitor.state() == State::Online, qPrintable(monitor.lastProblem()),
                              kNetworkTimeoutMs);

    m_server.stop();
    monitor.checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Offline, kNetworkTimeoutMs);
    QVERIFY(!monitor.lastProblem().isEmpty());
    QCOMPARE(changes.count(), 2);
    QCOMPARE(changes.at(0).first().value<State>(), State::Online);
    QCOMPARE(changes.at(1).first().value<State>(), State::Offline);

    const QString restarted = m_server.start();
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
}

void TestServerConnectionMonitor::unhealthyAnswerIsOffline()
{
    // The server answers over trusted TLS, but /elsewhere/healthz does not exist there.
    ServerConnectionMonitor monitor(
        ServerEndpoint{serverUrl(QStringLiteral("/elsewhere")), m_server.caCertificatePath()});
    monitor.checkNow();
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.lastProblem().isEmpty(), kNetworkTimeoutMs);
    QCOMPARE(monitor.state(), State::Offline);
}

void TestServerConnectionMonitor::pollingNoticesAServerThatComesBack()
{
    m_server.stop();
    ServerConnectionMonitor monitor(ServerEndpoint{serverUrl(), m_server.caCertificatePath()});
    monitor.setPollInterval(std::chrono::milliseconds(200));
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.lastProblem().isEmpty(), kNetworkTimeoutMs);
    QCOMPARE(monitor.state(), State::Offline);

    // Same port again, so the monitor's address stays valid.
    const QString restarted = m_server.start();
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Online, kNetworkTimeoutMs);
    monitor.stop();
}

void TestServerConnectionMonitor::newEndpointTakesEffectWithoutRestart()
{
    // Started with no server (a fresh install), then Settings gets the address: no restart.
    ServerConnectionMonitor monitor(ServerEndpoint{});
    QSignalSpy endpointChanges(&monitor, &ServerConnectionMonitor::endpointChanged);
    monitor.start();
    QCOMPARE(monitor.state(), State::NotConfigured);

    monitor.setEndpoint(ServerEndpoint{serverUrl(), m_server.caCertificatePath()});
    QCOMPARE(endpointChanges.count(), 1);
    QCOMPARE(monitor.endpoint().baseUrl, serverUrl());
    QTRY_VERIFY2_WITH_TIMEOUT(monitor.state() == State::Online, qPrintable(monitor.lastProblem()),
                              kNetworkTimeoutMs);

    // The same endpoint again changes nothing.
    QSignalSpy stateChanges(&monitor, &ServerConnectionMonitor::stateChanged);
    monitor.setEndpoint(ServerEndpoint{serverUrl(), m_server.caCertificatePath()});
    QCOMPARE(endpointChanges.count(), 1);
    QCOMPARE(stateChanges.count(), 0);
    QCOMPARE(monitor.state(), State::Online);
    monitor.stop();
}

void TestServerConnectionMonitor::changingTheCaFileChecksAgain()
{
    ServerConnectionMonitor monitor(ServerEndpoint{serverUrl(), m_server.caCertificatePath()});
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Online, kNetworkTimeoutMs);

    // Without the CA file the same server is no longer trusted: the TLS setup is rebuilt, and a
    // check in flight for the old endpoint must not leave the state at Online.
    monitor.setEndpoint(ServerEndpoint{serverUrl(), {}});
    QCOMPARE(monitor.state(), State::Offline);
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::CertificateError, kNetworkTimeoutMs);

    monitor.setEndpoint(ServerEndpoint{serverUrl(), m_server.caCertificatePath()});
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Online, kNetworkTimeoutMs);
    monitor.stop();
}

void TestServerConnectionMonitor::clearingTheAddressStopsChecking()
{
    ServerConnectionMonitor monitor(ServerEndpoint{serverUrl(), m_server.caCertificatePath()});
    monitor.setPollInterval(std::chrono::milliseconds(100));
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Online, kNetworkTimeoutMs);

    monitor.setEndpoint(ServerEndpoint{});
    QCOMPARE(monitor.state(), State::NotConfigured);
    // A check of an empty address rewrites the problem ("no server address"); five poll
    // intervals later the problem must still be the one the change itself set.
    const QString problemAfterChange = monitor.lastProblem();
    QVERIFY(!problemAfterChange.isEmpty());
    QTest::qWait(500);
    QCOMPARE(monitor.lastProblem(), problemAfterChange);
    QCOMPARE(monitor.state(), State::NotConfigured);
}

QTEST_GUILESS_MAIN(TestServerConnectionMonitor)
#include "TestServerConnectionMonitor.moc"
