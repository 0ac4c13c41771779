#include "shared/scheduling/CreditPack.h"

#include "SchedulingTestTime.h"

#include <gtest/gtest.h>

namespace fitflow::scheduling {
namespace {

using namespace date::literals;
using namespace std::chrono_literals;
using testing::utcAt;

CreditPack threeForAHundred()
{
    CreditPack pack;
    pack.id = "pack-1";
    pack.clientId = "client-1";
    pack.credits = 3;
    pack.priceCents = 10000;
    pack.purchasedAt = utcAt(2026_y / 1 / 1, 12h);
    pack.expiresAt = utcAt(2026_y / 7 / 1, 0h);
    return pack;
}

const Instant kDuringValidity = utcAt(2026_y / 2 / 1, 12h);

TEST(CreditPack, ConsumingTakesOneCreditPerSessionUntilNoneAreLeft)
{
    auto pack = threeForAHundred();
    for (const char* session : {"s1", "s2", "s3"}) {
        auto next = consumeCredit(pack, session, kDuringValidity);
        ASSERT_TRUE(next.ok()) << next.error().message;
        pack = *next;
    }
    EXPECT_EQ(pack.remaining(), 0);
    const auto exhausted = consumeCredit(pack, "s4", kDuringValidity);
    ASSERT_FALSE(exhausted.ok());
    EXPECT_EQ(exhausted.error().code, "no_credits_left");
}

TEST(CreditPack, ExpiredPackAndDoubleUseAreRefused)
{
    const auto pack = threeForAHundred();
    EXPECT_EQ(consumeCredit(pack, "s1", *pack.expiresAt).error().code, "pack_expired");
    const auto once = consumeCredit(pack, "s1", kDuringValidity).value();
    EXPECT_EQ(consumeCredit(once, "s1", kDuringValidity).error().code, "credit_already_consumed");
}

TEST(CreditPack, InTimeCancellationReturnsTheCreditLateOneForfeitsIt)
{
    const auto used = consumeCredit(threeForAHundred(), "s1", kDuringValidity).value();
    const auto inTime = settleCancellation(used, "s1", {false, 0}).value();
    EXPECT_EQ(inTime.remaining(), 3);
    const auto late = settleCancellation(used, "s1", {true, 4000}).value();
    EXPECT_EQ(late.remaining(), 2);
    EXPECT_EQ(returnCredit(inTime, "s1").error().code, "credit_not_consumed");
}

TEST(CreditPack, RefundIsProRataRoundedHalfUp)
{
    auto pack = threeForAHundred();
    // 2 of 3 unused: 10000 × 2 / 3 = 6666.67 -> 6667.
    pack = consumeCredit(pack, "s1", kDuringValidity).value();
    const auto refund = refundUnusedCredits(pack).value();
    EXPECT_EQ(refund.refundCents, 6667);
    EXPECT_EQ(refund.pack.refundedCents, 6667);

    // 1 of 3 unused: 3333.33 -> 3333.
    pack = consumeCredit(pack, "s2", kDuringValidity).value();
    EXPECT_EQ(refundUnusedCredits(pack).value().refundCents, 3333);

    // 1 of 8 unused at 999 cents: 124.875 -> 125.
    CreditPack eight = threeForAHundred();
    eight.credits = 8;
    eight.priceCents = 999;
    eight.consumedBy = {"a", "b", "c", "d", "e", "f", "g"};
    EXPECT_EQ(refundUnusedCredits(eight).value().refundCents, 125);
}

TEST(CreditPack, ARefundedPackIsClosed)
{
    const auto refunded = refundUnusedCredits(threeForAHundred()).value();
    EXPECT_EQ(refunded.refundCents, 10000);
    EXPECT_EQ(refundUnusedCredits(refunded.pack).error().code, "pack_refunded");
    EXPECT_EQ(consumeCredit(refunded.pack, "s1", kDuringValidity).error().code, "pack_refunded");
}

TEST(CreditPack, InvalidPacksAreRefused)
{
    auto pack = threeForAHundred();
    pack.credits = 0;
    EXPECT_EQ(validateCreditPack(pack).error().code, "invalid_credits");
    pack = threeForAHundred();
    pack.priceCents = -1;
    EXPECT_EQ(validateCreditPack(pack).error().code, "invalid_price");
    pack = threeForAHundred();
    pack.expiresAt = pack.purchasedAt;
    EXPECT_EQ(consumeCredit(pack, "s1", kDuringValidity).error().code, "invalid_expiry");
}

} // namespace
} // namespace fitflow::scheduling
