// fitflow-cli: the headless front end on the desktop libraries. Parses the command line against
// the command table and runs one command; see CommandTable.cpp for the list.

#include "desktop/cli/CliOutput.h"
#include "desktop/cli/CommandLine.h"
#include "desktop/cli/ExitCode.h"
#include "desktop/cli/ProcessHardening.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    using namespace fitflow::cli;
    hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fitflow-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FITFLOW_VERSION));

    const ParsedCommandLine parsed = parseCommandLine(QCoreApplication::arguments().mid(1));
    switch (parsed.action) {
    case ParsedCommandLine::Action::ShowHelp:
        printOut(usageText());
        return kExitOk;
    case ParsedCommandLine::Action::ShowVersion:
        printOut(QStringLiteral("fitflow-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return kExitOk;
    case ParsedCommandLine::Action::UsageError:
        printError(parsed.error);
        std::fputs(usageText().toLocal8Bit().constData(), stderr);
        return kExitUsage;
    case ParsedCommandLine::Action::Run:
        break;
    }
    return parsed.command->run(parsed.invocation);
}
