// fitflow-cli login --store PATH --server URL --email EMAIL [--ca-cert FILE] [--totp CODE]:
// registers the store as a device of the user, through the same ServerSession::login and
// saveAccount steps as the desktop's sign-in (desktop/core/account/AccountJobs signInStore).
// The password comes from FITFLOW_PASSWORD or the first line of standard input, never argv; the
// six-digit code of an account with two-step sign-in from --totp or FITFLOW_TOTP (it is valid
// for 30 seconds only). The refresh token is kept inside the encrypted store.

#include "desktop/cli/CliOutput.h"
#include "desktop/cli/Commands.h"
#include "desktop/cli/ExitCode.h"
#include "desktop/cli/OpenStore.h"
#include "desktop/sync/CurlTransport.h"
#include "desktop/sync/ServerSession.h"

#include <sodium.h>

#include <QSysInfo>

#include <algorithm>
#include <iostream>
#include <string>

namespace fitflow::cli {

namespace {

constexpr const char* kPasswordVariable = "FITFLOW_PASSWORD";
constexpr const char* kTotpVariable = "FITFLOW_TOTP";
constexpr int kTotpDigits = 6;

// --totp wins over FITFLOW_TOTP; empty when neither is given.
QString totpCode(const CommandInvocation& invocation)
{
    const QString given = invocation.option(QStringLiteral("totp")).trimmed();
    return given.isEmpty() ? qEnvironmentVariable(kTotpVariable).trimmed() : given;
}

bool isTotpCode(const QString& code)
{
    return code.size() == kTotpDigits &&
           std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); });
}

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
                                  {}};
    const QString totp = totpCode(invocation);
    if (!totp.isEmpty() && !isTotpCode(totp)) {
        printError(QStringLiteral("the two-step code must be %1 digits (--totp or %2)")
                       .arg(kTotpDigits)
                       .arg(QLatin1String(kTotpVariable)));
        return kExitUsage;
    }
    request.totpCode = totp.toStdString();
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
        if (account.error().code == "mfa_required") {
            printError(QStringLiteral("this account uses two-step sign-in: give the code of "
                                      "your authenticator app with --totp CODE or %1")
                           .arg(QLatin1String(kTotpVariable)),
                       account.error());
            return kExitFailure;
        }
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
