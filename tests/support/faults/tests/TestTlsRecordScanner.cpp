#include "tests/support/faults/TlsRecordScanner.h"

#include <gtest/gtest.h>

#include <string>

namespace fitflow::test {
namespace {

std::string record(std::uint8_t type, std::size_t bodySize)
{
    std::string bytes{static_cast<char>(type), '\x03', '\x03',
                      static_cast<char>((bodySize >> 8) & 0xff),
                      static_cast<char>(bodySize & 0xff)};
    bytes.append(bodySize, 'x');
    return bytes;
}

TEST(TlsRecordScanner, SplitsAChunkHoldingSeveralRecords)
{
    TlsRecordScanner scanner;
    const std::string chunk = record(tls::kHandshake, 10) + record(tls::kApplicationData, 300);
    const auto slices = scanner.scan(chunk);
    ASSERT_EQ(slices.size(), 2u);
    EXPECT_EQ(slices[0].contentType, tls::kHandshake);
    EXPECT_EQ(slices[0].offset, 0u);
    EXPECT_EQ(slices[0].size, 15u);
    EXPECT_TRUE(slices[0].startsRecord);
    EXPECT_EQ(slices[1].contentType, tls::kApplicationData);
    EXPECT_EQ(slices[1].offset, 15u);
    EXPECT_EQ(slices[1].size, 305u);
    EXPECT_TRUE(slices[1].startsRecord);
}

TEST(TlsRecordScanner, FollowsRecordsWhoseHeaderAndBodyAreSplitAcrossChunks)
{
    TlsRecordScanner scanner;
    const std::string stream = record(tls::kApplicationData, 20) + record(tls::kAlert, 2);
    const auto first = scanner.scan(std::string_view(stream).substr(0, 3)); // half a header
    ASSERT_EQ(first.size(), 1u);
    EXPECT_TRUE(first[0].startsRecord);
    EXPECT_EQ(first[0].contentType, tls::kApplicationData);

    const auto second = scanner.scan(std::string_view(stream).substr(3, 20)); // rest but 2 bytes
    ASSERT_EQ(second.size(), 1u);
    EXPECT_FALSE(second[0].startsRecord);
    EXPECT_EQ(second[0].size, 20u);

    const auto third = scanner.scan(std::string_view(stream).substr(23));
    ASSERT_EQ(third.size(), 2u);
    EXPECT_FALSE(third[0].startsRecord);
    EXPECT_EQ(third[0].size, 2u);
    EXPECT_TRUE(third[1].startsRecord);
    EXPECT_EQ(third[1].contentType, tls::kAlert);
    EXPECT_EQ(third[1].size, 7u);
}

TEST(TlsRecordScanner, AnEmptyRecordEndsAtItsHeader)
{
    TlsRecordScanner scanner;
    const std::string chunk = record(tls::kChangeCipherSpec, 0) + record(tls::kHandshake, 1);
    const auto slices = scanner.scan(chunk);
    ASSERT_EQ(slices.size(), 2u);
    EXPECT_EQ(slices[0].size, 5u);
    EXPECT_EQ(slices[1].contentType, tls::kHandshake);
    EXPECT_TRUE(slices[1].startsRecord);
}

} // namespace
} // namespace fitflow::test
