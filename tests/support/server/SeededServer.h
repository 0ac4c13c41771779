#pragma once
// The real `fitflow-server serve` over TLS on a migrated, demo-seeded database, with a fresh JWT
// key file and a throwaway CA: what every end-to-end fixture (API, fitflow-cli, sync faults,
// desktop sign-in) starts from. Header-only, like the fixtures that use it.

#include "tests/support/server/PgTestDatabase.h"
#include "tests/support/server/ServerProcess.h"
#include "tests/support/server/TestCertificates.h"

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>

namespace fitflow::test {

struct SeededServer {
    TestCertificates tls;
    std::string keyFile;
    std::unique_ptr<ServerProcess> process;
    int port = 0;
};

// Starts it in `workDirectory`; `extraServe` adds to (or overrides) serve's environment. Records a
// test failure and returns what was started so far when a step fails (then port stays 0).
inline SeededServer startSeededServer(const std::string& serverBinary, PgTestDatabase& database,
                                      const std::string& workDirectory,
                                      const std::string& demoPassword,
                                      const Environment& extraServe = {})
{
    SeededServer server;
    server.tls = TestCertificates::createIn(workDirectory);
    server.keyFile = workDirectory + "/jwt-keys.json";
    const Environment owner{{"FITFLOW_MIGRATION_DATABASE_URL", database.ownerUrl()},
                            {"FITFLOW_DEMO_PASSWORD", demoPassword}};
    for (const char* command : {"migrate", "seed-demo"}) {
        const ProcessOutput done =
            ServerProcess::run(serverBinary, {command}, owner, workDirectory);
        if (done.exitCode != 0) {
            ADD_FAILURE() << command << ": " << done.err;
            return server;
        }
    }
    const ProcessOutput keys = ServerProcess::run(
        serverBinary, {"keys", "generate", "--out", server.keyFile}, {}, workDirectory);
    if (keys.exitCode != 0) {
        ADD_FAILURE() << "keys generate: " << keys.err;
        return server;
    }
    Environment serve{{"FITFLOW_DATABASE_URL", database.appUrl()},
                      {"FITFLOW_TLS_CERT", server.tls.serverCertificatePath},
                      {"FITFLOW_TLS_KEY", server.tls.serverKeyPath},
                      {"FITFLOW_PORT", "0"},
                      {"FITFLOW_HTTP_THREADS", "4"},
                      {"FITFLOW_JWT_KEYS", server.keyFile}};
    for (const auto& [name, value] : extraServe) {
        serve[name] = value;
    }
    server.process = std::make_unique<ServerProcess>(
        serverBinary, std::vector<std::string>{"serve"}, serve, workDirectory);
    const auto port = server.process->waitForListeningPort(std::chrono::seconds(60));
    if (!port) {
        ADD_FAILURE() << "serve did not listen: " << server.process->stderrText();
        return server;
    }
    server.port = *port;
    return server;
}

} // namespace fitflow::test
