#include "tests/support/faults/ProxyConnection.h"

#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <utility>

namespace fitflow::test {

namespace {

constexpr std::size_t kReadChunk = 64 * 1024;

bool wouldBlock()
{
    return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
}

} // namespace

ProxyConnection::ProxyConnection(SocketHandle client, SocketHandle server, const FaultPlan& plan,
                                 LiveFaultProxyCounters& counters)
    : m_client(std::move(client))
    , m_server(std::move(server))
    , m_plan(plan)
    , m_counters(counters)
{
    if (m_plan.watchesResponses()) {
        m_tracker.emplace(m_plan.minRequestBytes);
    }
    if (m_plan.kind == FaultKind::Blackhole) {
        m_counters.faultsInjected++;
        m_faultInjected = true;
    }
}

bool ProxyConnection::wantsClientRead() const
{
    return !m_clientEof && m_ending == Ending::None && m_toServer.size() < kMaxBufferedBytes;
}

bool ProxyConnection::wantsServerRead() const
{
    return m_server.isOpen() && !m_serverEof &&
           m_toClient.size() + m_stalled.size() < kMaxBufferedBytes;
}

void ProxyConnection::preparePoll(pollfd& client, pollfd& server) const
{
    const auto entry = [](pollfd& poll, const SocketHandle& socket, bool read, bool write) {
        poll.events = static_cast<short>((read ? POLLIN : 0) | (write ? POLLOUT : 0));
        poll.fd = socket.isOpen() && poll.events != 0 ? socket.get() : -1;
        poll.revents = 0;
    };
    entry(client, m_client, wantsClientRead(), !m_toClient.empty());
    entry(server, m_server, wantsServerRead(), !m_toServer.empty());
}

std::optional<ProxyConnection::Clock::time_point> ProxyConnection::nextDeadline() const
{
    std::optional<Clock::time_point> deadline = m_stallUntil;
    if (m_tracker) {
        if (const auto hold = m_tracker->holdDeadline()) {
            deadline = deadline ? std::min(*deadline, *hold) : *hold;
        }
    }
    return deadline;
}

void ProxyConnection::handleEvents(short clientEvents, short serverEvents, Clock::time_point now)
{
    if (((clientEvents | serverEvents) & POLLERR) != 0) {
        resetBothSides();
        return;
    }
    if ((clientEvents & (POLLIN | POLLHUP)) != 0 && wantsClientRead()) {
        readClient(now);
    }
    if (!m_finished && (serverEvents & (POLLIN | POLLHUP)) != 0 && wantsServerRead()) {
        readServer(now);
    }
    if (!m_finished) {
        runTimers(now);
    }
    if (!m_finished) {
        settle();
    }
}

void ProxyConnection::readClient(Clock::time_point now)
{
    std::array<char, kReadChunk> buffer;
    const ssize_t count = ::recv(m_client.get(), buffer.data(), buffer.size(), 0);
    if (count < 0) {
        if (!wouldBlock()) {
            resetBothSides();
        }
        return;
    }
    if (count == 0) {
        m_clientEof = true;
        return;
    }
    const std::string_view chunk(buffer.data(), static_cast<std::size_t>(count));
    if (m_plan.kind == FaultKind::Blackhole) {
        return; // read and forget: the client waits for an answer that never comes
    }
    m_toServer += m_tracker ? m_tracker->takeClientBytes(chunk, now) : std::string(chunk);
}

void ProxyConnection::readServer(Clock::time_point now)
{
    std::array<char, kReadChunk> buffer;
    const ssize_t count = ::recv(m_server.get(), buffer.data(), buffer.size(), 0);
    if (count < 0) {
        if (!wouldBlock()) {
            resetBothSides();
        }
        return;
    }
    if (count == 0) {
        m_serverEof = true;
        return;
    }
    takeServerBytes(std::string_view(buffer.data(), static_cast<std::size_t>(count)), now);
}

void ProxyConnection::takeServerBytes(std::string_view chunk, Clock::time_point now)
{
    if (m_ending != Ending::None) {
        return; // the fault already decided the client gets nothing more
    }
    if (m_tracker && !m_faultInjected) {
        const auto start = m_tracker->observeServerBytes(chunk, now);
        if (start && start->exchange == m_plan.exchange) {
            deliverToClient(chunk.substr(0, start->offset));
            injectFault(chunk.substr(start->offset), now);
            return;
        }
    }
    deliverToClient(chunk);
}

void ProxyConnection::injectFault(std::string_view response, Clock::time_point now)
{
    m_faultInjected = true;
    m_counters.faultsInjected++;
    switch (m_plan.kind) {
    case FaultKind::DropResponseAfterRequest:
        m_server.close(); // the server has answered, so the request was handled
        m_ending = Ending::CloseClientAfterFlush;
        break;
    case FaultKind::ResetAfterResponseBytes:
        m_resetBudget = m_plan.bytes;
        deliverToClient(response); // with a budget of 0 this already ends the connection
        break;
    case FaultKind::StallResponse:
        m_stallUntil = now + m_plan.stall;
        m_stalled.append(response);
        break;
    default:
        deliverToClient(response);
        break;
    }
}

void ProxyConnection::deliverToClient(std::string_view bytes)
{
    if (m_stallUntil) {
        m_stalled.append(bytes);
        return;
    }
    if (m_resetBudget) {
        const std::size_t allowed = std::min(*m_resetBudget, bytes.size());
        m_toClient.append(bytes.substr(0, allowed));
        *m_resetBudget -= allowed;
        if (*m_resetBudget == 0) {
            m_ending = Ending::ResetAfterFlush;
        }
        return;
    }
    m_toClient.append(bytes);
}

void ProxyConnection::runTimers(Clock::time_point now)
{
    if (m_tracker) {
        m_toServer += m_tracker->releaseHeld(now);
    }
    if (m_stallUntil && now >= *m_stallUntil) {
        m_stallUntil.reset();
        const std::string stalled = std::exchange(m_stalled, {});
        deliverToClient(stalled);
    }
}

void ProxyConnection::flush(SocketHandle& socket, std::string& buffer,
                            std::atomic<std::uint64_t>& tally)
{
    while (!m_finished && socket.isOpen() && !buffer.empty()) {
        const ssize_t sent = ::send(socket.get(), buffer.data(), buffer.size(), MSG_NOSIGNAL);
        if (sent < 0) {
            if (!wouldBlock()) {
                resetBothSides();
            }
            return;
        }
        tally += static_cast<std::uint64_t>(sent);
        buffer.erase(0, static_cast<std::size_t>(sent));
    }
}

void ProxyConnection::settle()
{
    flush(m_server, m_toServer, m_counters.bytesClientToServer);
    flush(m_client, m_toClient, m_counters.bytesServerToClient);
    if (m_finished) {
        return;
    }
    if (m_ending != Ending::None) {
        if (m_toClient.empty()) {
            if (m_ending == Ending::ResetAfterFlush) {
                m_client.reset();
                m_server.reset();
            } else {
                m_client.close();
                m_server.close();
            }
            m_finished = true;
        }
        return;
    }
    if (m_plan.kind == FaultKind::Blackhole) {
        m_finished = m_clientEof;
        return;
    }
    const bool clientHeld = m_tracker && m_tracker->holdDeadline().has_value();
    if (m_clientEof && !m_serverWriteShut && m_toServer.empty() && !clientHeld) {
        m_server.shutdownWrite();
        m_serverWriteShut = true;
    }
    if (m_serverEof && !m_clientWriteShut && m_toClient.empty() && !m_stallUntil) {
        m_client.shutdownWrite();
        m_clientWriteShut = true;
    }
    m_finished = m_clientWriteShut && m_serverWriteShut;
}

void ProxyConnection::resetBothSides()
{
    m_client.reset();
    m_server.reset();
    m_finished = true;
}

} // namespace fitflow::test
