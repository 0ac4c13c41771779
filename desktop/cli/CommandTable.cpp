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
        {{QStringLiteral("add")},
         QStringLiteral("client|session|note --store PATH --org ORG_ID --json '{...}'"),
         QStringLiteral("Create a record offline (queued for sync); prints its new id."),
         {QStringLiteral("store"), QStringLiteral("org"), QStringLiteral("json")},
         {QStringLiteral("store"), QStringLiteral("org"), QStringLiteral("json")},
         true,
         &runAdd,
         {QStringLiteral("ENTITY")}},
        {{QStringLiteral("update")},
         QStringLiteral("client|session|note ID --store PATH --json '{...}'"),
         QStringLiteral("Change only the given fields of a record (queued for sync)."),
         {QStringLiteral("store"), QStringLiteral("json")},
         {QStringLiteral("store"), QStringLiteral("json")},
         true,
         &runUpdate,
         {QStringLiteral("ENTITY"), QStringLiteral("ID")}},
        {{QStringLiteral("delete")},
         QStringLiteral("client|session|note ID --store PATH"),
         QStringLiteral("Delete a record (a tombstone, queued for sync)."),
         {QStringLiteral("store")},
         {QStringLiteral("store")},
         true,
         &runDelete,
         {QStringLiteral("ENTITY"), QStringLiteral("ID")}},
        {{QStringLiteral("dump")},
         QStringLiteral("--store PATH"),
         QStringLiteral("Print every synced record as canonical JSON (no device-local state)."),
         {QStringLiteral("store")},
         {QStringLiteral("store")},
         true,
         &runDump},
        {{QStringLiteral("status")},
         QStringLiteral("--store PATH"),
         QStringLiteral("Print pending outbox count, rejected changes and note conflicts."),
         {QStringLiteral("store")},
         {QStringLiteral("store")},
         true,
         &runStatus},
    };
    return kCommands;
}

} // namespace fitflow::cli
