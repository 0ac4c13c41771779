#include "desktop/cli/Passphrase.h"

#include <sodium.h>

#include <QFile>

#include <utility>

namespace fitflow::cli {

namespace {

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size())); // detaches first
    }
    bytes.clear();
}

} // namespace

Passphrase::Passphrase(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
}

Passphrase::Passphrase(Passphrase&& other) noexcept
    : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{
}

Passphrase::~Passphrase()
{
    wipe(m_bytes);
}

fitflow::Result<Passphrase> Passphrase::fromInvocation(const CommandInvocation& invocation)
{
    const QString filePath = invocation.option(QStringLiteral("passphrase-file"));
    if (!filePath.isEmpty()) {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError("passphrase_file_unreadable", "cannot read passphrase file " +
                                                               filePath.toStdString() + ": " +
                                                               file.errorString().toStdString());
        }
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.isEmpty()) {
            return makeError("passphrase_missing",
                             "the first line of " + filePath.toStdString() + " is empty");
        }
        return Passphrase(std::move(line));
    }
    QByteArray fromEnvironment = qgetenv(kEnvironmentVariable);
    // Read once; child processes (editors, pagers, later sync helpers) do not inherit it.
    qunsetenv(kEnvironmentVariable);
    if (fromEnvironment.isEmpty()) {
        return makeError("passphrase_missing", std::string("no passphrase: set ") +
                                                   kEnvironmentVariable +
                                                   " or use --passphrase-file FILE");
    }
    return Passphrase(std::move(fromEnvironment));
}

} // namespace fitflow::cli
