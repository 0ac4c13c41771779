#include "server/service/audit/PeriodicAuditCheckpointer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>

namespace fitflow::audit {

namespace {

// In-memory stand-ins for the two ports, safe to use from the checkpointer's thread.
class GrowingChain final : public AuditChainSource {
public:
    void grow()
    {
        const std::lock_guard lock(m_mutex);
        ++m_sequence;
    }
    Result<std::optional<AuditChainTip>> tip() override
    {
        const std::lock_guard lock(m_mutex);
        if (m_sequence == 0) {
            return std::optional<AuditChainTip>();
        }
        return std::optional<AuditChainTip>(
            AuditChainTip{m_sequence, sha256(std::to_string(m_sequence))});
    }
    Status forEachEvent(const std::function<bool(const AuditRecord&)>&) override { return {}; }

private:
    std::mutex m_mutex;
    std::int64_t m_sequence = 0;
};

class MemoryLog final : public AuditCheckpointLog {
public:
    Status append(const AuditCheckpoint& checkpoint) override
    {
        const std::lock_guard lock(m_mutex);
        m_checkpoints.push_back(checkpoint);
        return {};
    }
    Result<std::vector<AuditCheckpoint>> readAll() override
    {
        const std::lock_guard lock(m_mutex);
        return m_checkpoints;
    }

private:
    std::mutex m_mutex;
    std::vector<AuditCheckpoint> m_checkpoints;
};

void waitUntil(const std::function<bool()>& condition)
{
    for (int i = 0; i < 500 && !condition(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

} // namespace

TEST(PeriodicAuditCheckpointer, WritesWhenTheChainGrewAndOnceMoreOnStop)
{
    GrowingChain chain;
    MemoryLog log;
    std::atomic<int> errors = 0;
    PeriodicAuditCheckpointer checkpointer(chain, log, std::chrono::milliseconds(20),
                                           [&errors](const Error&) { ++errors; });
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_TRUE(log.readAll()->empty()) << "an empty chain gets no checkpoint";

    chain.grow();
    chain.grow();
    waitUntil([&] { return log.readAll()->size() == 1; });
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    ASSERT_EQ(log.readAll()->size(), 1U) << "no new checkpoint while the chain stands still";
    EXPECT_EQ(log.readAll()->front().sequence, 2);

    chain.grow();
    checkpointer.stop(); // long before the next tick would matter
    const auto written = log.readAll().value();
    ASSERT_EQ(written.size(), 2U);
    EXPECT_EQ(written.back().sequence, 3);
    EXPECT_EQ(written.back().hash, sha256("3"));
    EXPECT_EQ(errors, 0);
}

TEST(PeriodicAuditCheckpointer, StopsPromptlyWithALongInterval)
{
    GrowingChain chain;
    MemoryLog log;
    const auto start = std::chrono::steady_clock::now();
    {
        PeriodicAuditCheckpointer checkpointer(chain, log, std::chrono::hours(1),
                                               [](const Error&) {});
    }
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

} // namespace fitflow::audit
