#include "server/app/CommandLine.h"

namespace fitflow::app {

Result<Command> parseCommandLine(const std::vector<std::string_view>& arguments)
{
    if (arguments.empty()) {
        return makeError("usage", "a command is required");
    }
    if (arguments.size() > 1) {
        return makeError("usage", "unexpected argument '" + std::string(arguments[1]) + "'");
    }
    const std::string_view word = arguments.front();
    if (word == "serve") {
        return Command::Serve;
    }
    if (word == "migrate") {
        return Command::Migrate;
    }
    if (word == "seed-demo") {
        return Command::SeedDemo;
    }
    if (word == "--help" || word == "-h" || word == "help") {
        return Command::Help;
    }
    if (word == "--version") {
        return Command::Version;
    }
    return makeError("usage", "unknown command '" + std::string(word) + "'");
}

std::string usageText()
{
    return R"(Usage: fitflow-server COMMAND

Commands:
  serve       serve the HTTPS API (stops cleanly on SIGTERM or SIGINT)
  migrate     apply pending database migrations (safe to run again)
  seed-demo   load the demo organizations, users and data once
  --help      show this text
  --version   show the version

Environment:
  FITFLOW_DATABASE_URL            PostgreSQL URI of the application role (serve)
  FITFLOW_MIGRATION_DATABASE_URL  PostgreSQL URI of the migration owner (migrate, seed-demo)
  FITFLOW_TLS_CERT, FITFLOW_TLS_KEY  PEM certificate chain and private key (serve)
  FITFLOW_BIND (127.0.0.1)  FITFLOW_PORT (8443; 0 = any free port)
  FITFLOW_HTTP_THREADS (8)  FITFLOW_MAX_BODY_BYTES (1048576)
  FITFLOW_DEMO_PASSWORD (fitflow-demo-2026)  password of every demo login (seed-demo)
)";
}

} // namespace fitflow::app
