#pragma once
// Refresh tokens: opaque 256-bit random strings handed to the client once; the server keeps only
// their SHA-256. Each login starts a family; every refresh rotates to a new token of the same
// family, and presenting a token that is no longer the family's live one revokes the family
// (RFC 6819 §5.2.2.3, OAuth 2.0 Security BCP §4.14).

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace fitflow::auth {

struct NewRefreshToken {
    std::string token;     // give to the client; never store or log
    std::string tokenHash; // store this (lower-case hex SHA-256 of the token text)
};

NewRefreshToken newRefreshToken();

// The hash to look a presented token up by. Tokens that cannot be ours (wrong length or
// alphabet) still hash, and simply match nothing.
std::string hashRefreshToken(std::string_view token);

// True for the shape newRefreshToken() produces: 43 base64url characters (256 bits).
bool looksLikeRefreshToken(std::string_view token);

enum class RefreshTokenState { Active, Rotated, Revoked };

// What storage holds for one token hash.
struct RefreshTokenRecord {
    std::string familyId;
    RefreshTokenState state = RefreshTokenState::Active;
    std::chrono::sys_seconds expiresAt{};
};

enum class RefreshDecision {
    Rotate,        // mark this token rotated, issue the next one in its family
    ReuseDetected, // a dead token came back: revoke the whole family, audit, answer 401
    Expired,       // answer 401; nothing to rotate
    Unknown,       // no such token: answer 401
};

// Pure: `record` is what storage found for the presented token's hash (nothing if none).
// A rotated or revoked token is reuse even after it expired: its family must die either way.
RefreshDecision decideRefresh(const std::optional<RefreshTokenRecord>& record,
                              std::chrono::sys_seconds now);

} // namespace fitflow::auth
