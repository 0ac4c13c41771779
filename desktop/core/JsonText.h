#pragma once
// The string member `key` of a JSON object as a QString: empty when it is absent, null or not a
// string (pulled records and server answers leave optional members out or null).

#include <QString>

#include <nlohmann/json.hpp>

#include <string>

namespace fitflow::desktop {

inline QString jsonText(const nlohmann::json& object, const char* key)
{
    const auto found = object.find(key);
    return found != object.end() && found->is_string()
               ? QString::fromStdString(found->get<std::string>())
               : QString();
}

} // namespace fitflow::desktop
