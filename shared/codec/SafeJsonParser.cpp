#include "shared/codec/SafeJsonParser.h"

#include <set>
#include <string>
#include <vector>

namespace fitflow {
namespace {

// Nesting depth measured on the raw text before the real parse, so a hostile document of a
// million '[' is refused in linear time and never reaches a recursive consumer.
int maxNestingDepth(std::string_view text)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

// Remembers the keys of every object still open, so a repeated key is noticed (nlohmann would
// silently keep the last one, which lets two readers of one document disagree).
class DuplicateKeyDetector {
public:
    bool operator()(int /*depth*/, nlohmann::json::parse_event_t event, nlohmann::json& parsed)
    {
        using Event = nlohmann::json::parse_event_t;
        if (event == Event::object_start) {
            m_openObjects.emplace_back();
        } else if (event == Event::object_end && !m_openObjects.empty()) {
            m_openObjects.pop_back();
        } else if (event == Event::key && !m_openObjects.empty() && parsed.is_string()) {
            const auto& key = parsed.get_ref<const std::string&>();
            if (!m_openObjects.back().insert(key).second && m_duplicate.empty()) {
                m_duplicate = key;
            }
        }
        return true;
    }

    const std::string& firstDuplicate() const { return m_duplicate; }

private:
    std::vector<std::set<std::string>> m_openObjects;
    std::string m_duplicate;
};

} // namespace

Result<nlohmann::json> parseJson(std::string_view text, const JsonLimits& limits)
{
    if (text.size() > limits.maxBytes) {
        return makeError("out_of_range", "JSON document exceeds the size limit");
    }
    if (maxNestingDepth(text) > limits.maxDepth) {
        return makeError("out_of_range", "JSON document is nested too deeply");
    }
    try {
        DuplicateKeyDetector detector;
        // nlohmann copies the callback, so the detector lives here and the lambda refers to it.
        nlohmann::json::parser_callback_t callback = [&detector](int depth, auto event,
                                                                 nlohmann::json& parsed) {
            return detector(depth, event, parsed);
        };
        nlohmann::json value = nlohmann::json::parse(text.begin(), text.end(), callback,
                                                     /*allow_exceptions=*/false);
        if (value.is_discarded()) {
            return makeError("invalid_json", "text is not valid JSON (syntax or UTF-8)");
        }
        if (!detector.firstDuplicate().empty()) {
            return makeError("invalid_json", "object has a duplicate key",
                             detector.firstDuplicate());
        }
        return value;
    } catch (const std::exception&) {
        // Only allocation failure can land here; it must not cross the library boundary.
        return makeError("invalid_json", "JSON document could not be parsed");
    }
}

} // namespace fitflow
