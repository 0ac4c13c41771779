#include "server/app/AdminCommands.h"

#include "server/app/Commands.h"
#include "server/storage/orgadmin/PgProvisioningStore.h"

#include <algorithm>
#include <map>
#include <string>

namespace fitflow::app {

namespace {

constexpr const char* kProgram = "fitflow-server: ";

// "--option value" pairs after the command word; only `known` options, each at most once.
Result<std::map<std::string, std::string, std::less<>>>
parseOptions(const std::vector<std::string_view>& arguments,
             std::initializer_list<std::string_view> known)
{
    std::map<std::string, std::string, std::less<>> options;
    for (std::size_t i = 1; i < arguments.size(); i += 2) {
        const std::string_view option = arguments[i];
        if (std::find(known.begin(), known.end(), option) == known.end()) {
            return makeError("usage", "unknown option '" + std::string(option) + "'");
        }
        if (i + 1 >= arguments.size() || arguments[i + 1].empty()) {
            return makeError("usage", std::string(option) + " needs a value");
        }
        if (!options.emplace(std::string(option), std::string(arguments[i + 1])).second) {
            return makeError("usage", std::string(option) + " is given twice");
        }
    }
    return options;
}

Result<std::string> required(const std::map<std::string, std::string, std::less<>>& options,
                             std::string_view option)
{
    const auto found = options.find(option);
    if (found == options.end()) {
        return makeError("usage", std::string(option) + " is required");
    }
    return found->second;
}

// FITFLOW_PASSWORD, else the first line of `in` (without its line ending).
service::PasswordSource passwordFrom(const EnvLookup& env, std::istream& in)
{
    return [&env, &in]() -> Result<std::string> {
        if (auto fromEnv = env("FITFLOW_PASSWORD"); fromEnv && !fromEnv->empty()) {
            return *fromEnv;
        }
        std::string line;
        if (!std::getline(in, line) || line.empty()) {
            return makeError(
                "invalid_value",
                "a new user needs a password: set FITFLOW_PASSWORD or pipe it on stdin",
                "password");
        }
        if (line.back() == '\r') {
            line.pop_back();
        }
        return line;
    };
}

int reportFailure(std::ostream& err, const Error& error)
{
    err << kProgram << error.message;
    if (!error.path.empty()) {
        err << " (" << error.path << ')';
    }
    err << " [" << error.code << "]\n";
    return error.code == "invalid_value" ? kExitUsage : kExitFailure;
}

int runCreateOrg(const service::OrganizationDraft& draft, service::AdminProvisioning& provisioning,
                 std::ostream& out, std::ostream& err)
{
    const auto id = provisioning.createOrganization(draft);
    if (!id) {
        return reportFailure(err, id.error());
    }
    out << *id << '\n';
    return kExitOk;
}

int runCreateUser(const service::UserGrant& grant, service::AdminProvisioning& provisioning,
                  const service::PasswordSource& password, std::ostream& out, std::ostream& err)
{
    const auto user = provisioning.grant(grant, password);
    if (!user) {
        return reportFailure(err, user.error());
    }
    out << user->userId << '\n';
    err << (user->created ? "created the user and " : "the existing user gained ") << "membership "
        << user->membershipId << '\n';
    return kExitOk;
}

} // namespace

Result<service::OrganizationDraft> parseCreateOrg(const std::vector<std::string_view>& arguments)
{
    const auto options = parseOptions(arguments, {"--name", "--province", "--kind"});
    if (!options) {
        return options.error();
    }
    service::OrganizationDraft draft;
    for (auto [option, field] :
         {std::pair{"--name", &draft.name}, std::pair{"--province", &draft.province}}) {
        auto value = required(*options, option);
        if (!value) {
            return value.error();
        }
        *field = std::move(*value);
    }
    if (const auto kind = options->find("--kind"); kind != options->end()) {
        draft.kind = kind->second;
    }
    return draft;
}

Result<service::UserGrant> parseCreateUser(const std::vector<std::string_view>& arguments)
{
    const auto options = parseOptions(arguments, {"--email", "--org", "--role", "--display-name"});
    if (!options) {
        return options.error();
    }
    service::UserGrant grant;
    for (auto [option, field] :
         {std::pair{"--email", &grant.email}, std::pair{"--org", &grant.orgId},
          std::pair{"--role", &grant.role}}) {
        auto value = required(*options, option);
        if (!value) {
            return value.error();
        }
        *field = std::move(*value);
    }
    if (const auto name = options->find("--display-name"); name != options->end()) {
        grant.displayName = name->second;
    }
    return grant;
}

int runAdminCommand(Command command, const std::vector<std::string_view>& arguments,
                    const EnvLookup& env, std::istream& in, std::ostream& out, std::ostream& err)
{
    const auto draft = command == Command::CreateOrg
                           ? parseCreateOrg(arguments)
                           : Result<service::OrganizationDraft>(service::OrganizationDraft{});
    const auto grant = command == Command::CreateUser
                           ? parseCreateUser(arguments)
                           : Result<service::UserGrant>(service::UserGrant{});
    const auto config = loadMigrationConfig(env);
    for (const Error* problem : {draft ? nullptr : &draft.error(), grant ? nullptr : &grant.error(),
                                 config ? nullptr : &config.error()}) {
        if (problem != nullptr) {
            err << kProgram << problem->message << '\n';
            return kExitUsage;
        }
    }
    storage::PgProvisioningStore store(config->databaseUrl);
    const service::PasswordHasher hasher;
    const auth::PasswordPolicy policy;
    service::AdminProvisioning provisioning(store, hasher, policy);
    if (command == Command::CreateOrg) {
        return runCreateOrg(*draft, provisioning, out, err);
    }
    return runCreateUser(*grant, provisioning, passwordFrom(env, in), out, err);
}

} // namespace fitflow::app
