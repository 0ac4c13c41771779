#include "tests/support/faults/FaultProxy.h"

#include "tests/support/faults/ProxyConnection.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace fitflow::test {

namespace {

using Clock = std::chrono::steady_clock;

Result<sockaddr_in> resolveTarget(const std::string& host, int port)
{
    addrinfo hints{};
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (port <= 0 || port > 65535 || ::getaddrinfo(host.c_str(), nullptr, &hints, &found) != 0 ||
        found == nullptr) {
        return makeError("proxy_resolve_failed",
                         "cannot resolve target " + host + ":" + std::to_string(port));
    }
    sockaddr_in address{};
    std::memcpy(&address, found->ai_addr, sizeof(address));
    ::freeaddrinfo(found);
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    return address;
}

Result<SocketHandle> listenOnLoopback(int& port)
{
    SocketHandle listener(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    if (!listener.isOpen() ||
        ::bind(listener.get(), reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0 ||
        ::listen(listener.get(), 128) != 0 ||
        ::getsockname(listener.get(), reinterpret_cast<sockaddr*>(&address), &length) != 0 ||
        !listener.setNonBlocking()) {
        return makeError("proxy_listen_failed",
                         std::string("cannot listen on 127.0.0.1: ") + std::strerror(errno));
    }
    port = ntohs(address.sin_port);
    return listener;
}

} // namespace

Result<std::unique_ptr<FaultProxy>> FaultProxy::start(const std::string& targetHost, int targetPort)
{
    auto target = resolveTarget(targetHost, targetPort);
    if (!target) {
        return target.error();
    }
    int port = 0;
    auto listener = listenOnLoopback(port);
    if (!listener) {
        return listener.error();
    }
    int wake[2] = {-1, -1};
    if (::pipe2(wake, O_CLOEXEC | O_NONBLOCK) != 0) {
        return makeError("proxy_listen_failed", "cannot create the wake-up pipe");
    }
    return std::unique_ptr<FaultProxy>(new FaultProxy(std::move(listener.value()), port,
                                                      target.value(), SocketHandle(wake[0]),
                                                      SocketHandle(wake[1])));
}

FaultProxy::FaultProxy(SocketHandle listener, int port, sockaddr_in target, SocketHandle wakeRead,
                       SocketHandle wakeWrite)
    : m_listener(std::move(listener))
    , m_port(port)
    , m_target(target)
    , m_wakeRead(std::move(wakeRead))
    , m_wakeWrite(std::move(wakeWrite))
{
    m_thread = std::thread([this] { run(); });
}

FaultProxy::~FaultProxy()
{
    {
        const std::lock_guard lock(m_controlMutex);
        m_stopRequested = true;
    }
    wakeLoop();
    m_thread.join();
}

void FaultProxy::wakeLoop() const
{
    const char wake = 'w';
    [[maybe_unused]] const ssize_t written = ::write(m_wakeWrite.get(), &wake, 1);
}

void FaultProxy::resetOpenConnections()
{
    std::unique_lock lock(m_controlMutex);
    const std::uint64_t request = ++m_resetsRequested;
    wakeLoop();
    m_controlDone.wait(lock, [&] { return m_resetsDone >= request || m_loopEnded; });
}

bool FaultProxy::serveControlRequests(std::vector<std::unique_ptr<ProxyConnection>>& connections)
{
    char drained[64];
    while (::read(m_wakeRead.get(), drained, sizeof(drained)) > 0) {
    }
    const std::lock_guard lock(m_controlMutex);
    if (m_stopRequested) {
        return false;
    }
    if (m_resetsDone < m_resetsRequested) {
        for (const auto& connection : connections) {
            connection->resetBothSides();
        }
        m_counters.faultsInjected += connections.size();
        connections.clear();
        m_resetsDone = m_resetsRequested;
        m_controlDone.notify_all();
    }
    return true;
}

void FaultProxy::setFault(const FaultPlan& plan)
{
    const std::lock_guard lock(m_planMutex);
    m_plan = plan;
    m_planConnectionsLeft = -1;
    m_planConnectionsToSkip = 0;
}

void FaultProxy::setFaultForNextConnections(const FaultPlan& plan, int count)
{
    setFaultAfterConnections(plan, 0, count);
}

void FaultProxy::setFaultAfterConnections(const FaultPlan& plan, int skip, int count)
{
    const std::lock_guard lock(m_planMutex);
    m_plan = count > 0 ? plan : FaultPlan::passThrough();
    m_planConnectionsLeft = std::max(count, 0);
    m_planConnectionsToSkip = std::max(skip, 0);
}

FaultPlan FaultProxy::takePlanForNewConnection()
{
    const std::lock_guard lock(m_planMutex);
    if (m_planConnectionsToSkip > 0) {
        --m_planConnectionsToSkip;
        return FaultPlan::passThrough();
    }
    if (m_planConnectionsLeft == 0) {
        return FaultPlan::passThrough();
    }
    if (m_planConnectionsLeft > 0) {
        --m_planConnectionsLeft;
    }
    return m_plan;
}

SocketHandle FaultProxy::connectToTarget() const
{
    // Blocking connect: the targets of these tests are on loopback, which answers at once.
    SocketHandle server(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (!server.isOpen() || ::connect(server.get(), reinterpret_cast<const sockaddr*>(&m_target),
                                      sizeof(m_target)) != 0) {
        return {};
    }
    server.setNoDelay();
    server.setNonBlocking();
    return server;
}

void FaultProxy::acceptPending(std::vector<std::unique_ptr<ProxyConnection>>& connections)
{
    while (true) {
        SocketHandle client(::accept4(m_listener.get(), nullptr, nullptr, SOCK_CLOEXEC));
        if (!client.isOpen()) {
            return; // EAGAIN: nothing more to accept (errors are retried at the next poll)
        }
        m_counters.connectionsAccepted++;
        const FaultPlan plan = takePlanForNewConnection();
        if (plan.kind == FaultKind::ResetImmediately) {
            m_counters.faultsInjected++;
            client.reset();
            continue;
        }
        client.setNoDelay();
        client.setNonBlocking();
        SocketHandle server;
        if (plan.needsUpstream()) {
            server = connectToTarget();
            if (!server.isOpen()) {
                client.reset(); // like a dead server behind a live proxy
                continue;
            }
        }
        connections.push_back(std::make_unique<ProxyConnection>(
            std::move(client), std::move(server), plan, m_counters));
    }
}

void FaultProxy::run()
{
    runLoop();
    const std::lock_guard lock(m_controlMutex);
    m_loopEnded = true; // nobody may wait for a reset that will never happen
    m_controlDone.notify_all();
}

void FaultProxy::runLoop()
{
    std::vector<std::unique_ptr<ProxyConnection>> connections;
    std::vector<pollfd> polls;
    while (true) {
        polls.assign(2 + 2 * connections.size(), pollfd{});
        polls[0] = {m_wakeRead.get(), POLLIN, 0};
        polls[1] = {m_listener.get(), POLLIN, 0};
        std::optional<Clock::time_point> deadline;
        for (std::size_t i = 0; i < connections.size(); ++i) {
            connections[i]->preparePoll(polls[2 + 2 * i], polls[3 + 2 * i]);
            if (const auto next = connections[i]->nextDeadline()) {
                deadline = deadline ? std::min(*deadline, *next) : *next;
            }
        }
        int timeoutMs = -1;
        if (deadline) {
            const auto wait =
                std::chrono::ceil<std::chrono::milliseconds>(*deadline - Clock::now());
            timeoutMs = static_cast<int>(std::max<std::int64_t>(wait.count(), 0));
        }
        if (::poll(polls.data(), polls.size(), timeoutMs) < 0 && errno != EINTR) {
            break;
        }
        if (polls[0].revents != 0 && !serveControlRequests(connections)) {
            break; // the destructor asked us to stop
        }
        const auto now = Clock::now();
        for (std::size_t i = 0; i < connections.size(); ++i) {
            connections[i]->handleEvents(polls[2 + 2 * i].revents, polls[3 + 2 * i].revents, now);
        }
        std::erase_if(connections, [](const auto& connection) { return connection->finished(); });
        if ((polls[1].revents & POLLIN) != 0) {
            acceptPending(connections);
        }
    }
}

} // namespace fitflow::test
