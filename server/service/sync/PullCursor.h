#pragma once
// The opaque pull cursor (docs/sync-protocol.md, "Pull"): where the last page ended and under
// which organization, user, scope, schema and server epoch it was made, signed with
// HMAC-SHA256 so a device can neither forge a position nor carry a cursor to another tenant.
// Text form: base64url(JSON payload) "." base64url(MAC).

#include "shared/core/Result.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace fitflow::sync {

// Keyset position: the last row sent, ordered by (version, entity name, id).
struct PullPosition {
    std::int64_t version = 0;
    std::string entity; // "" before the first row
    std::string id;     // "" before the first row

    friend bool operator==(const PullPosition&, const PullPosition&) = default;
};

struct PullCursor {
    std::string orgId;
    std::string userId;
    PullPosition position;
    std::string scope; // ScopeHash of the page
    int schema = 1;
    std::string epoch;
    bool snapshot = false; // a snapshot is still being sent

    friend bool operator==(const PullCursor&, const PullCursor&) = default;
};

inline constexpr std::size_t kCursorKeyBytes = 32;
using CursorKey = std::array<unsigned char, kCursorKeyBytes>;

// Signs and checks cursors under one server key. Immutable, thread-safe.
class CursorSigner {
public:
    explicit CursorSigner(const CursorKey& key);

    std::string encode(const PullCursor& cursor) const;
    // Error `invalid_cursor` for anything but a cursor this key signed.
    Result<PullCursor> decode(std::string_view text) const;

private:
    CursorKey m_key;
};

} // namespace fitflow::sync
