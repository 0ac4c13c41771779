#pragma once
// `fitflow-server create-org --name NAME --province XX [--kind studio|practice]` prints the new
// organization's id; `fitflow-server create-user --email EMAIL --org ID --role ROLE
// [--display-name NAME]` prints the user's id. Both use FITFLOW_MIGRATION_DATABASE_URL (the
// owner role, like seed-demo) and are audited. A new user's password comes from
// FITFLOW_PASSWORD or, failing that, the first line of stdin, never from argv.

#include "server/app/CommandLine.h"
#include "server/app/ServerConfig.h"
#include "server/service/orgadmin/AdminProvisioning.h"

#include <istream>
#include <ostream>
#include <string_view>
#include <vector>

namespace fitflow::app {

// `arguments` starts with the command word. Error `usage` for a missing, repeated or unknown
// option.
Result<service::OrganizationDraft> parseCreateOrg(const std::vector<std::string_view>& arguments);
Result<service::UserGrant> parseCreateUser(const std::vector<std::string_view>& arguments);

// Runs create-org or create-user from the full argument list (exit codes as in Commands.h).
int runAdminCommand(Command command, const std::vector<std::string_view>& arguments,
                    const EnvLookup& env, std::istream& in, std::ostream& out, std::ostream& err);

} // namespace fitflow::app
