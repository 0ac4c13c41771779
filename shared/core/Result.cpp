#include "shared/core/Result.h"

namespace fitflow {

Error withPathPrefix(Error error, const std::string& prefix)
{
    if (error.path.empty()) {
        error.path = prefix;
    } else if (!error.path.empty() && error.path.front() == '[') {
        error.path = prefix + error.path;
    } else {
        error.path = prefix + "." + error.path;
    }
    return error;
}

} // namespace fitflow
