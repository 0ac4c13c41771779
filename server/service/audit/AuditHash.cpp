#include "server/service/audit/AuditHash.h"

#include <sodium.h>

namespace fitflow::audit {

namespace {

int hexValue(char digit)
{
    if (digit >= '0' && digit <= '9') {
        return digit - '0';
    }
    if (digit >= 'a' && digit <= 'f') {
        return digit - 'a' + 10;
    }
    if (digit >= 'A' && digit <= 'F') {
        return digit - 'A' + 10;
    }
    return -1;
}

} // namespace

AuditHash sha256(std::string_view bytes)
{
    AuditHash digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()),
                       bytes.size());
    return digest;
}

std::string toHex(const AuditHash& hash)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string text;
    text.reserve(hash.size() * 2);
    for (const unsigned char byte : hash) {
        text.push_back(kDigits[byte >> 4]);
        text.push_back(kDigits[byte & 0x0F]);
    }
    return text;
}

Result<AuditHash> hashFromHex(std::string_view text)
{
    AuditHash hash{};
    if (text.size() != hash.size() * 2) {
        return makeError("invalid_hash", "a hash is 64 hex digits");
    }
    for (std::size_t i = 0; i < hash.size(); ++i) {
        const int high = hexValue(text[2 * i]);
        const int low = hexValue(text[2 * i + 1]);
        if (high < 0 || low < 0) {
            return makeError("invalid_hash", "a hash is 64 hex digits");
        }
        hash[i] = static_cast<unsigned char>(high * 16 + low);
    }
    return hash;
}

} // namespace fitflow::audit
