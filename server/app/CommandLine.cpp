#include "server/app/CommandLine.h"

namespace fitflow::app {

namespace {

// `audit verify` or `audit checkpoint`, nothing more.
Result<Command> parseAuditCommand(const std::vector<std::string_view>& arguments)
{
    if (arguments.size() < 2) {
        return makeError("usage", "audit needs a subcommand: verify or checkpoint");
    }
    if (arguments.size() > 2) {
        return makeError("usage", "unexpected argument '" + std::string(arguments[2]) + "'");
    }
    if (arguments[1] == "verify") {
        return Command::AuditVerify;
    }
    if (arguments[1] == "checkpoint") {
        return Command::AuditCheckpoint;
    }
    return makeError("usage", "unknown audit subcommand '" + std::string(arguments[1]) + "'");
}

} // namespace

Result<Command> parseCommandLine(const std::vector<std::string_view>& arguments)
{
    if (arguments.empty()) {
        return makeError("usage", "a command is required");
    }
    if (arguments.front() == "audit") {
        return parseAuditCommand(arguments);
    }
    if (arguments.front() == "keys") {
        if (auto output = keysGenerateOutput(arguments); !output) {
            return output.error();
        }
        return Command::KeysGenerate;
    }
    if (arguments.front() == "create-org") {
        return Command::CreateOrg;
    }
    if (arguments.front() == "create-user") {
        return Command::CreateUser;
    }
    if (arguments.front() == "sync") {
        return Command::Sync;
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

Result<std::string> keysGenerateOutput(const std::vector<std::string_view>& arguments)
{
    if (arguments.size() != 4 || arguments[0] != "keys" || arguments[1] != "generate" ||
        arguments[2] != "--out" || arguments[3].empty()) {
        return makeError("usage", "usage: keys generate --out FILE");
    }
    return std::string(arguments[3]);
}

std::string usageText()
{
    return R"(Usage: fitflow-server COMMAND

Commands:
  serve       serve the HTTPS API (stops cleanly on SIGTERM or SIGINT)
  migrate     apply pending database migrations (safe to run again)
  seed-demo   load the demo organizations, users and data once
  audit verify      check the audit hash chain and the checkpoint file (exit 1 if broken)
  audit checkpoint  append the chain's newest sequence and hash to the checkpoint file
  keys generate --out FILE  write a new JWT signing key file (0600; never overwrites)

Administration (FITFLOW_MIGRATION_DATABASE_URL):
  create-org --name NAME --province XX [--kind studio|practice]   print the new organization id
  create-user --email EMAIL --org ID --role ROLE [--display-name NAME]
              print the user id; a new user's password comes from FITFLOW_PASSWORD or stdin
  sync new-epoch   after restoring a backup: new sync epoch for every organization (printed);
                   every device re-snapshots at its next sync, keeping its unsynced changes
  sync purge-tombstones [--older-than-days N] [--force]
                   delete sync tombstones older than N days (default and minimum 180 unless
                   --force); older device cursors re-snapshot; prints counts per organization
  --help      show this text
  --version   show the version

Environment:
  FITFLOW_DATABASE_URL            PostgreSQL URI of the application role (serve)
  FITFLOW_MIGRATION_DATABASE_URL  PostgreSQL URI of the migration owner (migrate, seed-demo)
  FITFLOW_TLS_CERT, FITFLOW_TLS_KEY  PEM certificate chain and private key (serve)
  FITFLOW_BIND (127.0.0.1)  FITFLOW_PORT (8443; 0 = any free port)
  FITFLOW_HTTP_THREADS (8)  FITFLOW_MAX_BODY_BYTES (1048576)
  FITFLOW_DEMO_PASSWORD (fitflow-demo-2026)  password of every demo login (seed-demo)
  FITFLOW_AUDIT_CHECKPOINT_FILE   audit checkpoints, kept outside the database (audit, serve)
  FITFLOW_AUDIT_CHECKPOINT_SECONDS (300)  how often serve writes a checkpoint
  FITFLOW_JWT_KEYS                JWT signing key file (serve; without it the auth API is off)
  FITFLOW_JWT_ISSUER (fitflow)    the iss of access tokens
)";
}

} // namespace fitflow::app
