// fitflow-cli login --store PATH --server URL --email EMAIL [--ca-cert FILE]: registers the
// store as a device of the user. The password comes from FITFLOW_PASSWORD or the first line of
// standard input, never argv. The refresh token is kept inside the encrypted store.

#include "desktop/cli/CliOutput.h"
#include "desktop/cli/Commands.h"
#include "desktop/cli/ExitCode.h"
#include "desktop/cli/OpenStore.h"
#include "desktop/sync/CurlTransport.h"
#include "desktop/sync/ServerSession.h"

#include <sodium.h>

#include <QSysInfo>

#include <iostream>
#include <string>

namespace fitflow::cli {

namespace {

constexpr const char* kPasswordVariable = "FITFLOW_PASSWORD";

std::string readPassword()
{
    QByteArray fromEnvironment = qgetenv(kPasswordVariable);
    qunsetenv(kPasswordVariable);
    if (!fromEnvironment.isEmpty()) {
        std::string password = fromEnvironment.toStdString();
        sodium_memzero(fromEnvironment.data(), static_cast<std::size_t>(fromEnvironment.size()));
        return password;
    }
    std::string line;
    std::getline(std::cin, line);
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) {
        line.pop_back();
    }
    return line;
}

} // namespace

int runLogin(const CommandInvocation& invocation)
{
    desktop::LoginRequest request{invocation.option(QStringLiteral("server")).toStdString(),
                                  invocation.option(QStringLiteral("ca-cert")).toStdString(),
                                  invocation.option(QStringLiteral("email")).toStdString(),
                                  {},
                                  "fitflow-cli on " + QSysInfo::machineHostName().toStdString(),
                                  {}}; // no TOTP code: fitflow-cli signs in without MFA
    OpenedStore opened = openStore(invocation);
    if (!opened.store) {
        return opened.exitCode;
    }
    request.password = readPassword();
    if (request.password.empty()) {
        printError(QStringLiteral("no password: set %1 or write it on standard input")
                       .arg(QLatin1String(kPasswordVariable)));
        return kExitUsage;
    }
    desktop::SyncStateRepository state(opened.store->database());
    auto deviceId = state.deviceId();
    if (!deviceId) {
        printError(QStringLiteral("cannot read the device id"), deviceId.error());
        return kExitFailure;
    }
    desktop::CurlTransport transport(request.caCertPath);
    auto account = desktop::ServerSession::login(transport, request, *deviceId);
    sodium_memzero(request.password.data(), request.password.size());
    if (!account) {
        printError(QStringLiteral("login failed"), account.error());
        return kExitFailure;
    }
    if (auto saved = state.saveAccount(*account); !saved) {
        printError(QStringLiteral("cannot save the account in the store"), saved.error());
        return kExitFailure;
    }
    printOut(QStringLiteral("logged in as %1 (user %2), device %3\n")
                 .arg(QString::fromStdString(account->email),
                      QString::fromStdString(account->userId), QString::fromStdString(*deviceId)));
    return kExitOk;
}

} // namespace fitflow::cli
