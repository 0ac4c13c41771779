#include "tests/support/faults/ChildProcessKiller.h"

#include "tests/support/server/TempDirectory.h"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>

namespace fitflow::test {
namespace {

using namespace std::chrono_literals;

class ChildProcessKillerTest : public ::testing::Test {
protected:
    ChildCommand shell(const std::string& script) const
    {
        return ChildCommand{
            "/bin/sh", {"-c", script}, {{"FAULT_TEST_WORD", "hello"}}, m_work.path()};
    }

    TempDirectory m_work{"fitflow-child-killer"};
};

TEST_F(ChildProcessKillerTest, KillsAChildStillRunningInsideTheWindow)
{
    ChildProcessKiller killer(42);
    SCOPED_TRACE(killer.seedNote());
    const auto start = std::chrono::steady_clock::now();
    const auto ending =
        killer.killAtRandomMoment(shell("echo started; exec sleep 30"), {50ms, 150ms});
    const auto elapsed = std::chrono::steady_clock::now() - start;
    ASSERT_TRUE(ending.has_value());
    EXPECT_EQ(ending->kind, ChildEnding::Kind::KilledByUs) << ending->describe();
    EXPECT_EQ(ending->signal, SIGKILL);
    EXPECT_GE(ending->plannedDelay, 50ms);
    EXPECT_LE(ending->plannedDelay, 150ms);
    EXPECT_GE(elapsed, ending->plannedDelay);
    EXPECT_LT(elapsed, 20s); // not the child's own 30 s
}

TEST_F(ChildProcessKillerTest, AChildThatEndsFirstReportsItsExitCodeAndOutput)
{
    ChildProcessKiller killer(7);
    SCOPED_TRACE(killer.seedNote());
    const auto ending = killer.killAtRandomMoment(
        shell("echo \"$FAULT_TEST_WORD\"; echo oops >&2; exit 3"), {20s, 30s});
    ASSERT_TRUE(ending.has_value());
    EXPECT_EQ(ending->kind, ChildEnding::Kind::Exited) << ending->describe();
    EXPECT_EQ(ending->exitCode, 3);
    EXPECT_EQ(ending->stdoutText, "hello\n");
    EXPECT_EQ(ending->stderrText, "oops\n");
}

TEST_F(ChildProcessKillerTest, TheSameSeedPicksTheSameMoments)
{
    ChildProcessKiller first(1234);
    ChildProcessKiller second(1234);
    ChildProcessKiller other(4321);
    std::vector<std::chrono::milliseconds> a, b, c;
    for (int i = 0; i < 5; ++i) {
        a.push_back(first.killAtRandomMoment(shell("exit 0"), {0ms, 100000ms})->plannedDelay);
        b.push_back(second.killAtRandomMoment(shell("exit 0"), {0ms, 100000ms})->plannedDelay);
        c.push_back(other.killAtRandomMoment(shell("exit 0"), {0ms, 100000ms})->plannedDelay);
    }
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);
}

TEST_F(ChildProcessKillerTest, ACrashIsNotMistakenForOurKill)
{
    const auto ending = ChildProcessKiller::runToEnd(shell("kill -SEGV $$"), 20s);
    ASSERT_TRUE(ending.has_value());
    EXPECT_EQ(ending->kind, ChildEnding::Kind::DiedBySignal) << ending->describe();
    EXPECT_EQ(ending->signal, SIGSEGV);
}

TEST_F(ChildProcessKillerTest, AMissingBinaryIsReported)
{
    ChildProcessKiller killer(1);
    const auto ending = killer.killAtRandomMoment(
        ChildCommand{m_work.path() + "/no-such-program", {}, {}, m_work.path()}, {0ms, 10ms});
    // posix_spawn reports a failed exec either directly or as exit code 127.
    EXPECT_TRUE(!ending.has_value() ||
                (ending->kind == ChildEnding::Kind::Exited && ending->exitCode == 127));
}

TEST_F(ChildProcessKillerTest, TheChildGetsNoInheritedFitflowVariables)
{
    ::setenv("FITFLOW_FAULT_TEST_LEAK", "leaked", 1);
    ::setenv("FAULT_TEST_INHERITED", "inherited", 1);
    const auto ending = ChildProcessKiller::runToEnd(
        shell("echo \"${FITFLOW_FAULT_TEST_LEAK:-none} $FAULT_TEST_INHERITED $FAULT_TEST_WORD\""),
        20s);
    ::unsetenv("FITFLOW_FAULT_TEST_LEAK");
    ::unsetenv("FAULT_TEST_INHERITED");
    ASSERT_TRUE(ending.has_value());
    EXPECT_EQ(ending->stdoutText, "none inherited hello\n");
}

TEST_F(ChildProcessKillerTest, SeedComesFromTheEnvironmentWhenSet)
{
    ::setenv(ChildProcessKiller::kSeedVariable, "987654321", 1);
    const auto killer = ChildProcessKiller::fromEnvironmentOrRandom();
    ::unsetenv(ChildProcessKiller::kSeedVariable);
    EXPECT_EQ(killer.seed(), 987654321u);
    EXPECT_NE(killer.seedNote().find("FITFLOW_FAULT_SEED=987654321"), std::string::npos);
}

} // namespace
} // namespace fitflow::test
