#pragma once
// AuditCheckpointLog in a plain file outside the database (FITFLOW_AUDIT_CHECKPOINT_FILE): one
// JSON line per checkpoint, opened O_APPEND so earlier lines are never rewritten, fsync'ed
// after each line. Keep copies off the database host: whoever can rewrite both can hide a
// rewrite of the chain. Appends from several threads or processes interleave whole lines.

#include "server/service/audit/AuditCheckpointLog.h"

#include <string>

namespace fitflow::storage {

class AuditCheckpointFile final : public audit::AuditCheckpointLog {
public:
    explicit AuditCheckpointFile(std::string path);

    // Creates the file (mode 0600) when missing. Error `checkpoint_file_error`.
    Status append(const audit::AuditCheckpoint& checkpoint) override;

    // A missing file holds no checkpoints. Errors: `checkpoint_file_error` (unreadable),
    // `invalid_checkpoint` with path "line N" (a line that does not parse).
    Result<std::vector<audit::AuditCheckpoint>> readAll() override;

private:
    std::string m_path;
};

} // namespace fitflow::storage
