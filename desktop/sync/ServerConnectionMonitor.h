#pragma once
// Tells the app whether the sync server can be reached, by polling GET <server>/healthz over
// HTTPS. Certificate verification is always on; an optional CA file is trusted in addition to
// the system CAs (self-hosted servers). Lives on the GUI thread; reports through stateChanged().

#include "desktop/sync/ServerEndpoint.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace fitflow::desktop {

class ServerConnectionMonitor : public QObject {
    Q_OBJECT

public:
    enum class State {
        NotConfigured,    // no server address, or not an https:// address
        Offline,          // no answer, or an answer that is not a healthy server
        Online,           // /healthz answered 200 {"status":"ok"} over verified TLS
        CertificateError, // TLS verification failed, or the CA file cannot be used
    };
    Q_ENUM(State)

    static constexpr std::chrono::seconds kDefaultPollInterval{30};
    static constexpr std::chrono::seconds kRequestTimeout{10};

    explicit ServerConnectionMonitor(ServerEndpoint endpoint, QObject* parent = nullptr);
    ~ServerConnectionMonitor() override;

    State state() const { return m_state; }
    const ServerEndpoint& endpoint() const { return m_endpoint; }
    // Why the last check did not reach Online, for logs and tooltips (not translated).
    QString lastProblem() const { return m_lastProblem; }

    void setPollInterval(std::chrono::milliseconds interval);
    // Checks at once, then every poll interval. Does nothing useful when not configured.
    void start();
    void stop();
    // Watches another server from now on (Settings changed the address or the CA file): a check
    // in flight for the old one is dropped, the state restarts from Offline (NotConfigured for
    // an empty address) and, once started, the new server is checked at once. Same endpoint:
    // nothing happens.
    void setEndpoint(ServerEndpoint endpoint);
    // One check now, unless one is already in flight.
    void checkNow();

signals:
    void stateChanged(fitflow::desktop::ServerConnectionMonitor::State state);
    // After setEndpoint() changed the address or the CA file.
    void endpointChanged();

private:
    QUrl healthUrl() const;
    bool prepareTls();
    void onReplyFinished(QNetworkReply* reply);
    void setState(State state, const QString& problem);

    ServerEndpoint m_endpoint;
    State m_state = State::NotConfigured;
    QString m_lastProblem;
    QSslConfiguration m_tls;
    bool m_tlsReady = false;
    QTimer m_pollTimer;
    bool m_started = false;
    QNetworkAccessManager* m_network = nullptr; // child of this
    QPointer<QNetworkReply> m_inFlight;
};

} // namespace fitflow::desktop
