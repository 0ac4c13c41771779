#include "tests/support/faults/FaultPlan.h"

namespace fitflow::test {

std::string describeFaultPlan(const FaultPlan& plan)
{
    const std::string onExchange = " on exchange " + std::to_string(plan.exchange);
    switch (plan.kind) {
    case FaultKind::PassThrough:
        return "pass through";
    case FaultKind::DropResponseAfterRequest:
        return "drop the response" + onExchange;
    case FaultKind::ResetImmediately:
        return "reset immediately";
    case FaultKind::ResetAfterResponseBytes:
        return "reset after " + std::to_string(plan.bytes) + " response bytes" + onExchange;
    case FaultKind::StallResponse:
        return "stall the response " + std::to_string(plan.stall.count()) + " ms" + onExchange;
    case FaultKind::Blackhole:
        return "blackhole";
    }
    return "unknown fault";
}

} // namespace fitflow::test
