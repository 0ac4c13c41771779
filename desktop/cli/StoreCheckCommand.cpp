// fitflow-cli store check --store PATH: unlocks the store and reports SQLite's integrity and
// foreign-key checks. Exit 0 when clean, 1 when the store cannot be opened or has problems.

#include "desktop/cli/CliOutput.h"
#include "desktop/cli/Commands.h"
#include "desktop/cli/ExitCode.h"
#include "desktop/cli/Passphrase.h"
#include "desktop/storage/LocalStore.h"

namespace fitflow::cli {

int runStoreCheck(const CommandInvocation& invocation)
{
    auto passphrase = Passphrase::fromInvocation(invocation);
    if (!passphrase) {
        printError(QString::fromStdString(passphrase.error().message));
        return kExitUsage;
    }
    const QString path = invocation.option(QStringLiteral("store"));
    auto store = desktop::LocalStore::open(path, passphrase->bytes());
    if (!store) {
        printError(QStringLiteral("cannot open store %1").arg(path), store.error());
        return kExitFailure;
    }
    auto report = (*store)->check();
    if (!report) {
        printError(QStringLiteral("cannot check store %1").arg(path), report.error());
        return kExitFailure;
    }
    QString text =
        QStringLiteral("store: %1\nschema version: %2\n").arg(path).arg(report->schemaVersion);
    if (report->ok) {
        text += QStringLiteral("integrity: ok\n");
    } else {
        text += QStringLiteral("integrity: %1 problem(s)\n").arg(report->problems.size());
        for (const QString& problem : std::as_const(report->problems)) {
            text += QStringLiteral("  ") + problem + QLatin1Char('\n');
        }
    }
    printOut(text);
    return report->ok ? kExitOk : kExitFailure;
}

} // namespace fitflow::cli
