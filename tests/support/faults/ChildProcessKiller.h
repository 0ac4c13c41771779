#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace fitflow::test {

// A program to run as a child: its environment is the parent's without any FITFLOW_* variable,
// plus `environment`; stdin is /dev/null, stdout and stderr go to files in `workDirectory`.
struct ChildCommand {
    std::string binary; // absolute path
    std::vector<std::string> arguments;
    std::map<std::string, std::string> environment;
    std::string workDirectory;
};

// When the SIGKILL may land, measured from the moment the child was started.
struct KillWindow {
    std::chrono::milliseconds earliest{0};
    std::chrono::milliseconds latest{0};
};

// How one run ended.
struct ChildEnding {
    enum class Kind {
        Exited,      // finished on its own before the chosen moment
        KilledByUs,  // still running at the chosen moment, SIGKILLed
        DiedBySignal // killed by some other signal (a crash)
    };
    Kind kind = Kind::Exited;
    int exitCode = -1; // Exited only
    int signal = 0;    // DiedBySignal (and SIGKILL for KilledByUs)
    std::chrono::milliseconds plannedDelay{0};
    std::string stdoutText;
    std::string stderrText;

    std::string describe() const;
};

// Starts a child and SIGKILLs it at a random moment in a window. The moments come from one
// seeded generator, so a failing run is repeated exactly by setting FITFLOW_FAULT_SEED to the
// seed that seedNote() prints (use it in SCOPED_TRACE). Not thread-safe.
class ChildProcessKiller {
public:
    static constexpr const char* kSeedVariable = "FITFLOW_FAULT_SEED";

    explicit ChildProcessKiller(std::uint64_t seed);
    // Seed from FITFLOW_FAULT_SEED when set, else a fresh random one.
    static ChildProcessKiller fromEnvironmentOrRandom();

    std::uint64_t seed() const { return m_seed; }
    std::string seedNote() const; // "fault seed 123 (rerun with FITFLOW_FAULT_SEED=123)"

    // Starts `command`, waits a random delay in `window`, SIGKILLs it if it still runs, and
    // reaps it. std::nullopt only when the child cannot be started.
    std::optional<ChildEnding> killAtRandomMoment(const ChildCommand& command, KillWindow window);
    // Runs `command` to its end (or SIGKILLs it after `timeout`, reported as KilledByUs).
    static std::optional<ChildEnding> runToEnd(const ChildCommand& command,
                                               std::chrono::milliseconds timeout);

private:
    std::uint64_t m_seed;
    std::mt19937_64 m_random;
};

} // namespace fitflow::test
