#include "server/http/RequestJson.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace fitflow::http {

namespace {

std::string_view trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.empty() && isSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isSpace(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

std::string lowered(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

// A parameter such as `charset=utf-8` (quotes allowed) is acceptable unless it names another
// charset: the body is parsed as UTF-8 and anything else would be misread.
bool isAcceptableParameter(std::string_view parameter)
{
    const std::string text = lowered(trimmed(parameter));
    const auto equals = text.find('=');
    if (equals == std::string::npos) {
        return false;
    }
    const std::string_view name = trimmed(std::string_view(text).substr(0, equals));
    std::string_view value = trimmed(std::string_view(text).substr(equals + 1));
    if (name != "charset") {
        return true;
    }
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
        value = value.substr(1, value.size() - 2);
    }
    return value == "utf-8" || value == "utf8";
}

} // namespace

bool isJsonContentType(std::string_view contentType)
{
    const auto semicolon = contentType.find(';');
    if (lowered(trimmed(contentType.substr(0, semicolon))) != "application/json") {
        return false;
    }
    std::string_view rest =
        semicolon == std::string_view::npos ? std::string_view{} : contentType.substr(semicolon);
    while (!rest.empty()) {
        rest.remove_prefix(1); // the ';'
        const auto next = rest.find(';');
        if (!isAcceptableParameter(rest.substr(0, next))) {
            return false;
        }
        rest = next == std::string_view::npos ? std::string_view{} : rest.substr(next);
    }
    return true;
}

Result<nlohmann::json> readRequestJson(const httplib::Request& request, const JsonLimits& limits)
{
    if (!isJsonContentType(request.get_header_value("Content-Type"))) {
        return makeError("unsupported_media_type",
                         "the request body must be application/json (UTF-8)");
    }
    if (request.body.empty()) {
        return makeError("invalid_json", "the request body is empty");
    }
    return parseJson(request.body, limits);
}

Result<nlohmann::json> readRequestJsonObject(const httplib::Request& request,
                                             const JsonLimits& limits)
{
    auto parsed = readRequestJson(request, limits);
    if (parsed && !parsed->is_object()) {
        return makeError("invalid_json", "the request body must be a JSON object");
    }
    return parsed;
}

} // namespace fitflow::http
