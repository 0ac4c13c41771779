// fitflow-server: parses the command word and hands over to the wired command.

#include "server/app/AdminCommands.h"
#include "server/app/CommandLine.h"
#include "server/app/Commands.h"
#include "server/app/ServerConfig.h"
#include "server/app/SyncCommands.h"

#include <iostream>
#include <string_view>
#include <vector>

int main(int argc, char** argv)
{
    using namespace fitflow::app;
    const std::vector<std::string_view> arguments(argv + 1, argv + argc);
    const auto command = parseCommandLine(arguments);
    if (!command) {
        std::cerr << "fitflow-server: " << command.error().message << "\n\n" << usageText();
        return kExitUsage;
    }
    if (*command == Command::KeysGenerate) {
        return runKeysGenerate(*keysGenerateOutput(arguments), std::cout, std::cerr);
    }
    if (*command == Command::CreateOrg || *command == Command::CreateUser) {
        return runAdminCommand(*command, arguments, processEnvironment(), std::cin, std::cout,
                               std::cerr);
    }
    if (*command == Command::Sync) {
        return runSyncCommand(arguments, processEnvironment(), std::cout, std::cerr);
    }
    return runCommand(*command, processEnvironment(), std::cout, std::cerr);
}
