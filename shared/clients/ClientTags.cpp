#include "shared/clients/ClientTags.h"

#include <algorithm>

namespace fitflow::clients {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string trimmed(const std::string& text)
{
    auto first = text.begin();
    auto last = text.end();
    while (first != last && isSpace(*first)) {
        ++first;
    }
    while (last != first && isSpace(*(last - 1))) {
        --last;
    }
    return {first, last};
}

// Code points of UTF-8 text: every byte that is not a continuation byte starts one.
std::size_t characterCount(const std::string& text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
    }));
}

bool hasControlCharacter(const std::string& text)
{
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x20U || c == 0x7F; });
}

Status invalid(const std::string& message)
{
    return makeError("invalid_value", "tags " + message, "tags");
}

} // namespace

std::vector<std::string> canonicalTags(const std::vector<std::string>& tags)
{
    std::vector<std::string> result;
    for (const auto& tag : tags) {
        auto clean = trimmed(tag);
        if (!clean.empty()) {
            result.push_back(std::move(clean));
        }
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

Status checkTagList(const nlohmann::json& value)
{
    if (!value.is_array()) {
        return invalid("must be an array of strings");
    }
    if (value.size() > kMaxTags) {
        return invalid("must hold at most 20 tags");
    }
    std::vector<std::string> tags;
    for (const auto& tag : value) {
        if (!tag.is_string()) {
            return invalid("must be an array of strings");
        }
        const auto& text = tag.get_ref<const std::string&>();
        const auto characters = characterCount(text);
        if (characters == 0 || characters > kMaxTagCharacters || hasControlCharacter(text)) {
            return invalid("must each be 1 to 32 characters without control characters");
        }
        tags.push_back(text);
    }
    if (canonicalTags(tags) != tags) {
        return invalid("must be trimmed, unique and sorted");
    }
    return {};
}

} // namespace fitflow::clients
