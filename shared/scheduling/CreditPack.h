#pragma once
// A prepaid pack of sessions ("10 sessions for $800, valid one year"). Each session consumes
// one credit; a session cancelled in time gets its credit back; unused credits can be
// refunded pro rata, which closes the pack. All operations are pure: they return a new pack.

#include "shared/core/Result.h"
#include "shared/scheduling/CancellationPolicy.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::scheduling {

struct CreditPack {
    static constexpr int kMaxCredits = 1000;
    static constexpr std::int64_t kMaxPriceCents = 100'000'000'00; // $100M keeps math in int64

    std::string id;
    std::string clientId;
    int credits = 0;             // credits bought
    std::int64_t priceCents = 0; // what the client paid for all of them
    std::chrono::sys_seconds purchasedAt{};
    std::optional<std::chrono::sys_seconds> expiresAt; // credits cannot be used from then on
    std::vector<std::string> consumedBy;               // session ids holding a credit
    std::optional<std::int64_t> refundedCents;         // set once the pack is refunded

    int remaining() const { return credits - static_cast<int>(consumedBy.size()); }
    friend bool operator==(const CreditPack&, const CreditPack&) = default;
};

// Checks count (1..1000), price (0..kMaxPriceCents), expiry after purchase.
Status validateCreditPack(const CreditPack& pack);

// Takes one credit for `sessionId` at `at`. Errors: "pack_refunded", "pack_expired",
// "no_credits_left", "credit_already_consumed" (the same session twice).
Result<CreditPack> consumeCredit(const CreditPack& pack, const std::string& sessionId,
                                 std::chrono::sys_seconds at);

// Gives back the credit `sessionId` holds ("credit_not_consumed" if it holds none).
Result<CreditPack> returnCredit(const CreditPack& pack, const std::string& sessionId);

// Settles a cancelled session: in time -> its credit comes back; late -> the credit stays used
// (forfeited), the pack is returned unchanged.
Result<CreditPack> settleCancellation(const CreditPack& pack, const std::string& sessionId,
                                      const CancellationAssessment& assessment);

struct CreditRefund {
    CreditPack pack; // closed: refundedCents set
    std::int64_t refundCents = 0;
};

// Refunds the unused credits: price × remaining / credits, rounded half up to the cent (the
// project-wide rounding rule; e.g. $100.00 for 3 credits, 2 unused -> $66.67). Refunding is
// allowed after expiry; a refunded pack cannot be refunded or used again ("pack_refunded").
Result<CreditRefund> refundUnusedCredits(const CreditPack& pack);

} // namespace fitflow::scheduling
