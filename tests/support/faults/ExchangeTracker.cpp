#include "tests/support/faults/ExchangeTracker.h"

namespace fitflow::test {

ExchangeTracker::ExchangeTracker(std::size_t minRequestBytes)
    : m_minRequestBytes(minRequestBytes == 0 ? 1 : minRequestBytes)
{
}

std::string ExchangeTracker::takeClientBytes(std::string_view chunk, Clock::time_point now)
{
    if (chunk.empty()) {
        return {};
    }
    if (m_mode == Mode::Unknown) {
        m_mode =
            static_cast<std::uint8_t>(chunk.front()) == tls::kHandshake ? Mode::Tls : Mode::Plain;
    }
    if (m_mode == Mode::Plain) {
        noteRequestBytes(chunk.size());
        return std::string(chunk);
    }
    return takeTlsClientBytes(chunk, now);
}

std::string ExchangeTracker::takeTlsClientBytes(std::string_view chunk, Clock::time_point now)
{
    std::string forward;
    for (const TlsRecordSlice& slice : m_clientRecords.scan(chunk)) {
        const std::string_view bytes = chunk.substr(slice.offset, slice.size);
        if (slice.contentType == tls::kApplicationData && slice.startsRecord) {
            ++m_clientApplicationRecords;
        }
        const bool applicationData = slice.contentType == tls::kApplicationData;
        const bool finishedRecord = m_tls13 && m_clientApplicationRecords == 1;
        if (applicationData && finishedRecord && slice.startsRecord) {
            m_finishedAt = now; // the server answers this with its session tickets
        }
        if (applicationData && !finishedRecord && m_tls13 && !m_holdDone && !m_holding) {
            m_holding = true; // first request after the Finished: wait for the session tickets
        }
        if (m_holding) {
            m_held.append(bytes);
            continue;
        }
        if (applicationData && !finishedRecord) {
            noteRequestBytes(bytes.size());
        }
        forward.append(bytes);
    }
    return forward;
}

std::optional<ExchangeTracker::Clock::time_point> ExchangeTracker::holdDeadline() const
{
    if (!m_holding) {
        return std::nullopt;
    }
    if (m_lastTicketAt) {
        return *m_lastTicketAt + kTicketQuietPeriod;
    }
    return m_finishedAt.value_or(Clock::time_point{}) + kTicketWaitLimit;
}

std::string ExchangeTracker::releaseHeld(Clock::time_point now)
{
    const auto deadline = holdDeadline();
    if (!deadline || now < *deadline) {
        return {};
    }
    m_holding = false;
    m_holdDone = true;
    noteRequestBytes(m_held.size());
    return std::move(m_held);
}

std::optional<ExchangeTracker::ResponseStart>
ExchangeTracker::observeServerBytes(std::string_view chunk, Clock::time_point now)
{
    if (chunk.empty() || m_mode == Mode::Unknown) {
        return std::nullopt; // a server that speaks first is not answering a request
    }
    if (m_mode == Mode::Plain) {
        if (!requestComplete()) {
            return std::nullopt;
        }
        m_phase = Phase::Response;
        return ResponseStart{0, m_exchange};
    }
    for (const TlsRecordSlice& slice : m_serverRecords.scan(chunk)) {
        if (slice.contentType != tls::kApplicationData || !slice.startsRecord) {
            continue;
        }
        if (m_clientApplicationRecords == 0) {
            m_tls13 = true; // encrypted handshake before the client's Finished
        }
        if (m_finishedAt && !m_holdDone) {
            m_lastTicketAt = now; // after the Finished, before any request was forwarded
        } else if (requestComplete()) {
            m_phase = Phase::Response;
            return ResponseStart{slice.offset, m_exchange};
        }
    }
    return std::nullopt;
}

void ExchangeTracker::noteRequestBytes(std::size_t count)
{
    if (count == 0) {
        return;
    }
    if (m_phase != Phase::Request) {
        m_phase = Phase::Request;
        ++m_exchange;
        m_requestBytes = 0;
    }
    m_requestBytes += count;
}

bool ExchangeTracker::requestComplete() const
{
    return m_phase == Phase::Request && m_requestBytes >= m_minRequestBytes;
}

} // namespace fitflow::test
