#include "shared/scheduling/CancellationPolicy.h"

namespace fitflow::scheduling {

Result<CancellationAssessment> assessCancellation(const CancellationPolicy& policy,
                                                  std::chrono::sys_seconds sessionStart,
                                                  std::chrono::sys_seconds cancelledAt)
{
    if (policy.lateWindow < std::chrono::minutes{0}) {
        return makeError("invalid_policy", "late window must not be negative", "late_window");
    }
    if (policy.lateFeeCents < 0) {
        return makeError("invalid_policy", "late fee must not be negative", "late_fee_cents");
    }
    const bool late = cancelledAt > sessionStart - policy.lateWindow;
    return CancellationAssessment{late, late ? policy.lateFeeCents : 0};
}

} // namespace fitflow::scheduling
