#pragma once
// When a client cancels late, the trainer may charge a fee. The fee is tax-included: this code
// returns its gross cents and the tax engine extracts the tax from it.

#include "shared/core/Result.h"

#include <chrono>
#include <cstdint>

namespace fitflow::scheduling {

struct CancellationPolicy {
    std::chrono::minutes lateWindow{24 * 60}; // cancelling less than this before start is late
    std::int64_t lateFeeCents = 0;            // tax-included
};

struct CancellationAssessment {
    bool late = false;
    std::int64_t feeCents = 0; // 0 when not late

    friend bool operator==(const CancellationAssessment&, const CancellationAssessment&) = default;
};

// A cancellation is late when it happens strictly less than `lateWindow` before the start
// (exactly 24 h before is still in time) or after the start. Fails with "invalid_policy" for a
// negative window or fee.
Result<CancellationAssessment> assessCancellation(const CancellationPolicy& policy,
                                                  std::chrono::sys_seconds sessionStart,
                                                  std::chrono::sys_seconds cancelledAt);

} // namespace fitflow::scheduling
