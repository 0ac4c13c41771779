#include "server/app/AuditCommands.h"

#include "server/app/Commands.h"
#include "server/service/audit/AuditVerification.h"

#include <mutex>

namespace fitflow::app {

namespace {

constexpr const char* kProgram = "fitflow-server: ";

int failure(std::ostream& err, std::string_view what, const Error& error)
{
    err << kProgram << what << ": " << error.message;
    if (!error.path.empty()) {
        err << " (" << error.path << ')';
    }
    err << " [" << error.code << "]\n";
    return kExitFailure;
}

void reportBreak(std::ostream& out, const audit::AuditBreak& broken)
{
    out << "audit chain broken: first broken event " << broken.sequence;
    if (!broken.eventId.empty()) {
        out << " (id " << broken.eventId << ')';
    }
    out << ": " << audit::auditBreakKindName(broken.kind) << ": " << broken.detail << '\n';
}

} // namespace

int runAuditVerify(const EnvLookup& env, std::ostream& out, std::ostream& err)
{
    const auto config = loadAuditConfig(env);
    if (!config) {
        err << kProgram << config.error().message << '\n';
        return kExitUsage;
    }
    std::vector<audit::AuditCheckpoint> checkpoints;
    if (config->checkpointFile) {
        auto read = storage::AuditCheckpointFile(*config->checkpointFile).readAll();
        if (!read) {
            return failure(err, "cannot read the checkpoints", read.error());
        }
        checkpoints = std::move(*read);
    } else {
        err << kProgram
            << "FITFLOW_AUDIT_CHECKPOINT_FILE is not set: a truncated tail or a "
               "re-hashed chain cannot be detected\n";
    }
    storage::ConnectionPool pool(config->databaseUrl,
                                 storage::ConnectionPoolOptions{.maxConnections = 1});
    storage::PgAuditChainSource source(pool);
    const auto report = audit::verifyAuditChain(source, std::move(checkpoints));
    pool.close();
    if (!report) {
        return failure(err, "cannot verify the audit chain", report.error());
    }
    if (report->firstBreak) {
        reportBreak(out, *report->firstBreak);
        return kExitFailure;
    }
    out << "audit chain ok: " << report->eventsChecked << " events, " << report->checkpoints
        << " checkpoints\n";
    return kExitOk;
}

int runAuditCheckpoint(const EnvLookup& env, std::ostream& out, std::ostream& err)
{
    const auto config = loadAuditConfig(env);
    if (!config) {
        err << kProgram << config.error().message << '\n';
        return kExitUsage;
    }
    if (!config->checkpointFile) {
        err << kProgram << "FITFLOW_AUDIT_CHECKPOINT_FILE is not set\n";
        return kExitUsage;
    }
    storage::ConnectionPool pool(config->databaseUrl,
                                 storage::ConnectionPoolOptions{.maxConnections = 1});
    storage::PgAuditChainSource source(pool);
    storage::AuditCheckpointFile file(*config->checkpointFile);
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const auto written = audit::writeAuditCheckpoint(source, file, now);
    pool.close();
    if (!written) {
        return failure(err, "cannot write a checkpoint", written.error());
    }
    if (!*written) {
        out << "audit chain is empty; no checkpoint written\n";
    } else {
        out << "audit checkpoint written: event " << (*written)->sequence << ", hash "
            << audit::toHex((*written)->hash) << '\n';
    }
    return kExitOk;
}

ServeAuditCheckpoints::ServeAuditCheckpoints(const AuditCheckpointSchedule& schedule,
                                             storage::ConnectionPool& pool, std::ostream& err)
    : m_file(schedule.checkpointFile)
    , m_source(pool)
    , m_checkpointer(m_source, m_file, schedule.interval, [&err](const Error& error) {
        static std::mutex errMutex;
        const std::lock_guard lock(errMutex);
        err << kProgram << "audit checkpoint failed: " << error.message << " [" << error.code << "]"
            << std::endl;
    })
{
}

} // namespace fitflow::app
