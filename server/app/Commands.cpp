#include "server/app/Commands.h"

#include "server/app/AuditCommands.h"
#include "server/app/OrgAdminModule.h"
#include "server/app/ShutdownSignals.h"
#include "server/http/AuthRoutes.h"
#include "server/http/ClientRecordRoutes.h"
#include "server/http/DeviceRoutes.h"
#include "server/http/HealthRoutes.h"
#include "server/http/HttpServer.h"
#include "server/http/MeRoutes.h"
#include "server/http/SyncRoutes.h"
#include "server/http/MfaRoutes.h"
#include "server/http/TenantApi.h"
#include "server/service/DemoSeeder.h"
#include "server/service/PasswordHasher.h"
#include "server/service/ReadinessService.h"
#include "server/service/audit/AuditedDemoDataStore.h"
#include "server/service/auth/SigningKeyFile.h"
#include "server/service/auth/TotpSecretVault.h"
#include "server/service/tenancy/TenantAccess.h"
#include "server/storage/ConnectionPool.h"
#include "server/storage/EmbeddedMigrations.h"
#include "server/storage/MigrationRunner.h"
#include "server/storage/PgDatabaseProbe.h"
#include "server/storage/PgDemoDataStore.h"
#include "server/storage/PgDeviceStore.h"
#include "server/storage/PgIdentityStore.h"
#include "server/storage/account/PgUserTaxRegistrationStore.h"
#include "server/storage/audit/PgAuditTrail.h"
#include "server/storage/sync/PgSyncStore.h"
#include "server/storage/records/PgClientRecordStore.h"

#include <csignal>
#include <optional>

namespace fitflow::app {

namespace {

constexpr const char* kProgram = "fitflow-server: ";

int reportConfigError(std::ostream& err, const Error& error)
{
    err << kProgram << error.message << '\n';
    return kExitUsage;
}

int reportFailure(std::ostream& err, std::string_view what, const Error& error)
{
    err << kProgram << what << ": " << error.message << " [" << error.code << "]\n";
    return kExitFailure;
}

// TOTP secrets are sealed at rest with the FITFLOW_MFA_KEY_FILE key; without it they are plain.
Result<auth::TotpSecretVault> loadServeTotpSecrets(const EnvLookup& env, std::ostream& err)
{
    const auto path = env(auth::kMfaKeyFileEnvironmentVariable).value_or(std::string{});
    if (path.empty()) {
        err << kProgram << "FITFLOW_MFA_KEY_FILE is not set: TOTP secrets are stored unencrypted\n";
        return auth::TotpSecretVault{};
    }
    auto cipher = auth::loadTotpSecretCipher(path);
    if (!cipher) {
        return cipher.error();
    }
    return auth::TotpSecretVault(std::move(*cipher));
}

// The auth API needs signing keys; without FITFLOW_JWT_KEYS, serve runs without it.
Result<std::optional<auth::SigningKeyRing>> loadServeSigningKeys(const EnvLookup& env,
                                                                 std::ostream& err)
{
    if (env(auth::kJwtKeysEnvironmentVariable).value_or(std::string{}).empty()) {
        err << kProgram << "FITFLOW_JWT_KEYS is not set: the /api/v1/auth endpoints are off\n";
        return std::optional<auth::SigningKeyRing>{};
    }
    auto ring = auth::loadSigningKeyRingFromEnvironment();
    if (!ring) {
        return ring.error();
    }
    return std::optional<auth::SigningKeyRing>(std::move(*ring));
}

} // namespace

int runCommand(Command command, const EnvLookup& env, std::ostream& out, std::ostream& err)
{
    switch (command) {
    case Command::Serve:
        return runServe(env, out, err);
    case Command::Migrate:
        return runMigrate(env, out, err);
    case Command::SeedDemo:
        return runSeedDemo(env, out, err);
    case Command::AuditVerify:
        return runAuditVerify(env, out, err);
    case Command::AuditCheckpoint:
        return runAuditCheckpoint(env, out, err);
    case Command::KeysGenerate:
        err << kProgram << "keys generate needs --out FILE\n";
        return kExitUsage;
    case Command::CreateOrg:
    case Command::CreateUser:
        err << kProgram << "create-org and create-user need their options\n";
        return kExitUsage;
    case Command::Sync:
        err << kProgram << "sync needs its subcommand\n";
        return kExitUsage;
    case Command::Help:
        out << usageText();
        return kExitOk;
    case Command::Version:
        out << "fitflow-server " << FITFLOW_VERSION << '\n';
        return kExitOk;
    }
    return kExitUsage;
}

int runServe(const EnvLookup& env, std::ostream& out, std::ostream& err)
{
    ShutdownSignals signals;       // first: every thread started below inherits the blocked signals
    std::signal(SIGPIPE, SIG_IGN); // a client that hangs up must not kill the server

    const auto config = loadServeConfig(env);
    if (!config) {
        return reportConfigError(err, config.error());
    }
    const auto checkpointSchedule = loadAuditCheckpointSchedule(env);
    if (!checkpointSchedule) {
        return reportConfigError(err, checkpointSchedule.error());
    }
    storage::ConnectionPool pool(config->databaseUrl, storage::ConnectionPoolOptions{
                                                          .maxConnections = config->http.threads});
    storage::PgDatabaseProbe probe(pool);
    service::ReadinessService readiness(probe);
    http::AccessLog accessLog(out);

    auto server = http::HttpServer::create(config->http, accessLog);
    if (!server) {
        err << kProgram << server.error().message
            << " (check FITFLOW_TLS_CERT and FITFLOW_TLS_KEY)\n";
        return kExitUsage;
    }
    http::HttpServer& httpServer = **server;
    http::addHealthRoutes(httpServer.routes(), readiness);
    httpServer.metrics().setPoolGaugeSource([&pool] {
        return http::PoolGauge{pool.idleConnections(), pool.leasedConnections()};
    });

    const auto signingKeys = loadServeSigningKeys(env, err);
    if (!signingKeys) {
        return reportConfigError(err, signingKeys.error());
    }
    const auto totpSecrets = loadServeTotpSecrets(env, err);
    if (!totpSecrets) {
        return reportConfigError(err, totpSecrets.error());
    }
    storage::PgIdentityStore identityStore(pool);
    storage::PgAuditTrail auditTrail(pool);
    const service::PasswordHasher hasher;
    std::optional<service::AuthService> authService;
    service::MfaService mfaService(identityStore, auditTrail, hasher, *totpSecrets);
    storage::PgDeviceStore deviceStore(pool);
    service::DeviceService deviceService(deviceStore);
    storage::PgUserTaxRegistrationStore userTaxRegistrationStore(pool);
    service::UserTaxRegistrationService userTaxRegistrations(userTaxRegistrationStore);
    if (*signingKeys) {
        service::AuthSettings authSettings;
        authSettings.issuer = env("FITFLOW_JWT_ISSUER").value_or(std::string("fitflow"));
        authService.emplace(identityStore, auditTrail, **signingKeys, hasher, *totpSecrets,
                            authSettings);
        http::addAuthRoutes(httpServer.routes(), *authService, **signingKeys,
                            httpServer.perUserRateLimiter());
        http::addMfaRoutes(httpServer.routes(), *authService, mfaService,
                           httpServer.perUserRateLimiter());
        http::addMeRoutes(httpServer.routes(), *authService, httpServer.perUserRateLimiter(),
                          userTaxRegistrations);
    }
    service::TenantAccess tenantAccess(identityStore);
    storage::PgSyncStore syncStore(pool);
    sync::SyncPushService syncPush(syncStore, identityStore);
    sync::SyncPullService syncPull(syncStore, identityStore);
    const auto invitationTtl = loadInvitationTtl(env);
    if (!invitationTtl) {
        return reportConfigError(err, invitationTtl.error());
    }
    OrgAdminModule orgAdmin(pool, hasher, *invitationTtl);
    storage::PgClientRecordStore clientRecordStore(pool);
    service::ClientRecordService clientRecords(clientRecordStore);
    if (authService) {
        http::addSyncRoutes(httpServer.routes(), *authService,
                            httpServer.perUserRateLimiter(), syncPush, syncPull);
        // Every /api/v1/orgs/{org_id}/... route group is added here, after authentication.
        const http::TenantApi tenantApi{*authService, tenantAccess,
                                        httpServer.perUserRateLimiter()};
        http::addDeviceRoutes(httpServer.routes(), tenantApi, deviceService);
        http::addClientRecordRoutes(httpServer.routes(), tenantApi, clientRecords);
        orgAdmin.addRoutes(httpServer.routes(), tenantApi);
        static_cast<void>(tenantApi);
    }

    const auto port = httpServer.bind();
    if (!port) {
        return reportFailure(err, "cannot start", port.error());
    }
    signals.onSignal([&httpServer](int) { httpServer.stop(); });
    std::optional<ServeAuditCheckpoints> auditCheckpoints;
    if (*checkpointSchedule) {
        auditCheckpoints.emplace(**checkpointSchedule, pool, err);
    }
    err << "fitflow-server " << FITFLOW_VERSION << " listening on https://"
        << config->http.bindAddress << ':' << *port << std::endl;

    httpServer.serve();
    signals.stopWaiting();    // the callback must not outlive httpServer
    auditCheckpoints.reset(); // writes the last checkpoint while the pool is still open
    pool.close();
    if (!signals.received()) {
        err << kProgram << "the listener stopped unexpectedly\n";
        return kExitFailure;
    }
    err << "fitflow-server stopped" << std::endl;
    return kExitOk;
}

int runMigrate(const EnvLookup& env, std::ostream& out, std::ostream& err)
{
    const auto config = loadMigrationConfig(env);
    if (!config) {
        return reportConfigError(err, config.error());
    }
    auto migrations = storage::loadMigrations(storage::embeddedMigrationFiles());
    if (!migrations) {
        return reportFailure(err, "bad embedded migrations", migrations.error());
    }
    const int latest = migrations->empty() ? 0 : migrations->back().version;
    storage::MigrationRunner runner(config->databaseUrl, std::move(*migrations));
    const auto report = runner.run();
    if (!report) {
        return reportFailure(err, "migration failed", report.error());
    }
    for (const auto& migration : report->applied) {
        out << "applied " << migration.version << ' ' << migration.name << '\n';
    }
    out << "database schema is at version " << latest << " (" << report->applied.size()
        << " applied now, " << report->alreadyApplied << " already applied)\n";
    return kExitOk;
}

int runSeedDemo(const EnvLookup& env, std::ostream& out, std::ostream& err)
{
    const auto config = loadSeedConfig(env);
    if (!config) {
        return reportConfigError(err, config.error());
    }
    storage::PgDemoDataStore store(config->databaseUrl);
    storage::ConnectionPool auditPool(config->databaseUrl,
                                      storage::ConnectionPoolOptions{.maxConnections = 1});
    storage::PgAuditTrail auditTrail(auditPool);
    audit::AuditedDemoDataStore auditedStore(store, auditTrail);
    const service::PasswordHasher hasher;
    service::DemoSeeder seeder(auditedStore, hasher);
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const auto outcome = seeder.seed(config->demoPassword, today);
    if (!outcome) {
        return reportFailure(err, "seeding failed (has 'migrate' run?)", outcome.error());
    }
    if (outcome->alreadySeeded) {
        out << "Demo data already seeded; nothing changed.\n";
    } else {
        out << "Demo data loaded: " << outcome->clients << " clients, " << outcome->sessions
            << " sessions, " << outcome->invoices << " invoices.\n";
    }
    out << "Demo logins:\n";
    for (const auto& login : outcome->logins) {
        out << "  " << login.email << "  (" << login.description << ")\n";
    }
    if (outcome->alreadySeeded) {
        out << "Password: the one in effect when the demo data was first loaded\n";
    } else if (config->demoPasswordFromEnvironment) {
        out << "Password: the value of FITFLOW_DEMO_PASSWORD\n";
    } else {
        out << "Password: " << kDefaultDemoPassword
            << " (the default; set FITFLOW_DEMO_PASSWORD to choose another)\n";
    }
    return kExitOk;
}

int runKeysGenerate(const std::string& outputPath, std::ostream& out, std::ostream& err)
{
    const auto kid = auth::generateSigningKeyFile(outputPath);
    if (!kid) {
        return reportFailure(err, "cannot write the key file", kid.error());
    }
    out << "wrote " << outputPath << " (active kid " << *kid << ")\n";
    return kExitOk;
}

} // namespace fitflow::app
