#pragma once
// RFC 6238 codes computed independently of server/service/auth/Totp (a second implementation
// straight from the RFC text, on OpenSSL's HMAC-SHA1), so the endpoint tests do not trust the
// code under test to check itself.

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace fitflow::test {

// RFC 4648 base32 without padding, upper case (what the enrol endpoint returns).
inline std::vector<unsigned char> decodeBase32ForTest(const std::string& text)
{
    static const std::string kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    std::vector<unsigned char> bytes;
    unsigned buffer = 0;
    int bits = 0;
    for (const char c : text) {
        const auto value = kAlphabet.find(c);
        if (value == std::string::npos) {
            return {};
        }
        buffer = (buffer << 5) | static_cast<unsigned>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.push_back(static_cast<unsigned char>((buffer >> bits) & 0xFF));
        }
    }
    return bytes;
}

inline std::int64_t currentTotpStep()
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
    return seconds / 30;
}

// The 6-digit code of time step `step` (RFC 4226 §5.3 dynamic truncation).
inline std::string totpCodeForTest(const std::vector<unsigned char>& secret, std::int64_t step)
{
    unsigned char counter[8];
    for (int i = 7; i >= 0; --i) {
        counter[i] = static_cast<unsigned char>(step & 0xFF);
        step >>= 8;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha1(), secret.data(), static_cast<int>(secret.size()), counter, sizeof counter,
         digest, &length);
    const int offset = digest[length - 1] & 0x0F;
    const unsigned binary = ((digest[offset] & 0x7Fu) << 24) | (digest[offset + 1] << 16) |
                            (digest[offset + 2] << 8) | digest[offset + 3];
    char code[7];
    std::snprintf(code, sizeof code, "%06u", binary % 1000000u);
    return code;
}

} // namespace fitflow::test
