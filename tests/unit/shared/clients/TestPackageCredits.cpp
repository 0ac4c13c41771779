#include "shared/clients/PackageCredits.h"

#include <gtest/gtest.h>

#include <vector>

namespace fitflow::clients {
namespace {

using namespace std::chrono;
using scheduling::SessionStatus;

const Instant kStart = *parseUtcInstant("2026-04-10T14:00:00Z");
constexpr minutes kWindow{24 * 60};
constexpr year_month_day kToday{year{2026}, month{4}, day{10}};

PackageSessionUse use(SessionStatus status, std::optional<Instant> recordedAt = std::nullopt)
{
    return {status, kStart, recordedAt};
}

TEST(PackageCredits, CompletedNoShowAndLateCancellationsTakeACredit)
{
    EXPECT_TRUE(takesCredit(use(SessionStatus::Completed), kWindow));
    EXPECT_TRUE(takesCredit(use(SessionStatus::NoShow), kWindow));
    EXPECT_FALSE(takesCredit(use(SessionStatus::Scheduled), kWindow));
    // Cancelled 2 hours before: inside the 24 h window, late.
    EXPECT_TRUE(takesCredit(use(SessionStatus::Cancelled, kStart - hours{2}), kWindow));
    // Cancelled after the start: late too.
    EXPECT_TRUE(takesCredit(use(SessionStatus::Cancelled, kStart + minutes{5}), kWindow));
    // Cancelled 2 days before, exactly at the window's edge, or at an unknown time: in time.
    EXPECT_FALSE(takesCredit(use(SessionStatus::Cancelled, kStart - hours{48}), kWindow));
    EXPECT_FALSE(takesCredit(use(SessionStatus::Cancelled, kStart - kWindow), kWindow));
    EXPECT_FALSE(takesCredit(use(SessionStatus::Cancelled), kWindow));
}

TEST(PackageCredits, RemainingIsTotalMinusUsedAndBookedSessionsAreCountedApart)
{
    const std::vector<PackageSessionUse> sessions{use(SessionStatus::Completed),
                                                  use(SessionStatus::NoShow),
                                                  use(SessionStatus::Cancelled, kStart - hours{1}),
                                                  use(SessionStatus::Cancelled),
                                                  use(SessionStatus::Scheduled),
                                                  use(SessionStatus::Scheduled)};
    const auto credits = packageCredits(5, std::nullopt, sessions, kWindow, kToday);
    EXPECT_EQ(credits.total, 5);
    EXPECT_EQ(credits.used, 3);
    EXPECT_EQ(credits.booked, 2);
    EXPECT_EQ(credits.remaining, 2);
    EXPECT_FALSE(credits.expired);
    EXPECT_FALSE(credits.canBookAnother()); // 3 used + 2 booked = 5
    EXPECT_TRUE(packageCredits(6, std::nullopt, sessions, kWindow, kToday).canBookAnother());
}

TEST(PackageCredits, NeverBelowZero)
{
    const std::vector<PackageSessionUse> sessions(4, use(SessionStatus::Completed));
    const auto credits = packageCredits(3, std::nullopt, sessions, kWindow, kToday);
    EXPECT_EQ(credits.used, 4);
    EXPECT_EQ(credits.remaining, 0);
    EXPECT_FALSE(credits.canBookAnother());
}

TEST(PackageCredits, ExpiredPackageHasNoUsableCreditButTheExpiryDayStillCounts)
{
    const std::vector<PackageSessionUse> sessions{use(SessionStatus::Completed)};
    const auto lastDay = packageCredits(10, kToday, sessions, kWindow, kToday);
    EXPECT_FALSE(lastDay.expired);
    EXPECT_EQ(lastDay.remaining, 9);
    const auto expired =
        packageCredits(10, year_month_day{year{2026}, month{4}, day{9}}, sessions, kWindow, kToday);
    EXPECT_TRUE(expired.expired);
    EXPECT_EQ(expired.remaining, 0);
    EXPECT_EQ(expired.used, 1);
    EXPECT_FALSE(expired.canBookAnother());
}

} // namespace
} // namespace fitflow::clients
