#pragma once
// The `--name value` options of bench_sync_client, with typed, checked lookups. Benchmarks are
// driven by run-sync-bench.sh, so a missing or malformed option is a clear error, not a guess.

#include "shared/core/Result.h"

#include <map>
#include <string>
#include <vector>

namespace fitflow::bench {

class BenchArguments {
public:
    // Parses `--name value` pairs. Errors: "usage" (a value without a name, a name twice, or a
    // name without a value).
    static fitflow::Result<BenchArguments> parse(const std::vector<std::string>& arguments);

    // Errors: "usage" when the option is missing.
    fitflow::Result<std::string> text(const std::string& name) const;
    // Errors: "usage" when missing, not a whole number, or outside [minimum, maximum].
    fitflow::Result<long long> number(const std::string& name, long long minimum,
                                      long long maximum) const;
    // The option, or `fallback` when it was not given.
    std::string textOr(const std::string& name, const std::string& fallback) const;

private:
    std::map<std::string, std::string> m_values;
};

} // namespace fitflow::bench
