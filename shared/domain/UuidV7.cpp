#include "shared/domain/UuidV7.h"

#include <algorithm>

namespace fitflow {
namespace {

constexpr std::string_view kHexDigits = "0123456789abcdef";
constexpr std::int64_t kMaxMilliseconds = (std::int64_t{1} << 48) - 1;
constexpr std::size_t kVersionIndex = 14; // first hex digit of the third group
constexpr std::size_t kVariantIndex = 19; // first hex digit of the fourth group

int hexValue(char c)
{
    const auto position = kHexDigits.find(c);
    return position == std::string_view::npos ? -1 : static_cast<int>(position);
}

} // namespace

std::string formatUuid(const UuidBytes& bytes)
{
    std::string text;
    text.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            text += '-';
        }
        text += kHexDigits[bytes[i] >> 4];
        text += kHexDigits[bytes[i] & 0x0F];
    }
    return text;
}

std::string formatUuidV7(Instant time, const UuidRandomBytes& random)
{
    const std::uint64_t milliseconds = static_cast<std::uint64_t>(
        std::clamp<std::int64_t>(time.time_since_epoch().count(), 0, kMaxMilliseconds));
    UuidBytes bytes{};
    for (int i = 0; i < 6; ++i) {
        bytes[static_cast<std::size_t>(i)] =
            static_cast<std::uint8_t>(milliseconds >> (8 * (5 - i)));
    }
    bytes[6] = static_cast<std::uint8_t>(0x70 | (random[0] & 0x0F)); // version 7 + rand_a
    bytes[7] = random[1];
    bytes[8] = static_cast<std::uint8_t>(0x80 | (random[2] & 0x3F)); // variant 10 + rand_b
    std::copy(random.begin() + 3, random.end(), bytes.begin() + 9);

    return formatUuid(bytes);
}

bool isUuidV7(std::string_view text)
{
    if (!isCanonicalUuid(text) || text[kVersionIndex] != '7') {
        return false;
    }
    const int variant = hexValue(text[kVariantIndex]);
    return (variant & 0xC) == 0x8; // binary 10xx
}

std::optional<Instant> uuidV7Time(std::string_view text)
{
    if (!isUuidV7(text)) {
        return std::nullopt;
    }
    std::int64_t milliseconds = 0;
    for (const char c : text.substr(0, 13)) { // 8 + '-' + 4 hex digits = 48 bits
        if (c != '-') {
            milliseconds = (milliseconds << 4) | hexValue(c);
        }
    }
    return Instant{std::chrono::milliseconds{milliseconds}};
}

} // namespace fitflow
