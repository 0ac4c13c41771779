#pragma once
// `fitflow-server audit verify` and `audit checkpoint`, and serve's periodic checkpoints.
// Exit statuses as in Commands.h; verify exits 1 when the chain is broken.

#include "server/app/AuditConfig.h"
#include "server/service/audit/PeriodicAuditCheckpointer.h"
#include "server/storage/ConnectionPool.h"
#include "server/storage/audit/AuditCheckpointFile.h"
#include "server/storage/audit/PgAuditChainSource.h"

#include <ostream>

namespace fitflow::app {

int runAuditVerify(const EnvLookup& env, std::ostream& out, std::ostream& err);
int runAuditCheckpoint(const EnvLookup& env, std::ostream& out, std::ostream& err);

// While it lives, serve writes a checkpoint every schedule.interval (and a last one when
// destroyed) through `pool`; failures are reported on `err`.
class ServeAuditCheckpoints {
public:
    ServeAuditCheckpoints(const AuditCheckpointSchedule& schedule, storage::ConnectionPool& pool,
                          std::ostream& err);

private:
    storage::AuditCheckpointFile m_file;
    storage::PgAuditChainSource m_source;
    audit::PeriodicAuditCheckpointer m_checkpointer; // last: stops first
};

} // namespace fitflow::app
