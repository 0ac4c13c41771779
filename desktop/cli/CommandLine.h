#pragma once
// Parses fitflow-cli's arguments against the command table. Strict on purpose: an unknown
// command or option is a usage error, so a mistyped "--passphrase SECRET" is refused instead of
// being silently ignored (secrets never come from argv).

#include "desktop/cli/CliCommand.h"

#include <QString>
#include <QStringList>

namespace fitflow::cli {

struct ParsedCommandLine {
    enum class Action { Run, ShowHelp, ShowVersion, UsageError };

    Action action = Action::UsageError;
    const CliCommand* command = nullptr; // set when action == Run
    CommandInvocation invocation;
    QString error; // set when action == UsageError
};

// `arguments` excludes the program name.
ParsedCommandLine parseCommandLine(const QStringList& arguments);

// The full usage text, generated from the command table.
QString usageText();

} // namespace fitflow::cli
