#include "server/service/sync/PullCursor.h"

#include <gtest/gtest.h>

namespace fitflow::sync {
namespace {

CursorKey keyOf(unsigned char fill)
{
    CursorKey key{};
    key.fill(fill);
    return key;
}

PullCursor sample()
{
    return PullCursor{"01a214d7-890d-74b1-9068-d629ef96f227",
                      "01a214d7-890d-7000-8000-000000000002",
                      PullPosition{812, "client", "01a214d7-890d-7000-8000-000000000001"},
                      "0123456789abcdef0123456789abcdef",
                      1,
                      "9e3bd79f-ac48-45bc-8d83-92afa9fbb04e",
                      true};
}

TEST(PullCursor, RoundTripsUnderTheSameKey)
{
    const CursorSigner signer(keyOf(7));
    const auto decoded = signer.decode(signer.encode(sample()));
    ASSERT_TRUE(decoded) << decoded.error().message;
    EXPECT_EQ(*decoded, sample());
}

TEST(PullCursor, AnotherKeyOrAnyChangedCharacterIsInvalid)
{
    const CursorSigner signer(keyOf(7));
    const std::string text = signer.encode(sample());
    EXPECT_EQ(CursorSigner(keyOf(8)).decode(text).error().code, "invalid_cursor");
    for (std::size_t i = 0; i < text.size(); i += 7) {
        std::string changed = text;
        changed[i] = changed[i] == 'A' ? 'B' : 'A';
        EXPECT_FALSE(signer.decode(changed)) << i;
    }
    EXPECT_FALSE(signer.decode(""));
    EXPECT_FALSE(signer.decode("no-dot"));
}

} // namespace
} // namespace fitflow::sync
