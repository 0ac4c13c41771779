#include "tests/support/faults/ExchangeTracker.h"

#include <gtest/gtest.h>

#include <string>

namespace fitflow::test {
namespace {

using Clock = ExchangeTracker::Clock;
using namespace std::chrono_literals;

std::string record(std::uint8_t type, std::size_t bodySize, char fill = 'x')
{
    std::string bytes{static_cast<char>(type), '\x03', '\x03',
                      static_cast<char>((bodySize >> 8) & 0xff),
                      static_cast<char>(bodySize & 0xff)};
    bytes.append(bodySize, fill);
    return bytes;
}

const Clock::time_point kStart{};

TEST(ExchangeTracker, PlainBytesAlternateBetweenRequestAndResponse)
{
    ExchangeTracker tracker(4);
    EXPECT_EQ(tracker.takeClientBytes("GET / HTTP/1.1\r\n\r\n", kStart), "GET / HTTP/1.1\r\n\r\n");
    const auto first = tracker.observeServerBytes("HTTP/1.1 200 OK", kStart);
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->offset, 0u);
    EXPECT_EQ(first->exchange, 0);
    EXPECT_FALSE(tracker.observeServerBytes("more body", kStart).has_value());

    (void)tracker.takeClientBytes("GET /2 HTTP/1.1\r\n\r\n", kStart);
    const auto second = tracker.observeServerBytes("HTTP/1.1 200 OK", kStart);
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->exchange, 1);
}

TEST(ExchangeTracker, TooFewRequestBytesDoNotMakeAResponse)
{
    ExchangeTracker tracker(10);
    (void)tracker.takeClientBytes("GET", kStart);
    EXPECT_FALSE(tracker.observeServerBytes("HTTP", kStart).has_value());
}

TEST(ExchangeTracker, Tls12ResponseIsTheFirstServerApplicationDataAfterTheRequest)
{
    ExchangeTracker tracker(32);
    const std::string clientHello = record(tls::kHandshake, 200);
    EXPECT_EQ(tracker.takeClientBytes(clientHello, kStart), clientHello);
    EXPECT_FALSE(tracker.observeServerBytes(record(tls::kHandshake, 900), kStart).has_value());
    const std::string clientFinish = record(tls::kHandshake, 70) +
                                     record(tls::kChangeCipherSpec, 1) +
                                     record(tls::kHandshake, 40);
    EXPECT_EQ(tracker.takeClientBytes(clientFinish, kStart), clientFinish);
    EXPECT_FALSE(tracker
                     .observeServerBytes(
                         record(tls::kChangeCipherSpec, 1) + record(tls::kHandshake, 40), kStart)
                     .has_value());
    const std::string request = record(tls::kApplicationData, 120);
    EXPECT_EQ(tracker.takeClientBytes(request, kStart), request); // TLS 1.2: nothing held
    const std::string handshakeTail = record(tls::kHandshake, 3);
    const auto start =
        tracker.observeServerBytes(handshakeTail + record(tls::kApplicationData, 500), kStart);
    ASSERT_TRUE(start.has_value());
    EXPECT_EQ(start->offset, handshakeTail.size());
    EXPECT_EQ(start->exchange, 0);
}

TEST(ExchangeTracker, Tls13HoldsTheFirstRequestUntilTheSessionTicketsPassed)
{
    ExchangeTracker tracker(32);
    (void)tracker.takeClientBytes(record(tls::kHandshake, 250), kStart);
    // ServerHello, then the encrypted handshake as application-data records: TLS 1.3.
    EXPECT_FALSE(tracker
                     .observeServerBytes(
                         record(tls::kHandshake, 90) + record(tls::kApplicationData, 800), kStart)
                     .has_value());
    const std::string finished =
        record(tls::kChangeCipherSpec, 1) + record(tls::kApplicationData, 53, 'f');
    const std::string request = record(tls::kApplicationData, 150, 'r');
    EXPECT_EQ(tracker.takeClientBytes(finished + request, kStart), finished);
    ASSERT_TRUE(tracker.holdDeadline().has_value());
    EXPECT_EQ(*tracker.holdDeadline(), kStart + ExchangeTracker::kTicketWaitLimit);

    // Two session tickets: not a response, and each one restarts the quiet period.
    EXPECT_FALSE(
        tracker.observeServerBytes(record(tls::kApplicationData, 200), kStart + 5ms).has_value());
    EXPECT_FALSE(
        tracker.observeServerBytes(record(tls::kApplicationData, 200), kStart + 8ms).has_value());
    EXPECT_EQ(*tracker.holdDeadline(), kStart + 8ms + ExchangeTracker::kTicketQuietPeriod);
    EXPECT_EQ(tracker.releaseHeld(kStart + 100ms), "");
    EXPECT_EQ(tracker.releaseHeld(kStart + 8ms + ExchangeTracker::kTicketQuietPeriod), request);
    EXPECT_FALSE(tracker.holdDeadline().has_value());

    const auto response = tracker.observeServerBytes(record(tls::kApplicationData, 400), kStart);
    ASSERT_TRUE(response.has_value());
    EXPECT_EQ(response->exchange, 0);

    // The next request on the kept-alive connection is not held.
    const std::string secondRequest = record(tls::kApplicationData, 150, 's');
    EXPECT_EQ(tracker.takeClientBytes(secondRequest, kStart + 1s), secondRequest);
    const auto secondResponse =
        tracker.observeServerBytes(record(tls::kApplicationData, 400), kStart + 1s);
    ASSERT_TRUE(secondResponse.has_value());
    EXPECT_EQ(secondResponse->exchange, 1);
}

TEST(ExchangeTracker, Tls13TicketsThatCameBeforeTheRequestShortenTheHold)
{
    ExchangeTracker tracker(32);
    (void)tracker.takeClientBytes(record(tls::kHandshake, 250), kStart);
    (void)tracker.observeServerBytes(record(tls::kApplicationData, 800), kStart);
    const std::string finished = record(tls::kApplicationData, 53, 'f');
    EXPECT_EQ(tracker.takeClientBytes(finished, kStart), finished);
    EXPECT_FALSE(tracker.holdDeadline().has_value()); // nothing held yet
    EXPECT_FALSE(
        tracker.observeServerBytes(record(tls::kApplicationData, 200), kStart + 1ms).has_value());

    // A slow client sends its request long after the tickets: it goes through at once.
    const auto late = kStart + 1ms + ExchangeTracker::kTicketQuietPeriod + 1s;
    const std::string request = record(tls::kApplicationData, 150, 'r');
    EXPECT_EQ(tracker.takeClientBytes(request, late), "");
    ASSERT_TRUE(tracker.holdDeadline().has_value());
    EXPECT_LE(*tracker.holdDeadline(), late);
    EXPECT_EQ(tracker.releaseHeld(late), request);
    EXPECT_TRUE(tracker.observeServerBytes(record(tls::kApplicationData, 400), late).has_value());
}

TEST(ExchangeTracker, Tls13ServerAlertAfterAResponseIsNotANewResponse)
{
    ExchangeTracker tracker(32);
    (void)tracker.takeClientBytes(record(tls::kHandshake, 250), kStart);
    (void)tracker.observeServerBytes(record(tls::kApplicationData, 800), kStart);
    (void)tracker.takeClientBytes(record(tls::kApplicationData, 53), kStart);
    (void)tracker.takeClientBytes(record(tls::kApplicationData, 150), kStart);
    (void)tracker.releaseHeld(kStart + ExchangeTracker::kTicketWaitLimit);
    ASSERT_TRUE(tracker.observeServerBytes(record(tls::kApplicationData, 400), kStart).has_value());
    // An encrypted close_notify (TLS 1.3 hides alerts in application-data records).
    EXPECT_FALSE(tracker.observeServerBytes(record(tls::kApplicationData, 19), kStart).has_value());
}

} // namespace
} // namespace fitflow::test
