#pragma once
// What the FaultProxy does to one proxied connection. A plan is taken by a connection when it is
// accepted; build one with the named constructors, e.g. FaultPlan::dropResponseAfterRequest().

#include <chrono>
#include <cstddef>
#include <string>

namespace fitflow::test {

enum class FaultKind {
    PassThrough,              // forward everything untouched
    DropResponseAfterRequest, // let the server answer, then close both sides, client gets nothing
    ResetImmediately,         // accept, then RST the client at once (never reaches the server)
    ResetAfterResponseBytes,  // forward `bytes` of the response, then RST both sides
    StallResponse,            // hold the response for `stall`, then forward it
    Blackhole,                // accept and read, never answer, never reach the server
};

struct FaultPlan {
    // A response begins once the client has sent this many application bytes beyond the TLS
    // handshake (see ExchangeTracker.h); small enough for any HTTP request.
    static constexpr std::size_t kDefaultMinRequestBytes = 32;

    FaultKind kind = FaultKind::PassThrough;
    // Which request/response exchange on the connection is faulted (0 = the first); earlier
    // exchanges of a keep-alive connection pass through.
    int exchange = 0;
    std::size_t bytes = 0;             // ResetAfterResponseBytes: response bytes let through
    std::chrono::milliseconds stall{}; // StallResponse: how long the response is held
    std::size_t minRequestBytes = kDefaultMinRequestBytes;

    static FaultPlan passThrough() { return {}; }
    static FaultPlan dropResponseAfterRequest(int exchange = 0)
    {
        return withKind(FaultKind::DropResponseAfterRequest, exchange);
    }
    static FaultPlan resetImmediately() { return withKind(FaultKind::ResetImmediately, 0); }
    static FaultPlan resetAfterBytes(std::size_t responseBytes, int exchange = 0)
    {
        FaultPlan plan = withKind(FaultKind::ResetAfterResponseBytes, exchange);
        plan.bytes = responseBytes;
        return plan;
    }
    static FaultPlan stallResponse(std::chrono::milliseconds duration, int exchange = 0)
    {
        FaultPlan plan = withKind(FaultKind::StallResponse, exchange);
        plan.stall = duration;
        return plan;
    }
    static FaultPlan blackhole() { return withKind(FaultKind::Blackhole, 0); }

    // True when the plan acts on a response and so needs to find where responses begin.
    bool watchesResponses() const
    {
        return kind == FaultKind::DropResponseAfterRequest ||
               kind == FaultKind::ResetAfterResponseBytes || kind == FaultKind::StallResponse;
    }
    // True when the connection is forwarded to the target at all.
    bool needsUpstream() const
    {
        return kind != FaultKind::ResetImmediately && kind != FaultKind::Blackhole;
    }

private:
    static FaultPlan withKind(FaultKind kind, int exchange)
    {
        FaultPlan plan;
        plan.kind = kind;
        plan.exchange = exchange;
        return plan;
    }
};

std::string describeFaultPlan(const FaultPlan& plan);

} // namespace fitflow::test
