#include "desktop/sync/ServerConnectionMonitor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>

namespace fitflow::desktop {

namespace {
constexpr qint64 kMaxHealthBodyBytes = 4096;

bool isTlsFailure(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}
} // namespace

ServerConnectionMonitor::ServerConnectionMonitor(ServerEndpoint endpoint, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_network(new QNetworkAccessManager(this))
{
    m_pollTimer.setInterval(kDefaultPollInterval);
    connect(&m_pollTimer, &QTimer::timeout, this, &ServerConnectionMonitor::checkNow);
    connect(m_network, &QNetworkAccessManager::finished, this,
            &ServerConnectionMonitor::onReplyFinished);
    m_state = m_endpoint.isConfigured() ? State::Offline : State::NotConfigured;
}

ServerConnectionMonitor::~ServerConnectionMonitor()
{
    // abort() emits finished() at once; nobody should hear about a state change from here on.
    disconnect(m_network, nullptr, this, nullptr);
    if (m_inFlight) {
        m_inFlight->abort();
    }
}

void ServerConnectionMonitor::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollTimer.setInterval(interval);
}

void ServerConnectionMonitor::start()
{
    m_started = true;
    checkNow();
    if (m_endpoint.isConfigured()) {
        m_pollTimer.start();
    }
}

void ServerConnectionMonitor::stop()
{
    m_started = false;
    m_pollTimer.stop();
}

void ServerConnectionMonitor::setEndpoint(ServerEndpoint endpoint)
{
    if (endpoint.baseUrl == m_endpoint.baseUrl &&
        endpoint.caCertificatePath == m_endpoint.caCertificatePath) {
        return;
    }
    // Forget the old server's answer first, so it cannot land as the new server's state.
    if (QNetworkReply* stale = m_inFlight) {
        m_inFlight = nullptr;
        stale->abort();
    }
    m_endpoint = std::move(endpoint);
    m_tlsReady = false;
    // A kept-alive connection was verified against the old CA list and would be reused as is.
    m_network->clearConnectionCache();
    m_pollTimer.stop();
    setState(m_endpoint.isConfigured() ? State::Offline : State::NotConfigured,
             QStringLiteral("the server address changed"));
    emit endpointChanged();
    if (m_started) {
        start();
    }
}

QUrl ServerConnectionMonitor::healthUrl() const
{
    QUrl url = m_endpoint.baseUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/'))) {
        path += QLatin1Char('/');
    }
    url.setPath(path + QStringLiteral("healthz"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

// Builds the TLS configuration once: system CAs plus the configured CA file, TLS 1.2 or later.
bool ServerConnectionMonitor::prepareTls()
{
    if (m_tlsReady) {
        return true;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_endpoint.caCertificatePath.isEmpty()) {
        const QList<QSslCertificate> extraCas =
            QSslCertificate::fromPath(m_endpoint.caCertificatePath, QSsl::Pem);
        if (extraCas.isEmpty()) {
            setState(State::CertificateError,
                     QStringLiteral("no PEM certificate could be read from ") +
                         m_endpoint.caCertificatePath);
            return false;
        }
        tls.addCaCertificates(extraCas);
    }
    m_tls = tls;
    m_tlsReady = true;
    return true;
}

void ServerConnectionMonitor::checkNow()
{
    if (!m_endpoint.isConfigured()) {
        setState(State::NotConfigured, QStringLiteral("no server address"));
        return;
    }
    if (m_endpoint.baseUrl.scheme() != QLatin1String("https")) {
        setState(State::NotConfigured, QStringLiteral("the server address must use https"));
        return;
    }
    if (m_inFlight || !prepareTls()) {
        return;
    }
    QNetworkRequest request(healthUrl());
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(static_cast<int>(
        std::chrono::duration_cast<std::chrono::milliseconds>(kRequestTimeout).count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    m_inFlight = m_network->get(request);
}

void ServerConnectionMonitor::onReplyFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply != m_inFlight) {
        return;
    }
    m_inFlight = nullptr;

    if (reply->error() != QNetworkReply::NoError) {
        const State failure =
            isTlsFailure(reply->error()) ? State::CertificateError : State::Offline;
        setState(failure, reply->errorString());
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->read(kMaxHealthBodyBytes)).object();
    if (status != 200 || body.value(QLatin1String("status")).toString() != QLatin1String("ok")) {
        setState(State::Offline,
                 QStringLiteral("unexpected health answer, HTTP ") + QString::number(status));
        return;
    }
    setState(State::Online, QString());
}

void ServerConnectionMonitor::setState(State state, const QString& problem)
{
    m_lastProblem = problem;
    if (m_state == state) {
        return;
    }
    m_state = state;
    emit stateChanged(state);
}

} // namespace fitflow::desktop
