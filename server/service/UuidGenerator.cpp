#include "server/service/UuidGenerator.h"

#include <sodium.h>

namespace fitflow::service {

std::string UuidGenerator::newV7(std::chrono::system_clock::time_point now)
{
    const auto millis = static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count());
    std::array<std::uint8_t, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    for (int i = 0; i < 6; ++i) {
        bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(millis >> (40 - 8 * i));
    }
    bytes[6] = static_cast<std::uint8_t>(0x70 | (bytes[6] & 0x0F)); // version 7
    bytes[8] = static_cast<std::uint8_t>(0x80 | (bytes[8] & 0x3F)); // RFC 4122 variant
    return format(bytes);
}

std::string UuidGenerator::format(const std::array<std::uint8_t, 16>& bytes)
{
    constexpr char kHex[] = "0123456789abcdef";
    std::string text;
    text.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            text.push_back('-');
        }
        text.push_back(kHex[bytes[i] >> 4]);
        text.push_back(kHex[bytes[i] & 0x0F]);
    }
    return text;
}

} // namespace fitflow::service
