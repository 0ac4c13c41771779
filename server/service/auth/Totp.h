#pragma once
// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) with the parameters authenticator
// apps assume: HMAC-SHA-1, 6 digits, 30-second steps from the Unix epoch. Pure: the clock and the
// last accepted step are arguments; the caller stores the step that verify() returns.

#include "shared/core/Result.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace fitflow::auth {

struct TotpParameters {
    int digits = 6; // 6..8
    std::chrono::seconds period{30};
    int window = 1; // steps accepted either side of the current one
};

// RFC 4226: the `digits`-digit code of `counter` (6..8, clamped), zero-padded.
std::string hotpCode(std::span<const unsigned char> secret, std::uint64_t counter, int digits);

// The time step containing `now` (floor((now - T0) / period), T0 = 0).
std::int64_t totpStep(std::chrono::sys_seconds now, const TotpParameters& parameters = {});

std::string totpCode(std::span<const unsigned char> secret, std::chrono::sys_seconds now,
                     const TotpParameters& parameters = {});

// Checks `code` against the steps now-window..now+window, comparing in constant time and always
// trying every step. Returns the matched step, which the caller stores as the new
// `lastAcceptedStep`: a step at or below it is refused, so each code works once (ASVS 2.8.4).
// Errors: `totp_code_invalid` (wrong, or not `digits` ASCII digits), `totp_code_reused`.
Result<std::int64_t> verifyTotp(std::span<const unsigned char> secret, std::string_view code,
                                std::chrono::sys_seconds now,
                                std::optional<std::int64_t> lastAcceptedStep,
                                const TotpParameters& parameters = {});

// A new 160-bit secret (RFC 4226 §4 recommends 160 bits).
std::vector<unsigned char> newTotpSecret();

// The otpauth://totp/ URI that authenticator apps read from a QR code, e.g.
// otpauth://totp/FitFlow:ana%40example.com?secret=...&issuer=FitFlow&algorithm=SHA1&digits=6&period=30
std::string totpProvisioningUri(std::string_view issuer, std::string_view accountName,
                                std::span<const unsigned char> secret,
                                const TotpParameters& parameters = {});

} // namespace fitflow::auth
