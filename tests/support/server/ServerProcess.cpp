#include "tests/support/server/ServerProcess.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace fitflow::test {

namespace {

std::atomic<int> g_processCounter{0};

std::vector<std::string> childEnvironment(const Environment& overrides)
{
    std::vector<std::string> entries;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        if (std::strncmp(*entry, "FITFLOW_", 8) != 0) {
            entries.emplace_back(*entry);
        }
    }
    for (const auto& [name, value] : overrides) {
        entries.push_back(name + "=" + value);
    }
    return entries;
}

std::string readFile(const std::string& path)
{
    std::ifstream file(path);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

} // namespace

ServerProcess::ServerProcess(const std::string& binary, const std::vector<std::string>& arguments,
                             const Environment& environment, const std::string& workDirectory)
{
    const int id = ++g_processCounter;
    m_stdoutPath = workDirectory + "/process-" + std::to_string(id) + ".out";
    m_stderrPath = workDirectory + "/process-" + std::to_string(id) + ".err";
    std::vector<std::string> argv{binary};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    const std::vector<std::string> envp = childEnvironment(environment);
    // Everything the child needs is built before fork(): tests fork from several threads at once,
    // and a child that allocates could block for ever on an allocator lock another thread held
    // at the moment of the fork. Between fork and exec only async-signal-safe calls remain.
    std::vector<char*> rawArgv;
    for (const auto& a : argv) {
        rawArgv.push_back(const_cast<char*>(a.c_str()));
    }
    rawArgv.push_back(nullptr);
    std::vector<char*> rawEnv;
    for (const auto& e : envp) {
        rawEnv.push_back(const_cast<char*>(e.c_str()));
    }
    rawEnv.push_back(nullptr);

    m_pid = ::fork();
    if (m_pid < 0) {
        throw std::runtime_error("fork failed");
    }
    if (m_pid == 0) {
        const int out = ::open(m_stdoutPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(m_stderrPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(out, STDOUT_FILENO);
        ::dup2(err, STDERR_FILENO);
        ::execve(binary.c_str(), rawArgv.data(), rawEnv.data());
        ::_exit(127);
    }
}

ServerProcess::~ServerProcess()
{
    if (m_pid > 0 && !m_exited) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
    }
}

std::optional<int> ServerProcess::waitForListeningPort(std::chrono::milliseconds timeout)
{
    static const std::regex kListening("listening on https://[^ ]+:([0-9]+)");
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        std::smatch match;
        const std::string err = stderrText();
        if (std::regex_search(err, match, kListening)) {
            return std::stoi(match[1].str());
        }
        if (waitForExit(std::chrono::milliseconds(0)).has_value() || m_exited) {
            return std::nullopt;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return std::nullopt;
}

std::optional<int> ServerProcess::waitForExit(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!m_exited) {
        int status = 0;
        const pid_t done = ::waitpid(m_pid, &status, WNOHANG);
        if (done == m_pid) {
            m_exited = true;
            if (WIFEXITED(status)) {
                m_exitCode = WEXITSTATUS(status);
            }
            break;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return m_exitCode;
}

std::optional<int> ServerProcess::stop(int signal, std::chrono::milliseconds timeout)
{
    if (!m_exited) {
        ::kill(m_pid, signal);
    }
    return waitForExit(timeout);
}

std::string ServerProcess::stdoutText() const
{
    return readFile(m_stdoutPath);
}

std::string ServerProcess::stderrText() const
{
    return readFile(m_stderrPath);
}

ProcessOutput ServerProcess::run(const std::string& binary,
                                 const std::vector<std::string>& arguments,
                                 const Environment& environment, const std::string& workDirectory,
                                 std::chrono::milliseconds timeout)
{
    ServerProcess process(binary, arguments, environment, workDirectory);
    ProcessOutput output;
    output.exitCode = process.waitForExit(timeout).value_or(-1);
    output.out = process.stdoutText();
    output.err = process.stderrText();
    return output;
}

} // namespace fitflow::test
