#pragma once
// Owns one socket descriptor (or a pipe end): closes it normally (FIN) or with an RST, once.

namespace fitflow::test {

class SocketHandle {
public:
    SocketHandle() = default;
    explicit SocketHandle(int descriptor)
        : m_descriptor(descriptor)
    {
    }
    ~SocketHandle() { close(); }
    SocketHandle(SocketHandle&& other) noexcept;
    SocketHandle& operator=(SocketHandle&& other) noexcept;
    SocketHandle(const SocketHandle&) = delete;
    SocketHandle& operator=(const SocketHandle&) = delete;

    int get() const { return m_descriptor; }
    bool isOpen() const { return m_descriptor >= 0; }

    void close();               // orderly close: the peer reads end of stream
    void reset();               // SO_LINGER 0 then close: the peer gets ECONNRESET
    void shutdownWrite() const; // half-close: the peer reads end of stream, reading goes on
    bool setNonBlocking() const;
    void setNoDelay() const;

private:
    int m_descriptor = -1;
};

} // namespace fitflow::test
