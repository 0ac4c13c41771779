#pragma once

#include "tests/support/faults/TlsRecordScanner.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace fitflow::test {

// Finds where each response begins in a proxied request/response conversation, for plain HTTP
// and for TLS without decrypting it. Not thread-safe; one per connection.
//
// Heuristic (TLS is end to end, so requests are not visible):
// - The first client byte 0x16 (a TLS handshake record) means TLS; anything else is plain bytes.
// - Records are told apart by their clear-text 5-byte headers. Handshake, change-cipher-spec and
//   alert records are never requests or responses.
// - TLS 1.3 is recognised when the server sends application-data records (its encrypted
//   handshake) before the client sent any. The client's first application-data record is then
//   its Finished message, not a request.
// - A TLS 1.3 server sends session tickets right after the client's Finished. To keep them apart
//   from a response, the client's first request is held back until the server, since that
//   Finished, sent at least one record and then stayed quiet for kTicketQuietPeriod (or sent
//   nothing for kTicketWaitLimit). A server cannot answer a request it has not received, so
//   everything it sends before the request is forwarded is post-handshake traffic.
// - A request is the client application data sent since the last response; once at least
//   `minRequestBytes` of it were forwarded, the next server application-data record (plain: the
//   next server byte) begins the response of that exchange.
// Not covered: TLS 0-RTT early data, pipelined requests, post-handshake messages later on.
class ExchangeTracker {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::milliseconds kTicketQuietPeriod{250};
    static constexpr std::chrono::milliseconds kTicketWaitLimit{2000};

    struct ResponseStart {
        std::size_t offset = 0; // within the server chunk
        int exchange = 0;       // 0 = the first request/response on the connection
    };

    explicit ExchangeTracker(std::size_t minRequestBytes);

    // Takes bytes the client sent and returns those that may go to the server now; the rest is
    // held until releaseHeld() lets it go.
    std::string takeClientBytes(std::string_view chunk, Clock::time_point now);
    // While client bytes are held: when releaseHeld() should be called next.
    std::optional<Clock::time_point> holdDeadline() const;
    // Returns the held client bytes once the hold is over, else an empty string.
    std::string releaseHeld(Clock::time_point now);

    // Looks at bytes the server sent; tells where in `chunk` a response begins, if one does.
    std::optional<ResponseStart> observeServerBytes(std::string_view chunk, Clock::time_point now);

private:
    enum class Mode { Unknown, Plain, Tls };
    enum class Phase { Idle, Request, Response };

    void noteRequestBytes(std::size_t count);
    bool requestComplete() const;
    std::string takeTlsClientBytes(std::string_view chunk, Clock::time_point now);

    std::size_t m_minRequestBytes;
    Mode m_mode = Mode::Unknown;
    Phase m_phase = Phase::Idle;
    int m_exchange = -1;
    std::size_t m_requestBytes = 0;

    TlsRecordScanner m_clientRecords;
    TlsRecordScanner m_serverRecords;
    bool m_tls13 = false;
    int m_clientApplicationRecords = 0;

    bool m_holding = false;
    bool m_holdDone = false;
    std::string m_held;
    std::optional<Clock::time_point> m_finishedAt;   // when the client's Finished went through
    std::optional<Clock::time_point> m_lastTicketAt; // the server's last record since then
};

} // namespace fitflow::test
