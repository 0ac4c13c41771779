// `fitflow-server serve` with FITFLOW_AUDIT_CHECKPOINT_FILE writes checkpoints from its
// background thread while it runs and a last one when stopped, using the application role;
// `audit verify` then accepts the chain against them.

#include "server/service/audit/AuditCheckpoint.h"
#include "tests/integration/audit/AuditTestDatabase.h"
#include "tests/support/server/ServerProcess.h"
#include "tests/support/server/TempDirectory.h"
#include "tests/support/server/TestCertificates.h"

#include <signal.h>

#include <fstream>
#include <thread>

namespace fitflow::test {

namespace {

using namespace std::chrono_literals;

class AuditServeCheckpoints : public AuditTestDatabase {
protected:
    std::string checkpointFile() const { return m_work.path() + "/checkpoints.jsonl"; }

    std::vector<audit::AuditCheckpoint> checkpoints() const
    {
        std::vector<audit::AuditCheckpoint> read;
        std::ifstream file(checkpointFile());
        std::string line;
        while (std::getline(file, line)) {
            auto checkpoint = audit::parseCheckpointLine(line);
            EXPECT_TRUE(checkpoint.ok()) << line;
            if (checkpoint.ok()) {
                read.push_back(*checkpoint);
            }
        }
        return read;
    }

    TempDirectory m_work{"fitflow-audit-serve"};
};

} // namespace

TEST_F(AuditServeCheckpoints, ServeCheckpointsPeriodicallyAndOnShutdown)
{
    appendEvents(3);
    const auto tls = TestCertificates::createIn(m_work.path());
    ServerProcess server(FITFLOW_SERVER_BINARY, {"serve"},
                         {{"FITFLOW_DATABASE_URL", database().appUrl()},
                          {"FITFLOW_TLS_CERT", tls.serverCertificatePath},
                          {"FITFLOW_TLS_KEY", tls.serverKeyPath},
                          {"FITFLOW_PORT", "0"},
                          {"FITFLOW_AUDIT_CHECKPOINT_FILE", checkpointFile()},
                          {"FITFLOW_AUDIT_CHECKPOINT_SECONDS", "1"}},
                         m_work.path());
    ASSERT_TRUE(server.waitForListeningPort(30s)) << server.stderrText();

    for (int i = 0; i < 100 && checkpoints().empty(); ++i) {
        std::this_thread::sleep_for(100ms);
    }
    ASSERT_FALSE(checkpoints().empty()) << server.stderrText();
    EXPECT_EQ(checkpoints().front().sequence, 3);

    appendEvents(2); // events 4 and 5
    EXPECT_EQ(server.stop(SIGTERM, 15s), std::optional<int>(0)) << server.stderrText();
    const auto written = checkpoints();
    ASSERT_FALSE(written.empty());
    EXPECT_EQ(written.back().sequence, 5) << "the last checkpoint is written on shutdown";
    EXPECT_EQ(server.stderrText().find("audit checkpoint failed"), std::string::npos)
        << server.stderrText();

    const ProcessOutput verified =
        ServerProcess::run(FITFLOW_SERVER_BINARY, {"audit", "verify"},
                           {{"FITFLOW_MIGRATION_DATABASE_URL", database().ownerUrl()},
                            {"FITFLOW_AUDIT_CHECKPOINT_FILE", checkpointFile()}},
                           m_work.path());
    EXPECT_EQ(verified.exitCode, 0) << verified.out << verified.err;
}

} // namespace fitflow::test
