#include "server/service/auth/Totp.h"

#include "server/service/auth/Base32.h"
#include "server/service/auth/SodiumInit.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdio>

namespace fitflow::auth {
namespace {

std::array<unsigned char, 20> hmacSha1(std::span<const unsigned char> key,
                                       std::span<const unsigned char> message)
{
    std::array<unsigned char, 20> digest{};
    unsigned int length = 0;
    HMAC(EVP_sha1(), key.data(), static_cast<int>(key.size()), message.data(), message.size(),
         digest.data(), &length);
    return digest;
}

bool isDigits(std::string_view code, int digits)
{
    return code.size() == static_cast<std::size_t>(digits) &&
           std::ranges::all_of(code, [](char c) { return c >= '0' && c <= '9'; });
}

// RFC 3986 unreserved characters pass; everything else is %XX (the label may hold '@', ':').
std::string percentEncode(std::string_view text)
{
    std::string encoded;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        const bool alphanumeric =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alphanumeric || c == '-' || c == '.' || c == '_' || c == '~') {
            encoded.push_back(c);
        } else {
            std::array<char, 4> escape{};
            std::snprintf(escape.data(), escape.size(), "%%%02X", byte);
            encoded.append(escape.data(), 3);
        }
    }
    return encoded;
}

} // namespace

std::string hotpCode(std::span<const unsigned char> secret, std::uint64_t counter, int digits)
{
    std::array<unsigned char, 8> message{};
    for (int i = 7; i >= 0; --i) {
        message[static_cast<std::size_t>(i)] = static_cast<unsigned char>(counter & 0xFF);
        counter >>= 8;
    }
    const auto digest = hmacSha1(secret, message);
    // RFC 4226 §5.3 dynamic truncation.
    const std::size_t offset = digest[19] & 0x0F;
    const std::uint32_t binary = (static_cast<std::uint32_t>(digest[offset] & 0x7F) << 24) |
                                 (static_cast<std::uint32_t>(digest[offset + 1]) << 16) |
                                 (static_cast<std::uint32_t>(digest[offset + 2]) << 8) |
                                 static_cast<std::uint32_t>(digest[offset + 3]);
    // RFC 4226 allows 6 to 8 digits; clamping keeps 10^digits inside 32 bits whatever is asked.
    digits = std::clamp(digits, 6, 8);
    std::uint32_t modulus = 1;
    for (int i = 0; i < digits; ++i) {
        modulus *= 10;
    }
    std::string code = std::to_string(binary % modulus);
    code.insert(0, static_cast<std::size_t>(digits) - code.size(), '0');
    return code;
}

std::int64_t totpStep(std::chrono::sys_seconds now, const TotpParameters& parameters)
{
    const auto seconds = now.time_since_epoch().count();
    const auto period = std::max<std::int64_t>(parameters.period.count(), 1);
    // Floor division, so instants before 1970 land in negative steps rather than step 0.
    return seconds >= 0 ? seconds / period : -((-seconds + period - 1) / period);
}

std::string totpCode(std::span<const unsigned char> secret, std::chrono::sys_seconds now,
                     const TotpParameters& parameters)
{
    return hotpCode(secret, static_cast<std::uint64_t>(totpStep(now, parameters)),
                    parameters.digits);
}

Result<std::int64_t> verifyTotp(std::span<const unsigned char> secret, std::string_view code,
                                std::chrono::sys_seconds now,
                                std::optional<std::int64_t> lastAcceptedStep,
                                const TotpParameters& parameters)
{
    if (!isDigits(code, parameters.digits)) {
        return makeError("totp_code_invalid", "a code is exactly the expected number of digits");
    }
    const std::int64_t current = totpStep(now, parameters);
    std::optional<std::int64_t> fresh;
    bool stale = false;
    for (std::int64_t step = current - parameters.window; step <= current + parameters.window;
         ++step) {
        if (step < 0) {
            continue;
        }
        const std::string expected =
            hotpCode(secret, static_cast<std::uint64_t>(step), parameters.digits);
        // Every step is compared in full, so timing says nothing about which (if any) matched.
        const bool equal = sodium_memcmp(expected.data(), code.data(), expected.size()) == 0;
        const bool used = lastAcceptedStep && step <= *lastAcceptedStep;
        if (equal && used) {
            stale = true;
        } else if (equal && !fresh) {
            fresh = step;
        }
    }
    if (fresh) {
        return *fresh;
    }
    if (stale) {
        return makeError("totp_code_reused", "this code, or a later one, was already used");
    }
    return makeError("totp_code_invalid", "the code does not match");
}

std::vector<unsigned char> newTotpSecret()
{
    ensureSodiumInitialised();
    std::vector<unsigned char> secret(20);
    randombytes_buf(secret.data(), secret.size());
    return secret;
}

std::string totpProvisioningUri(std::string_view issuer, std::string_view accountName,
                                std::span<const unsigned char> secret,
                                const TotpParameters& parameters)
{
    return "otpauth://totp/" + percentEncode(issuer) + ":" + percentEncode(accountName) +
           "?secret=" + encodeBase32(secret) + "&issuer=" + percentEncode(issuer) +
           "&algorithm=SHA1&digits=" + std::to_string(parameters.digits) +
           "&period=" + std::to_string(parameters.period.count());
}

} // namespace fitflow::auth
