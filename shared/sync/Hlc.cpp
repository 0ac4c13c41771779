#include "shared/sync/Hlc.h"

#include <array>

namespace fitflow::sync {
namespace {

constexpr std::size_t kPhysicalDigits = 12;
constexpr std::size_t kCounterDigits = 4;
constexpr std::size_t kDeviceOffset = kPhysicalDigits + 1 + kCounterDigits + 1;
constexpr std::string_view kHexDigits = "0123456789abcdef";

std::string toHex(std::uint64_t value, std::size_t digits)
{
    std::string out(digits, '0');
    for (std::size_t i = digits; i-- > 0;) {
        out[i] = kHexDigits[value & 0xF];
        value >>= 4;
    }
    return out;
}

bool parseHex(std::string_view text, std::uint64_t& value)
{
    value = 0;
    for (const char c : text) {
        const auto digit = kHexDigits.find(c);
        if (digit == std::string_view::npos) {
            return false;
        }
        value = (value << 4) | digit;
    }
    return true;
}

} // namespace

std::string Hlc::toString() const
{
    const auto milliseconds = static_cast<std::uint64_t>(physical.time_since_epoch().count());
    return toHex(milliseconds, kPhysicalDigits) + "-" + toHex(counter, kCounterDigits) + "-" +
           deviceId;
}

Result<Hlc> Hlc::parse(std::string_view text)
{
    std::uint64_t milliseconds = 0;
    std::uint64_t counter = 0;
    if (text.size() <= kDeviceOffset || text[kPhysicalDigits] != '-' ||
        text[kDeviceOffset - 1] != '-' ||
        !parseHex(text.substr(0, kPhysicalDigits), milliseconds) ||
        !parseHex(text.substr(kPhysicalDigits + 1, kCounterDigits), counter)) {
        return makeError("invalid_value", "HLC stamp is not <12 hex>-<4 hex>-<device uuid>");
    }
    const std::string_view device = text.substr(kDeviceOffset);
    if (!isCanonicalUuid(device)) {
        return makeError("invalid_value", "HLC stamp has no canonical device id");
    }
    return Hlc{Instant{std::chrono::milliseconds{static_cast<std::int64_t>(milliseconds)}},
               static_cast<std::uint16_t>(counter), std::string(device)};
}

} // namespace fitflow::sync
