#pragma once
// Strict, typed reading of one JSON object. Each accessor consumes a field; the first failure is
// kept (with its full field path, e.g. "lines[2].quantity") and later calls do nothing and
// return a default. finish() reports that failure or, failing that, the first field nobody read,
// so unknown fields are errors by construction. Usage:
//
//     auto draft = readJsonObject(json, [](JsonReader& r) {
//         Draft d;
//         d.taxPointDate = r.date("tax_point_date");
//         d.lines = r.array("lines", [](JsonReader& line) { return readLine(line); });
//         return d;
//     });   // Result<Draft>
//
// Error codes: missing_field, wrong_type, out_of_range, unknown_field, invalid_value,
// invalid_json (from the text entry point). Messages never contain the offending value.

#include "shared/codec/SafeJsonParser.h"
#include "shared/codec/TextFormats.h"
#include "shared/core/Result.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace fitflow {

// Upper bound for an amount of money in cents ($100 billion): far above any real invoice, and
// low enough that summing a million of them cannot overflow int64.
inline constexpr std::int64_t kMaxCents = 10'000'000'000'000;

class JsonReader {
public:
    // `value` must outlive the reader. A non-object value is recorded as `wrong_type` at `path`.
    explicit JsonReader(const nlohmann::json& value, std::string path = {});

    bool ok() const { return !m_error.has_value(); }
    const std::string& path() const { return m_path; }

    // True if `key` is present and not null. A null field counts as read (absent).
    bool has(std::string_view key);

    std::string string(std::string_view key);
    // A string that must satisfy `isValid`; otherwise `invalid_value` ("expected <expected>").
    template <typename Predicate>
    std::string string(std::string_view key, Predicate isValid, std::string_view expected);
    // A single-line, non-empty string of at most `maxBytes` bytes (names, labels, tags).
    std::string label(std::string_view key, std::size_t maxBytes);
    bool boolean(std::string_view key);
    std::int64_t int64(std::string_view key,
                       std::int64_t min = std::numeric_limits<std::int64_t>::min(),
                       std::int64_t max = std::numeric_limits<std::int64_t>::max());
    // A non-negative amount of money in cents, at most kMaxCents.
    std::int64_t cents(std::string_view key) { return int64(key, 0, kMaxCents); }
    std::chrono::year_month_day date(std::string_view key);
    Instant instant(std::string_view key);
    std::string uuid(std::string_view key);
    // Any JSON value, unchecked (the caller validates it; used for opaque payloads).
    nlohmann::json raw(std::string_view key);

    // One of the names in `table` (an array of EnumName<E>); anything else is `invalid_value`.
    template <typename Table>
    auto enumeration(std::string_view key, const Table& table) -> decltype(table.begin()->value);

    // A nested object, read by `read(JsonReader&)`; its unknown fields are errors too.
    template <typename F>
    auto object(std::string_view key, F&& read) -> std::invoke_result_t<F, JsonReader&>;

    // An array whose elements are objects, each read by `read(JsonReader&)`.
    template <typename F>
    auto array(std::string_view key, F&& read) -> std::vector<std::invoke_result_t<F, JsonReader&>>;
    std::vector<std::string> stringArray(std::string_view key);
    std::vector<std::string> uuidArray(std::string_view key);

    // Records a failure the caller found (cross-field rule); `key` empty means this object.
    void fail(std::string code, std::string message, std::string_view key = {});

    // The first failure, else `unknown_field` for the first field never read.
    Status finish();

private:
    // Marks `key` read and returns it, or records missing_field / wrong_type and returns null.
    const nlohmann::json* field(std::string_view key, nlohmann::json::value_t type,
                                const char* typeName);
    std::string childPath(std::string_view key) const;
    std::string elementPath(std::string_view key, std::size_t index) const;
    void adoptFailure(const Status& status);

    const nlohmann::json& m_value;
    std::string m_path;
    std::set<std::string, std::less<>> m_read;
    std::optional<Error> m_error;
};

// Reads `value` as an object with `read` and checks that every field was read.
template <typename F>
auto readJsonObject(const nlohmann::json& value, F&& read)
    -> Result<std::invoke_result_t<F, JsonReader&>>
{
    JsonReader reader(value);
    auto result = read(reader);
    if (Status status = reader.finish(); !status) {
        return status.error();
    }
    return result;
}

// Text entry point: parseJson with limits, then readJsonObject.
template <typename F>
auto readJsonText(std::string_view text, F&& read, const JsonLimits& limits = {})
    -> Result<std::invoke_result_t<F, JsonReader&>>
{
    auto parsed = parseJson(text, limits);
    if (!parsed) {
        return parsed.error();
    }
    return readJsonObject(*parsed, std::forward<F>(read));
}

template <typename Predicate>
std::string JsonReader::string(std::string_view key, Predicate isValid, std::string_view expected)
{
    std::string text = string(key);
    if (ok() && !isValid(std::string_view(text))) {
        fail("invalid_value", "expected " + std::string(expected), key);
        return {};
    }
    return text;
}

template <typename Table>
auto JsonReader::enumeration(std::string_view key, const Table& table)
    -> decltype(table.begin()->value)
{
    using E = decltype(table.begin()->value);
    const std::string name = string(key);
    if (!ok()) {
        return E{};
    }
    for (const auto& entry : table) {
        if (entry.name == name) {
            return entry.value;
        }
    }
    fail("invalid_value", "not one of the allowed names", key);
    return E{};
}

template <typename F>
auto JsonReader::object(std::string_view key, F&& read) -> std::invoke_result_t<F, JsonReader&>
{
    using T = std::invoke_result_t<F, JsonReader&>;
    const nlohmann::json* value = field(key, nlohmann::json::value_t::object, "an object");
    if (value == nullptr) {
        return T{};
    }
    JsonReader nested(*value, childPath(key));
    T result = read(nested);
    adoptFailure(nested.finish());
    return result;
}

template <typename F>
auto JsonReader::array(std::string_view key, F&& read)
    -> std::vector<std::invoke_result_t<F, JsonReader&>>
{
    using T = std::invoke_result_t<F, JsonReader&>;
    std::vector<T> results;
    const nlohmann::json* value = field(key, nlohmann::json::value_t::array, "an array");
    if (value == nullptr) {
        return results;
    }
    results.reserve(value->size());
    for (std::size_t i = 0; i < value->size() && ok(); ++i) {
        JsonReader element((*value)[i], elementPath(key, i));
        results.push_back(read(element));
        adoptFailure(element.finish());
    }
    if (!ok()) {
        results.clear();
    }
    return results;
}

} // namespace fitflow
