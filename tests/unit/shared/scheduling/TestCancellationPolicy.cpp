#include "shared/scheduling/CancellationPolicy.h"

#include "SchedulingTestTime.h"

#include <gtest/gtest.h>

namespace fitflow::scheduling {
namespace {

using namespace date::literals;
using namespace std::chrono_literals;
using testing::utcAt;

const CancellationPolicy kDayAheadFortyDollars{24h, 4000};
const Instant kStart = utcAt(2026_y / 5 / 20, 14h);

TEST(CancellationPolicy, OutsideTheWindowIsFree)
{
    const auto assessment = assessCancellation(kDayAheadFortyDollars, kStart, kStart - 25h).value();
    EXPECT_FALSE(assessment.late);
    EXPECT_EQ(assessment.feeCents, 0);
}

TEST(CancellationPolicy, ExactlyAtTheWindowEdgeIsStillInTime)
{
    EXPECT_FALSE(assessCancellation(kDayAheadFortyDollars, kStart, kStart - 24h).value().late);
    EXPECT_TRUE(assessCancellation(kDayAheadFortyDollars, kStart, kStart - 24h + 1s).value().late);
}

TEST(CancellationPolicy, InsideTheWindowOrAfterTheStartChargesTheFee)
{
    EXPECT_EQ(assessCancellation(kDayAheadFortyDollars, kStart, kStart - 2h).value(),
              (CancellationAssessment{true, 4000}));
    EXPECT_EQ(assessCancellation(kDayAheadFortyDollars, kStart, kStart + 10min).value(),
              (CancellationAssessment{true, 4000}));
}

TEST(CancellationPolicy, NegativeWindowOrFeeIsRefused)
{
    EXPECT_EQ(assessCancellation({-1min, 4000}, kStart, kStart).error().path, "late_window");
    EXPECT_EQ(assessCancellation({24h, -1}, kStart, kStart).error().path, "late_fee_cents");
}

} // namespace
} // namespace fitflow::scheduling
