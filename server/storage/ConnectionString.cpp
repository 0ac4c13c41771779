#include "server/storage/ConnectionString.h"

namespace fitflow::storage {

std::string withConnectTimeout(std::string_view url, int seconds)
{
    std::string result(url);
    if (result.find("connect_timeout") != std::string::npos) {
        return result;
    }
    const std::string value = "connect_timeout=" + std::to_string(seconds);
    const bool isUri = result.starts_with("postgresql://") || result.starts_with("postgres://");
    if (!isUri) {
        return result.empty() ? value : result + " " + value;
    }
    result += (result.find('?') == std::string::npos) ? "?" : "&";
    return result + value;
}

} // namespace fitflow::storage
