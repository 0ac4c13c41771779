#include "desktop/cli/OpenStore.h"

#include "desktop/cli/CliOutput.h"
#include "desktop/cli/ExitCode.h"
#include "desktop/cli/Passphrase.h"

namespace fitflow::cli {

OpenedStore openStore(const CommandInvocation& invocation)
{
    auto passphrase = Passphrase::fromInvocation(invocation);
    if (!passphrase) {
        printError(QString::fromStdString(passphrase.error().message));
        return {nullptr, kExitUsage};
    }
    const QString path = invocation.option(QStringLiteral("store"));
    auto store = desktop::LocalStore::open(path, passphrase->bytes());
    if (!store) {
        printError(QStringLiteral("cannot open store %1").arg(path), store.error());
        return {nullptr, kExitFailure};
    }
    return {std::move(*store), kExitOk};
}

} // namespace fitflow::cli
