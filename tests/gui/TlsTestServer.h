#pragma once
// A real HTTPS server on loopback for desktop tests (tls_health_server.py, Python's ssl module on
// OpenSSL), with a throwaway CA and a server certificate for 127.0.0.1 made by the openssl tool.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace fitflow::desktop::testing {

class TlsTestServer {
public:
    TlsTestServer();
    ~TlsTestServer();
    TlsTestServer(const TlsTestServer&) = delete;
    TlsTestServer& operator=(const TlsTestServer&) = delete;

    // Creates the CA and the server certificate; GET /healthz will answer `healthBody`.
    // Returns an empty string on success, else what went wrong.
    QString prepare(const QByteArray& healthBody);
    // Starts listening on a free loopback port (the same one on a restart); returns an empty string
    // on success.
    QString start();
    void stop();

    int port() const { return m_port; }
    QString caCertificatePath() const { return m_dir.filePath(QStringLiteral("ca.pem")); }

private:
    QString runOpenssl(const QStringList& arguments);

    QTemporaryDir m_dir;
    QProcess m_server;
    QByteArray m_healthBody;
    int m_port = 0; // 0 until the first start picks a free port
};

} // namespace fitflow::desktop::testing
