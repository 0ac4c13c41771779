#include "desktop/cli/CommandTable.h"

#include "desktop/cli/Commands.h"

namespace fitflow::cli {

const QList<CliCommand>& commandTable()
{
    static const QList<CliCommand> kCommands{
        {{QStringLiteral("store"), QStringLiteral("init")},
         QStringLiteral("--store PATH [--passphrase-file FILE]"),
         QStringLiteral("Create a new encrypted store at PATH (and PATH.key)."),
         {QStringLiteral("store")},
         {QStringLiteral("store")},
         true,
         &runStoreInit},
        {{QStringLiteral("store"), QStringLiteral("check")},
         QStringLiteral("--store PATH [--passphrase-file FILE]"),
         QStringLiteral("Open the store and run SQLite's integrity and foreign-key checks."),
         {QStringLiteral("store")},
         {QStringLiteral("store")},
         true,
         &runStoreCheck},
    };
    return kCommands;
}

} // namespace fitflow::cli
