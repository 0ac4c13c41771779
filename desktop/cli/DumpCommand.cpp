// fitflow-cli dump --store PATH: the canonical JSON of every synced record on this device
// (SyncDump.h), so scripts and tests can compare devices byte for byte.

#include "desktop/cli/CliOutput.h"
#include "desktop/cli/Commands.h"
#include "desktop/cli/ExitCode.h"
#include "desktop/cli/OpenStore.h"
#include "desktop/sync/SyncDump.h"

namespace fitflow::cli {

int runDump(const CommandInvocation& invocation)
{
    OpenedStore opened = openStore(invocation);
    if (!opened.store) {
        return opened.exitCode;
    }
    auto dump = desktop::dumpSyncedEntities(opened.store->database());
    if (!dump) {
        printError(QStringLiteral("cannot read the synced records"), dump.error());
        return kExitFailure;
    }
    printOut(QString::fromStdString(dump->dump(2)) + QLatin1Char('\n'));
    return kExitOk;
}

} // namespace fitflow::cli
