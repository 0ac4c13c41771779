#include "tests/bench/sync/BenchArguments.h"

#include <charconv>

namespace fitflow::bench {

fitflow::Result<BenchArguments> BenchArguments::parse(const std::vector<std::string>& arguments)
{
    BenchArguments parsed;
    for (std::size_t i = 0; i < arguments.size(); i += 2) {
        const std::string& name = arguments[i];
        if (name.size() < 3 || name.rfind("--", 0) != 0) {
            return makeError("usage", "expected an option --name, got '" + name + "'");
        }
        if (i + 1 >= arguments.size()) {
            return makeError("usage", "option " + name + " needs a value");
        }
        if (!parsed.m_values.emplace(name.substr(2), arguments[i + 1]).second) {
            return makeError("usage", "option " + name + " given twice");
        }
    }
    return parsed;
}

fitflow::Result<std::string> BenchArguments::text(const std::string& name) const
{
    const auto found = m_values.find(name);
    if (found == m_values.end() || found->second.empty()) {
        return makeError("usage", "missing option --" + name);
    }
    return found->second;
}

fitflow::Result<long long> BenchArguments::number(const std::string& name, long long minimum,
                                                  long long maximum) const
{
    auto value = text(name);
    if (!value) {
        return value.error();
    }
    long long parsed = 0;
    const char* end = value->data() + value->size();
    const auto [stop, problem] = std::from_chars(value->data(), end, parsed);
    if (problem != std::errc{} || stop != end || parsed < minimum || parsed > maximum) {
        return makeError("usage", "--" + name + " must be a whole number from " +
                                      std::to_string(minimum) + " to " + std::to_string(maximum));
    }
    return parsed;
}

std::string BenchArguments::textOr(const std::string& name, const std::string& fallback) const
{
    const auto found = m_values.find(name);
    return found == m_values.end() ? fallback : found->second;
}

} // namespace fitflow::bench
