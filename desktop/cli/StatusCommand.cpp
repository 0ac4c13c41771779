// fitflow-cli status --store PATH: what is waiting and what needs the user, as JSON:
// {"pending": N, "rejections": [...], "conflicts": [...], "server": URL|null}.

#include "desktop/cli/CliOutput.h"
#include "desktop/cli/Commands.h"
#include "desktop/cli/ExitCode.h"
#include "desktop/cli/OpenStore.h"
#include "desktop/sync/SyncStatus.h"

namespace fitflow::cli {

int runStatus(const CommandInvocation& invocation)
{
    OpenedStore opened = openStore(invocation);
    if (!opened.store) {
        return opened.exitCode;
    }
    auto status = desktop::readSyncStatus(opened.store->database());
    if (!status) {
        printError(QStringLiteral("cannot read the sync status"), status.error());
        return kExitFailure;
    }
    printOut(QString::fromStdString(status->dump(2)) + QLatin1Char('\n'));
    return kExitOk;
}

} // namespace fitflow::cli
