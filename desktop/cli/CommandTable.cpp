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
        {{QStringLiteral("invoice-totals")},
         QString(),
         QStringLiteral(
             "Read an invoice draft as JSON on stdin; print its totals and taxes as JSON."),
         {},
         {},
         false,
         &runInvoiceTotals},
    };
    return kCommands;
}

} // namespace fitflow::cli
