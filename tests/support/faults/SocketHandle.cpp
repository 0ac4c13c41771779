#include "tests/support/faults/SocketHandle.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <utility>

namespace fitflow::test {

SocketHandle::SocketHandle(SocketHandle&& other) noexcept
    : m_descriptor(std::exchange(other.m_descriptor, -1))
{
}

SocketHandle& SocketHandle::operator=(SocketHandle&& other) noexcept
{
    if (this != &other) {
        close();
        m_descriptor = std::exchange(other.m_descriptor, -1);
    }
    return *this;
}

void SocketHandle::close()
{
    if (m_descriptor >= 0) {
        ::close(m_descriptor);
        m_descriptor = -1;
    }
}

void SocketHandle::reset()
{
    if (m_descriptor >= 0) {
        const linger hardClose{1, 0};
        ::setsockopt(m_descriptor, SOL_SOCKET, SO_LINGER, &hardClose, sizeof(hardClose));
        close();
    }
}

void SocketHandle::shutdownWrite() const
{
    if (m_descriptor >= 0) {
        ::shutdown(m_descriptor, SHUT_WR);
    }
}

bool SocketHandle::setNonBlocking() const
{
    const int flags = ::fcntl(m_descriptor, F_GETFL, 0);
    return flags >= 0 && ::fcntl(m_descriptor, F_SETFL, flags | O_NONBLOCK) == 0;
}

void SocketHandle::setNoDelay() const
{
    const int on = 1;
    ::setsockopt(m_descriptor, IPPROTO_TCP, TCP_NODELAY, &on, sizeof(on));
}

} // namespace fitflow::test
