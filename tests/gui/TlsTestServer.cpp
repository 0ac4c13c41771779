#include "TlsTestServer.h"

#include <QFile>

namespace fitflow::desktop::testing {

namespace {
constexpr int kProcessTimeoutMs = 30000;

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}
} // namespace

TlsTestServer::TlsTestServer() = default;

TlsTestServer::~TlsTestServer()
{
    stop();
}

QString TlsTestServer::runOpenssl(const QStringList& arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(kProcessTimeoutMs) || openssl.exitCode() != 0) {
        return QStringLiteral("openssl %1 failed: %2")
            .arg(arguments.join(u' '), QString::fromLocal8Bit(openssl.readAllStandardError()));
    }
    return {};
}

QString TlsTestServer::prepare(const QByteArray& healthBody)
{
    if (!m_dir.isValid()) {
        return QStringLiteral("no temporary folder");
    }
    const QStringList ecKey = {
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    QString problem = runOpenssl(
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey +
        QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                    QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=FitFlow Test CA"),
                    QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    if (!problem.isEmpty()) {
        return problem;
    }
    problem = runOpenssl(QStringList{QStringLiteral("req")} + ecKey +
                         QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                     QStringLiteral("-out"), QStringLiteral("server.csr"),
                                     QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    if (!problem.isEmpty()) {
        return problem;
    }
    if (!writeFile(m_dir.filePath(QStringLiteral("server.ext")),
                   "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                   "basicConstraints=CA:FALSE\n"
                   "extendedKeyUsage=serverAuth\n")) {
        return QStringLiteral("cannot write server.ext");
    }
    problem = runOpenssl(
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
         QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
         QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
         QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
         QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")});
    if (!problem.isEmpty()) {
        return problem;
    }
    m_healthBody = healthBody;
    return {};
}

QString TlsTestServer::start()
{
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(QStringLiteral("python3"),
                   {QStringLiteral(FITFLOW_TLS_HEALTH_SERVER),
                    m_dir.filePath(QStringLiteral("server.pem")),
                    m_dir.filePath(QStringLiteral("server.key")), QString::number(m_port),
                    QString::fromUtf8(m_healthBody)});
    if (!m_server.waitForStarted(kProcessTimeoutMs)) {
        return QStringLiteral("the test HTTPS server did not start");
    }
    QByteArray output;
    while (!output.contains('\n')) {
        if (!m_server.waitForReadyRead(kProcessTimeoutMs)) {
            return QStringLiteral("the test HTTPS server is not listening: ") +
                   QString::fromLocal8Bit(output);
        }
        output += m_server.readAll();
    }
    // "LISTENING <port>": a restart asks for the same port, so clients find the server again.
    const QList<QByteArray> words = output.trimmed().split(' ');
    if (words.size() != 2 || words.first() != "LISTENING") {
        return QStringLiteral("unexpected server output: ") + QString::fromLocal8Bit(output);
    }
    m_port = words.last().toInt();
    return {};
}

void TlsTestServer::stop()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill();
        m_server.waitForFinished(kProcessTimeoutMs);
    }
}

} // namespace fitflow::desktop::testing
