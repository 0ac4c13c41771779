// fitflow-cli store init --store PATH: creates a new encrypted store with the default
// (production) Argon2id settings.

#include "desktop/cli/CliOutput.h"
#include "desktop/cli/Commands.h"
#include "desktop/cli/ExitCode.h"
#include "desktop/cli/Passphrase.h"
#include "desktop/storage/LocalStore.h"

namespace fitflow::cli {

int runStoreInit(const CommandInvocation& invocation)
{
    auto passphrase = Passphrase::fromInvocation(invocation);
    if (!passphrase) {
        printError(QString::fromStdString(passphrase.error().message));
        return kExitUsage;
    }
    const QString path = invocation.option(QStringLiteral("store"));
    auto store = desktop::LocalStore::create(path, passphrase->bytes());
    if (!store) {
        printError(QStringLiteral("cannot create store %1").arg(path), store.error());
        return kExitFailure;
    }
    printOut(QStringLiteral("created store %1 (schema version %2)\n")
                 .arg(path)
                 .arg((*store)->schemaVersion()));
    return kExitOk;
}

} // namespace fitflow::cli
