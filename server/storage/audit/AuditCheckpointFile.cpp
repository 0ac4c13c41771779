#include "server/storage/audit/AuditCheckpointFile.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace fitflow::storage {

namespace {

Error fileError(const std::string& what, const std::string& path)
{
    return makeError("checkpoint_file_error",
                     what + " " + path + ": " +
                         std::strerror(errno)); // NOLINT(concurrency-mt-unsafe)
}

bool writeAll(int descriptor, const std::string& text)
{
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(descriptor, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

AuditCheckpointFile::AuditCheckpointFile(std::string path)
    : m_path(std::move(path))
{
}

Status AuditCheckpointFile::append(const audit::AuditCheckpoint& checkpoint)
{
    const int descriptor = ::open(m_path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (descriptor < 0) {
        return fileError("cannot open", m_path);
    }
    // One write() per line: O_APPEND keeps concurrent writers' lines whole.
    const bool ok = writeAll(descriptor, audit::formatCheckpointLine(checkpoint) + '\n') &&
                    ::fsync(descriptor) == 0;
    Status status;
    if (!ok) {
        status = fileError("cannot write", m_path);
    }
    ::close(descriptor);
    return status;
}

Result<std::vector<audit::AuditCheckpoint>> AuditCheckpointFile::readAll()
{
    std::vector<audit::AuditCheckpoint> checkpoints;
    if (::access(m_path.c_str(), F_OK) != 0 && errno == ENOENT) {
        return checkpoints;
    }
    std::ifstream file(m_path);
    if (!file) {
        return fileError("cannot read", m_path);
    }
    std::string line;
    int lineNumber = 0;
    while (std::getline(file, line)) {
        ++lineNumber;
        if (line.empty()) {
            continue;
        }
        auto checkpoint = audit::parseCheckpointLine(line);
        if (!checkpoint) {
            return makeError("invalid_checkpoint",
                             m_path + ": " + checkpoint.error().message + " (" +
                                 checkpoint.error().path + ")",
                             "line " + std::to_string(lineNumber));
        }
        checkpoints.push_back(*checkpoint);
    }
    if (file.bad()) {
        return fileError("cannot read", m_path);
    }
    return checkpoints;
}

} // namespace fitflow::storage
