#include "server/service/auth/Base32.h"

#include <cstdint>

namespace fitflow::auth {
namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int symbolValue(char c)
{
    if (c >= 'a' && c <= 'z') {
        c = static_cast<char>(c - 'a' + 'A');
    }
    const auto position = kAlphabet.find(c);
    return position == std::string_view::npos ? -1 : static_cast<int>(position);
}

} // namespace

std::string encodeBase32(std::span<const unsigned char> bytes)
{
    std::string text;
    text.reserve((bytes.size() * 8 + 4) / 5);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const unsigned char byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            text.push_back(kAlphabet[(buffer >> (bits - 5)) & 0x1F]);
            bits -= 5;
        }
    }
    if (bits > 0) {
        text.push_back(kAlphabet[(buffer << (5 - bits)) & 0x1F]);
    }
    return text;
}

Result<std::vector<unsigned char>> decodeBase32(std::string_view text)
{
    std::vector<unsigned char> bytes;
    std::uint32_t buffer = 0;
    int bits = 0;
    std::size_t symbols = 0;
    bool padding = false;
    for (const char c : text) {
        if (c == ' ') {
            continue;
        }
        if (c == '=') {
            padding = true;
            continue;
        }
        const int value = symbolValue(c);
        if (value < 0 || padding) {
            return makeError("invalid_base32", "not RFC 4648 base32 text");
        }
        ++symbols;
        buffer = (buffer << 5) | static_cast<std::uint32_t>(value);
        bits += 5;
        if (bits >= 8) {
            bytes.push_back(static_cast<unsigned char>((buffer >> (bits - 8)) & 0xFF));
            bits -= 8;
        }
    }
    // Valid lengths leave 0, 2, 4, 1 or 3 symbols in the last 8-symbol group (RFC 4648 §6).
    const std::size_t tail = symbols % 8;
    if (tail == 1 || tail == 3 || tail == 6) {
        return makeError("invalid_base32", "base32 text has an impossible length");
    }
    return bytes;
}

} // namespace fitflow::auth
