#include "tests/support/faults/FaultProxy.h"

#include "tests/support/server/TempDirectory.h"
#include "tests/support/server/TestCertificates.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <memory>
#include <thread>
#include <utility>

namespace fitflow::test {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kBigBodySize = 200 * 1024;

// Polls `condition` until it holds or a generous deadline passes (no fixed sleep to race).
template <typename Condition> bool eventually(Condition condition)
{
    const auto deadline = Clock::now() + 20s;
    while (!condition()) {
        if (Clock::now() >= deadline) {
            return false;
        }
        std::this_thread::sleep_for(5ms);
    }
    return true;
}

// Routes shared by the TLS and the plain server; every handled request is counted.
template <typename Server> void addRoutes(Server& server, std::atomic<int>& handled)
{
    server.Get("/hello", [&handled](const httplib::Request&, httplib::Response& response) {
        ++handled;
        response.set_content("hello", "text/plain");
    });
    server.Post("/count", [&handled](const httplib::Request&, httplib::Response& response) {
        response.set_content("counted " + std::to_string(++handled), "text/plain");
    });
    server.Get("/big", [&handled](const httplib::Request&, httplib::Response& response) {
        ++handled;
        response.set_content(std::string(kBigBodySize, 'b'), "application/octet-stream");
    });
    server.set_keep_alive_max_count(100);
    server.set_keep_alive_timeout(10); // longer than the proxy's ticket hold, even when slow
}

// A server running on its own thread, stopped and joined on destruction.
template <typename Server> class RunningServer {
public:
    explicit RunningServer(std::unique_ptr<Server> server)
        : m_server(std::move(server))
    {
        m_port = m_server->bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server->listen_after_bind(); });
    }
    ~RunningServer()
    {
        // stop() before the accept loop runs would be lost, and join() would never return.
        const auto deadline = Clock::now() + 10s;
        while (!m_server->is_running() && Clock::now() < deadline) {
            std::this_thread::yield();
        }
        m_server->stop();
        m_thread.join();
    }
    RunningServer(const RunningServer&) = delete;
    RunningServer& operator=(const RunningServer&) = delete;

    int port() const { return m_port; }

private:
    std::unique_ptr<Server> m_server;
    int m_port = 0;
    std::thread m_thread;
};

class FaultProxyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto server = std::make_unique<httplib::SSLServer>(m_tls.serverCertificatePath.c_str(),
                                                           m_tls.serverKeyPath.c_str());
        ASSERT_TRUE(server->is_valid());
        addRoutes(*server, m_handled);
        m_server = std::make_unique<RunningServer<httplib::SSLServer>>(std::move(server));
        ASSERT_GT(m_server->port(), 0);
        auto proxy = FaultProxy::start("127.0.0.1", m_server->port());
        ASSERT_TRUE(proxy.ok()) << proxy.error().message;
        m_proxy = std::move(proxy.value());
    }

    void TearDown() override
    {
        m_proxy.reset(); // closes the proxy's server connections, so the server stops at once
        m_server.reset();
    }

    std::unique_ptr<httplib::SSLClient> client(std::chrono::milliseconds readTimeout = 30s,
                                               std::chrono::milliseconds connectTimeout = 30s)
    {
        auto https = std::make_unique<httplib::SSLClient>("127.0.0.1", m_proxy->port());
        https->set_ca_cert_path(m_tls.caCertificatePath.c_str());
        https->enable_server_certificate_verification(true);
        https->set_keep_alive(true);
        https->set_connection_timeout(connectTimeout);
        https->set_read_timeout(readTimeout);
        return https;
    }

    TempDirectory m_work{"fitflow-fault-proxy"};
    TestCertificates m_tls = TestCertificates::createIn(m_work.path());
    std::atomic<int> m_handled{0};
    std::unique_ptr<RunningServer<httplib::SSLServer>> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
};

TEST_F(FaultProxyTest, PassesTlsThroughOverOneKeptAliveConnection)
{
    auto https = client();
    for (int i = 0; i < 3; ++i) {
        const auto result = https->Get("/hello");
        ASSERT_TRUE(result) << httplib::to_string(result.error());
        EXPECT_EQ(result->status, 200);
        EXPECT_EQ(result->body, "hello");
    }
    const auto big = https->Get("/big");
    ASSERT_TRUE(big) << httplib::to_string(big.error());
    EXPECT_EQ(big->body.size(), kBigBodySize);

    // Byte counts are added just after each write, so the client may be a moment ahead.
    EXPECT_TRUE(
        eventually([this] { return m_proxy->counters().bytesServerToClient > kBigBodySize; }));
    const auto counters = m_proxy->counters();
    EXPECT_EQ(counters.connectionsAccepted, 1u);
    EXPECT_EQ(counters.faultsInjected, 0u);
    EXPECT_GT(counters.bytesClientToServer, 0u);
    EXPECT_EQ(m_handled, 4);
}

TEST_F(FaultProxyTest, DropResponseAfterRequestLetsTheServerHandleItButTheClientGetsNothing)
{
    m_proxy->setFaultForNextConnections(FaultPlan::dropResponseAfterRequest(), 1);
    auto https = client();
    const auto dropped = https->Post("/count", "{}", "application/json");
    EXPECT_FALSE(dropped) << "the client got an answer: " << dropped->body;
    EXPECT_EQ(m_handled, 1) << "the server must have handled the request before the drop";
    EXPECT_EQ(m_proxy->counters().faultsInjected, 1u);

    const auto retried = https->Post("/count", "{}", "application/json"); // a new connection
    ASSERT_TRUE(retried) << httplib::to_string(retried.error());
    EXPECT_EQ(retried->body, "counted 2");
    EXPECT_EQ(m_proxy->counters().connectionsAccepted, 2u);
    EXPECT_EQ(m_proxy->counters().faultsInjected, 1u);
}

TEST_F(FaultProxyTest, DropResponseOnTheSecondRequestOfAKeptAliveConnection)
{
    m_proxy->setFault(FaultPlan::dropResponseAfterRequest(1));
    auto https = client();
    const auto first = https->Get("/hello");
    ASSERT_TRUE(first) << httplib::to_string(first.error());
    EXPECT_EQ(first->body, "hello");

    const auto second = https->Post("/count", "{}", "application/json");
    EXPECT_FALSE(second) << "the client got an answer: " << second->body;
    EXPECT_EQ(m_handled, 2);
    EXPECT_EQ(m_proxy->counters().connectionsAccepted, 1u);
    EXPECT_EQ(m_proxy->counters().faultsInjected, 1u);
}

TEST_F(FaultProxyTest, ResetImmediatelyNeverReachesTheServer)
{
    m_proxy->setFaultForNextConnections(FaultPlan::resetImmediately(), 1);
    auto https = client();
    const auto result = https->Post("/count", "{}", "application/json");
    EXPECT_FALSE(result);
    EXPECT_EQ(m_handled, 0);
    EXPECT_EQ(m_proxy->counters().faultsInjected, 1u);
    EXPECT_EQ(m_proxy->counters().bytesClientToServer, 0u);
}

TEST_F(FaultProxyTest, ResetAfterResponseBytesCutsTheResponseShort)
{
    m_proxy->setFault(FaultPlan::resetAfterBytes(1000));
    auto https = client();
    const auto result = https->Get("/big");
    EXPECT_FALSE(result) << "the client got " << result->body.size() << " bytes";
    EXPECT_EQ(m_handled, 1);
    EXPECT_EQ(m_proxy->counters().faultsInjected, 1u);
    EXPECT_LT(m_proxy->counters().bytesServerToClient, kBigBodySize);
}

TEST_F(FaultProxyTest, StallLongerThanTheReadTimeoutMakesTheClientTimeOut)
{
    m_proxy->setFault(FaultPlan::stallResponse(60s));
    auto https = client(1000ms);
    const auto start = Clock::now();
    const auto result = https->Post("/count", "{}", "application/json");
    EXPECT_FALSE(result);
    if (!result) {
        EXPECT_EQ(result.error(), httplib::Error::Read) << httplib::to_string(result.error());
    }
    EXPECT_GE(Clock::now() - start, 1000ms);
    // On a loaded machine the client may give up before the server answered; the stall began
    // (the response was held) once faultsInjected is 1.
    EXPECT_TRUE(eventually([this] { return m_proxy->counters().faultsInjected == 1; }));
    EXPECT_EQ(m_handled, 1);
}

TEST_F(FaultProxyTest, StallShorterThanTheReadTimeoutOnlyDelaysTheResponse)
{
    m_proxy->setFault(FaultPlan::stallResponse(400ms));
    auto https = client();
    const auto start = Clock::now();
    const auto result = https->Post("/count", "{}", "application/json");
    ASSERT_TRUE(result) << httplib::to_string(result.error());
    EXPECT_EQ(result->body, "counted 1");
    EXPECT_GE(Clock::now() - start, 400ms);
}

TEST_F(FaultProxyTest, BlackholeAcceptsButNeverAnswers)
{
    m_proxy->setFault(FaultPlan::blackhole());
    auto https = client(700ms, 700ms);
    const auto result = https->Get("/hello");
    EXPECT_FALSE(result);
    EXPECT_EQ(m_handled, 0);
    EXPECT_EQ(m_proxy->counters().faultsInjected, 1u);
    EXPECT_EQ(m_proxy->counters().bytesServerToClient, 0u);
}

TEST_F(FaultProxyTest, FaultsTheNextConnectionsOnlyThenPassesThrough)
{
    m_proxy->setFaultForNextConnections(FaultPlan::resetImmediately(), 2);
    EXPECT_FALSE(client()->Get("/hello"));
    EXPECT_FALSE(client()->Get("/hello"));
    const auto third = client()->Get("/hello");
    ASSERT_TRUE(third) << httplib::to_string(third.error());
    EXPECT_EQ(third->body, "hello");
    const auto counters = m_proxy->counters();
    EXPECT_EQ(counters.connectionsAccepted, 3u);
    EXPECT_EQ(counters.faultsInjected, 2u);
    EXPECT_EQ(m_handled, 1);
}

TEST_F(FaultProxyTest, FaultsAfterSkippedConnectionsThenPassesThrough)
{
    m_proxy->setFaultAfterConnections(FaultPlan::resetImmediately(), 1, 1);
    const auto first = client()->Get("/hello");
    ASSERT_TRUE(first) << httplib::to_string(first.error());
    EXPECT_FALSE(client()->Get("/hello"));
    const auto third = client()->Get("/hello");
    ASSERT_TRUE(third) << httplib::to_string(third.error());
    EXPECT_EQ(third->body, "hello");
    EXPECT_EQ(m_proxy->counters().connectionsAccepted, 3u);
    EXPECT_EQ(m_proxy->counters().faultsInjected, 1u);
    EXPECT_EQ(m_handled, 2);
}

TEST(FaultProxyStart, AnUnresolvableTargetIsAClearError)
{
    const auto proxy = FaultProxy::start("no-such-host.invalid", 443);
    ASSERT_FALSE(proxy.ok());
    EXPECT_EQ(proxy.error().code, "proxy_resolve_failed");
    EXPECT_FALSE(FaultProxy::start("127.0.0.1", 0).ok());
}

// Plain HTTP through the proxy with a raw socket: shows the byte-exact behaviour TLS hides.
class FaultProxyPlainHttpTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto proxy = FaultProxy::start("127.0.0.1", m_server.port());
        ASSERT_TRUE(proxy.ok()) << proxy.error().message;
        m_proxy = std::move(proxy.value());
    }

    void TearDown() override
    {
        if (m_socket >= 0) {
            ::close(m_socket);
        }
    }

    // Connects to the proxy and sends one request.
    void sendRequest(const std::string& path)
    {
        if (m_socket < 0) {
            m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in address{};
            address.sin_family = AF_INET;
            address.sin_port = htons(static_cast<std::uint16_t>(m_proxy->port()));
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            ASSERT_EQ(::connect(m_socket, reinterpret_cast<sockaddr*>(&address), sizeof(address)),
                      0);
        }
        const std::string request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        ASSERT_EQ(::send(m_socket, request.data(), request.size(), 0),
                  static_cast<ssize_t>(request.size()));
    }

    // Reads until `expected` bytes arrived, or the stream ends; returns errno of a failed read.
    int receive(std::string& received, std::size_t expected = SIZE_MAX)
    {
        char buffer[4096];
        while (received.size() < expected) {
            const ssize_t count = ::recv(m_socket, buffer, sizeof(buffer), 0);
            if (count <= 0) {
                return count == 0 ? 0 : errno;
            }
            received.append(buffer, static_cast<std::size_t>(count));
        }
        return 0;
    }

    static std::unique_ptr<httplib::Server> plainServer(std::atomic<int>& handled)
    {
        auto plain = std::make_unique<httplib::Server>();
        addRoutes(*plain, handled);
        return plain;
    }

    std::atomic<int> m_handled{0};
    RunningServer<httplib::Server> m_server{plainServer(m_handled)};
    std::unique_ptr<FaultProxy> m_proxy;
    int m_socket = -1;
};

TEST_F(FaultProxyPlainHttpTest, ResetAfterBytesDeliversExactlyThatManyThenAReset)
{
    m_proxy->setFault(FaultPlan::resetAfterBytes(100));
    sendRequest("/big");
    std::string received;
    const int readError = receive(received);
    EXPECT_EQ(received.size(), 100u);
    EXPECT_EQ(received.rfind("HTTP/1.1 200 OK", 0), 0u);
    EXPECT_EQ(readError, ECONNRESET);
    EXPECT_EQ(m_handled, 1);
}

TEST_F(FaultProxyPlainHttpTest, ResetOpenConnectionsCutsAKeptAliveConnection)
{
    sendRequest("/hello");
    std::string received;
    const std::string expectedEnd = "\r\n\r\nhello";
    while (received.find(expectedEnd) == std::string::npos) {
        ASSERT_EQ(receive(received, received.size() + 1), 0) << received;
    }
    m_proxy->resetOpenConnections();
    std::string after;
    EXPECT_EQ(receive(after), ECONNRESET);
    EXPECT_EQ(m_proxy->counters().faultsInjected, 1u);

    ::close(std::exchange(m_socket, -1)); // a new connection still works
    sendRequest("/hello");
    std::string again;
    while (again.find(expectedEnd) == std::string::npos) {
        ASSERT_EQ(receive(again, again.size() + 1), 0) << again;
    }
    EXPECT_EQ(m_proxy->counters().connectionsAccepted, 2u);
    EXPECT_EQ(m_handled, 2);
}

} // namespace
} // namespace fitflow::test
