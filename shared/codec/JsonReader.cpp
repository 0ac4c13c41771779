#include "shared/codec/JsonReader.h"

#include <algorithm>

namespace fitflow {

JsonReader::JsonReader(const nlohmann::json& value, std::string path)
    : m_value(value)
    , m_path(std::move(path))
{
    if (!m_value.is_object()) {
        m_error = makeError("wrong_type", "expected an object", m_path);
    }
}

bool JsonReader::has(std::string_view key)
{
    if (!ok()) {
        return false;
    }
    const auto it = m_value.find(key);
    if (it == m_value.end()) {
        return false;
    }
    m_read.emplace(key);
    return !it->is_null();
}

const nlohmann::json* JsonReader::field(std::string_view key, nlohmann::json::value_t type,
                                        const char* typeName)
{
    if (!ok()) {
        return nullptr;
    }
    const auto it = m_value.find(key);
    if (it == m_value.end()) {
        fail("missing_field", "required field is absent", key);
        return nullptr;
    }
    m_read.emplace(key);
    // Integers arrive as signed or unsigned; the caller of int64 asks for either.
    const bool integerWanted = type == nlohmann::json::value_t::number_integer;
    const bool typeMatches = integerWanted ? it->is_number_integer() : it->type() == type;
    if (!typeMatches) {
        fail("wrong_type", std::string("expected ") + typeName, key);
        return nullptr;
    }
    return &*it;
}

std::string JsonReader::string(std::string_view key)
{
    const nlohmann::json* value = field(key, nlohmann::json::value_t::string, "a string");
    return value != nullptr ? value->get<std::string>() : std::string{};
}

std::string JsonReader::label(std::string_view key, std::size_t maxBytes)
{
    std::string text = string(key);
    if (!ok()) {
        return {};
    }
    if (text.empty() || text.size() > maxBytes) {
        fail("out_of_range", "must be 1 to " + std::to_string(maxBytes) + " bytes long", key);
        return {};
    }
    const bool hasControlCharacter = std::any_of(text.begin(), text.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
    });
    if (hasControlCharacter) {
        fail("invalid_value", "must be a single line without control characters", key);
        return {};
    }
    return text;
}

bool JsonReader::boolean(std::string_view key)
{
    const nlohmann::json* value = field(key, nlohmann::json::value_t::boolean, "a boolean");
    return value != nullptr && value->get<bool>();
}

std::int64_t JsonReader::int64(std::string_view key, std::int64_t min, std::int64_t max)
{
    const nlohmann::json* value = field(key, nlohmann::json::value_t::number_integer, "an integer");
    if (value == nullptr) {
        return 0;
    }
    if (value->is_number_unsigned() &&
        value->get<std::uint64_t>() >
            static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        fail("out_of_range", "integer is too large", key);
        return 0;
    }
    const auto number = value->get<std::int64_t>();
    if (number < min || number > max) {
        fail("out_of_range",
             "integer must be between " + std::to_string(min) + " and " + std::to_string(max), key);
        return 0;
    }
    return number;
}

std::chrono::year_month_day JsonReader::date(std::string_view key)
{
    constexpr std::chrono::year_month_day kNoDate{std::chrono::year{1970}, std::chrono::January,
                                                  std::chrono::day{1}};
    const std::string text = string(key);
    if (!ok()) {
        return kNoDate;
    }
    const auto parsed = parseIsoDate(text);
    if (!parsed) {
        fail("invalid_value", "expected a calendar date YYYY-MM-DD", key);
        return kNoDate;
    }
    return *parsed;
}

Instant JsonReader::instant(std::string_view key)
{
    const std::string text = string(key);
    if (!ok()) {
        return Instant{};
    }
    const auto parsed = parseUtcInstant(text);
    if (!parsed) {
        fail("invalid_value", "expected an RFC 3339 UTC instant like 2026-03-15T14:00:00Z", key);
        return Instant{};
    }
    return *parsed;
}

std::string JsonReader::uuid(std::string_view key)
{
    std::string text = string(key);
    if (ok() && !isCanonicalUuid(text)) {
        fail("invalid_value", "expected a lowercase canonical UUID", key);
        return {};
    }
    return text;
}

nlohmann::json JsonReader::raw(std::string_view key)
{
    if (!ok()) {
        return {};
    }
    const auto it = m_value.find(key);
    if (it == m_value.end()) {
        fail("missing_field", "required field is absent", key);
        return {};
    }
    m_read.emplace(key);
    return *it;
}

std::vector<std::string> JsonReader::stringArray(std::string_view key)
{
    std::vector<std::string> results;
    const nlohmann::json* value = field(key, nlohmann::json::value_t::array, "an array");
    if (value == nullptr) {
        return results;
    }
    for (std::size_t i = 0; i < value->size(); ++i) {
        if (!(*value)[i].is_string()) {
            m_error = makeError("wrong_type", "expected a string", elementPath(key, i));
            return {};
        }
        results.push_back((*value)[i].get<std::string>());
    }
    return results;
}

std::vector<std::string> JsonReader::uuidArray(std::string_view key)
{
    std::vector<std::string> results = stringArray(key);
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (!isCanonicalUuid(results[i])) {
            m_error = makeError("invalid_value", "expected a lowercase canonical UUID",
                                elementPath(key, i));
            return {};
        }
    }
    return results;
}

void JsonReader::fail(std::string code, std::string message, std::string_view key)
{
    if (ok()) {
        m_error =
            makeError(std::move(code), std::move(message), key.empty() ? m_path : childPath(key));
    }
}

Status JsonReader::finish()
{
    if (m_error) {
        return *m_error;
    }
    for (const auto& [key, unused] : m_value.items()) {
        if (!m_read.contains(key)) {
            return makeError("unknown_field", "field is not part of this object", childPath(key));
        }
    }
    return {};
}

std::string JsonReader::childPath(std::string_view key) const
{
    return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

std::string JsonReader::elementPath(std::string_view key, std::size_t index) const
{
    return childPath(key) + "[" + std::to_string(index) + "]";
}

void JsonReader::adoptFailure(const Status& status)
{
    if (!status && ok()) {
        m_error = status.error();
    }
}

} // namespace fitflow
