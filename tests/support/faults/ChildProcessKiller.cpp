#include "tests/support/faults/ChildProcessKiller.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace fitflow::test {

namespace {

using Clock = std::chrono::steady_clock;

std::atomic<int> g_childCounter{0};

struct RunningChild {
    pid_t pid = -1;
    std::string stdoutPath;
    std::string stderrPath;
};

std::optional<RunningChild> spawnChild(const ChildCommand& command)
{
    RunningChild child;
    const std::string stem = command.workDirectory + "/child-" + std::to_string(::getpid()) + "-" +
                             std::to_string(++g_childCounter);
    child.stdoutPath = stem + ".out";
    child.stderrPath = stem + ".err";

    std::vector<std::string> argvText{command.binary};
    argvText.insert(argvText.end(), command.arguments.begin(), command.arguments.end());
    std::vector<char*> argv;
    for (auto& argument : argvText) {
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);
    std::vector<std::string> envText;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        if (std::strncmp(*entry, "FITFLOW_", 8) != 0) {
            envText.emplace_back(*entry);
        }
    }
    for (const auto& [name, value] : command.environment) {
        envText.push_back(name + "=" + value);
    }
    std::vector<char*> envp;
    for (auto& entry : envText) {
        envp.push_back(entry.data());
    }
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, child.stdoutPath.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, child.stderrPath.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int failed = ::posix_spawn(&child.pid, command.binary.c_str(), &actions, nullptr,
                                     argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (failed != 0) {
        return std::nullopt;
    }
    return child;
}

std::string readFile(const std::string& path)
{
    std::ifstream file(path);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

// Waits until the child exits or `deadline` passes; returns its wait status if it exited.
std::optional<int> waitUntil(pid_t pid, Clock::time_point deadline)
{
    while (true) {
        int status = 0;
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) {
            return status;
        }
        if (done < 0 && errno != EINTR) {
            return std::nullopt;
        }
        const auto now = Clock::now();
        if (now >= deadline) {
            return std::nullopt;
        }
        std::this_thread::sleep_for(
            std::min<Clock::duration>(deadline - now, std::chrono::milliseconds(2)));
    }
}

ChildEnding finish(const RunningChild& child, std::chrono::milliseconds delay)
{
    ChildEnding ending;
    ending.plannedDelay = delay;
    const auto status = waitUntil(child.pid, Clock::now() + delay);
    int finalStatus = 0;
    if (status) {
        finalStatus = *status;
    } else {
        ::kill(child.pid, SIGKILL);
        while (::waitpid(child.pid, &finalStatus, 0) < 0 && errno == EINTR) {
        }
    }
    if (WIFEXITED(finalStatus)) {
        ending.kind = ChildEnding::Kind::Exited;
        ending.exitCode = WEXITSTATUS(finalStatus);
    } else if (WIFSIGNALED(finalStatus)) {
        ending.signal = WTERMSIG(finalStatus);
        ending.kind = !status && ending.signal == SIGKILL ? ChildEnding::Kind::KilledByUs
                                                          : ChildEnding::Kind::DiedBySignal;
    }
    ending.stdoutText = readFile(child.stdoutPath);
    ending.stderrText = readFile(child.stderrPath);
    return ending;
}

} // namespace

std::string ChildEnding::describe() const
{
    switch (kind) {
    case Kind::Exited:
        return "exited with code " + std::to_string(exitCode);
    case Kind::KilledByUs:
        return "SIGKILLed after " + std::to_string(plannedDelay.count()) + " ms";
    case Kind::DiedBySignal:
        return "died by signal " + std::to_string(signal);
    }
    return "unknown ending";
}

ChildProcessKiller::ChildProcessKiller(std::uint64_t seed)
    : m_seed(seed)
    , m_random(seed)
{
}

ChildProcessKiller ChildProcessKiller::fromEnvironmentOrRandom()
{
    if (const char* text = std::getenv(kSeedVariable); text != nullptr && *text != '\0') {
        return ChildProcessKiller(std::strtoull(text, nullptr, 10));
    }
    std::random_device entropy;
    return ChildProcessKiller((std::uint64_t{entropy()} << 32) | entropy());
}

std::string ChildProcessKiller::seedNote() const
{
    const std::string seed = std::to_string(m_seed);
    return "fault seed " + seed + " (rerun with " + kSeedVariable + "=" + seed + ")";
}

std::optional<ChildEnding> ChildProcessKiller::killAtRandomMoment(const ChildCommand& command,
                                                                  KillWindow window)
{
    const auto earliest = std::max(window.earliest.count(), std::int64_t{0});
    const auto latest = std::max(window.latest.count(), earliest);
    std::uniform_int_distribution<std::int64_t> pick(earliest, latest);
    const std::chrono::milliseconds delay(pick(m_random)); // drawn even if spawning fails
    const auto child = spawnChild(command);
    if (!child) {
        return std::nullopt;
    }
    return finish(*child, delay);
}

std::optional<ChildEnding> ChildProcessKiller::runToEnd(const ChildCommand& command,
                                                        std::chrono::milliseconds timeout)
{
    const auto child = spawnChild(command);
    if (!child) {
        return std::nullopt;
    }
    return finish(*child, timeout);
}

} // namespace fitflow::test
