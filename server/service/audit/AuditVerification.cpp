#include "server/service/audit/AuditVerification.h"

namespace fitflow::audit {

Result<AuditVerificationReport> verifyAuditChain(AuditChainSource& source,
                                                 std::vector<AuditCheckpoint> checkpoints)
{
    AuditVerificationReport report;
    report.checkpoints = checkpoints.size();
    AuditChainVerifier verifier(std::move(checkpoints));
    const auto read = source.forEachEvent(
        [&verifier](const AuditRecord& record) { return verifier.add(record); });
    if (!read) {
        return read.error();
    }
    report.firstBreak = verifier.finish();
    report.eventsChecked = verifier.eventsChecked();
    return report;
}

Result<std::optional<AuditCheckpoint>> writeAuditCheckpoint(AuditChainSource& source,
                                                            AuditCheckpointLog& log,
                                                            std::chrono::sys_seconds now)
{
    const auto tip = source.tip();
    if (!tip) {
        return tip.error();
    }
    if (!*tip) {
        return std::optional<AuditCheckpoint>();
    }
    const AuditCheckpoint checkpoint{now, (*tip)->sequence, (*tip)->hash};
    if (auto written = log.append(checkpoint); !written) {
        return written.error();
    }
    return std::optional<AuditCheckpoint>(checkpoint);
}

} // namespace fitflow::audit
