#pragma once
// Runs the real fitflow-server binary as a child process with a controlled environment
// (the parent's environment minus every FITFLOW_* variable, plus the given ones). Its stdout and
// stderr go to files so tests can read them at any time.

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace fitflow::test {

using Environment = std::map<std::string, std::string>;

struct ProcessOutput {
    int exitCode = -1; // -1 when killed by a signal or timed out
    std::string out;
    std::string err;
};

class ServerProcess {
public:
    // Starts `binary arguments...`; output files live in `workDirectory`. Throws if fork fails.
    ServerProcess(const std::string& binary, const std::vector<std::string>& arguments,
                  const Environment& environment, const std::string& workDirectory);
    ~ServerProcess(); // SIGKILLs a child still running
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Waits for the "listening on https://HOST:PORT" line and returns PORT.
    std::optional<int> waitForListeningPort(std::chrono::milliseconds timeout);

    // Sends `signal` and waits for the exit code; std::nullopt if it does not exit in time or
    // dies from a signal.
    std::optional<int> stop(int signal, std::chrono::milliseconds timeout);
    // Waits for exit without signalling.
    std::optional<int> waitForExit(std::chrono::milliseconds timeout);

    std::string stdoutText() const;
    std::string stderrText() const;

    // Runs a command to completion (e.g. `migrate`), with a timeout.
    static ProcessOutput run(const std::string& binary, const std::vector<std::string>& arguments,
                             const Environment& environment, const std::string& workDirectory,
                             std::chrono::milliseconds timeout = std::chrono::seconds(120));

private:
    pid_t m_pid = -1;
    std::string m_stdoutPath;
    std::string m_stderrPath;
    std::optional<int> m_exitCode;
    bool m_exited = false;
};

} // namespace fitflow::test
