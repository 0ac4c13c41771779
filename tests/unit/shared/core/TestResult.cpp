#include "shared/core/Result.h"

#include <gtest/gtest.h>

namespace fitflow {
namespace {

Result<int> parsePositive(int v)
{
    if (v <= 0) {
        return makeError("out_of_range", "must be positive", "quantity");
    }
    return v;
}

TEST(Result, CarriesValueOrError)
{
    const auto good = parsePositive(3);
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(*good, 3);

    const auto bad = parsePositive(0);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, "out_of_range");
    EXPECT_EQ(bad.error().path, "quantity");
}

TEST(Result, PathPrefixNestsFieldsAndIndexes)
{
    EXPECT_EQ(withPathPrefix(makeError("x", "y", "quantity"), "lines[2]").path, "lines[2].quantity");
    EXPECT_EQ(withPathPrefix(makeError("x", "y", "[0]"), "lines").path, "lines[0]");
    EXPECT_EQ(withPathPrefix(makeError("x", "y"), "lines").path, "lines");
}

TEST(Result, VoidStatus)
{
    const Status fine;
    EXPECT_TRUE(fine.ok());
    const Status failed = makeError("conflict", "already issued");
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, "conflict");
}

} // namespace
} // namespace fitflow
