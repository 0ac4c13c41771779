#include "shared/scheduling/CreditPack.h"

#include <algorithm>

namespace fitflow::scheduling {
namespace {

bool holdsCredit(const CreditPack& pack, const std::string& sessionId)
{
    return std::find(pack.consumedBy.begin(), pack.consumedBy.end(), sessionId) !=
           pack.consumedBy.end();
}

Status checkOpen(const CreditPack& pack)
{
    if (auto valid = validateCreditPack(pack); !valid) {
        return valid;
    }
    if (pack.refundedCents) {
        return makeError("pack_refunded", "the pack was refunded and is closed", "refunded_cents");
    }
    return {};
}

} // namespace

Status validateCreditPack(const CreditPack& pack)
{
    if (pack.credits < 1 || pack.credits > CreditPack::kMaxCredits) {
        return makeError("invalid_credits", "a pack holds 1 to 1000 credits", "credits");
    }
    if (pack.priceCents < 0 || pack.priceCents > CreditPack::kMaxPriceCents) {
        return makeError("invalid_price", "price out of range", "price_cents");
    }
    if (pack.expiresAt && *pack.expiresAt <= pack.purchasedAt) {
        return makeError("invalid_expiry", "a pack must expire after its purchase", "expires_at");
    }
    if (pack.remaining() < 0) {
        return makeError("invalid_credits", "more credits consumed than bought", "consumed_by");
    }
    return {};
}

Result<CreditPack> consumeCredit(const CreditPack& pack, const std::string& sessionId,
                                 std::chrono::sys_seconds at)
{
    if (auto open = checkOpen(pack); !open) {
        return open.error();
    }
    if (sessionId.empty()) {
        return makeError("missing_field", "session id is empty", "session_id");
    }
    if (pack.expiresAt && at >= *pack.expiresAt) {
        return makeError("pack_expired", "the pack expired before this session", "expires_at");
    }
    if (holdsCredit(pack, sessionId)) {
        return makeError("credit_already_consumed", "this session already used a credit",
                         "session_id");
    }
    if (pack.remaining() == 0) {
        return makeError("no_credits_left", "every credit of the pack is used", "credits");
    }
    CreditPack result = pack;
    result.consumedBy.push_back(sessionId);
    return result;
}

Result<CreditPack> returnCredit(const CreditPack& pack, const std::string& sessionId)
{
    if (auto open = checkOpen(pack); !open) {
        return open.error();
    }
    if (!holdsCredit(pack, sessionId)) {
        return makeError("credit_not_consumed", "this session holds no credit of the pack",
                         "session_id");
    }
    CreditPack result = pack;
    std::erase(result.consumedBy, sessionId);
    return result;
}

Result<CreditPack> settleCancellation(const CreditPack& pack, const std::string& sessionId,
                                      const CancellationAssessment& assessment)
{
    if (assessment.late) {
        if (auto open = checkOpen(pack); !open) {
            return open.error();
        }
        return pack;
    }
    return returnCredit(pack, sessionId);
}

Result<CreditRefund> refundUnusedCredits(const CreditPack& pack)
{
    if (auto open = checkOpen(pack); !open) {
        return open.error();
    }
    // Bounded by kMaxPriceCents × kMaxCredits × 2 < 2^63, so no overflow.
    const std::int64_t numerator = pack.priceCents * pack.remaining();
    const std::int64_t refund = (2 * numerator + pack.credits) / (std::int64_t{2} * pack.credits);
    CreditRefund result{pack, refund};
    result.pack.refundedCents = refund;
    return result;
}

} // namespace fitflow::scheduling
