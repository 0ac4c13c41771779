#include "tests/bench/sync/DeviceLoginArguments.h"

#include <cstdlib>

namespace fitflow::bench {

fitflow::Result<DeviceLogin> deviceLoginFrom(const BenchArguments& arguments)
{
    DeviceLogin login;
    for (auto [name, field] :
         {std::pair{"store", &login.storePath}, std::pair{"server", &login.serverUrl},
          std::pair{"ca", &login.caCertPath}, std::pair{"email", &login.email}}) {
        auto value = arguments.text(name);
        if (!value) {
            return value.error();
        }
        *field = std::move(*value);
    }
    const char* password = std::getenv("FITFLOW_PASSWORD");
    if (password == nullptr || *password == '\0') {
        return makeError("usage", "set FITFLOW_PASSWORD to the user's password");
    }
    login.password = password;
    return login;
}

} // namespace fitflow::bench
