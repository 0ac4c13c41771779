#include "server/service/auth/SodiumInit.h"

#include <sodium.h>

namespace fitflow::auth {

void ensureSodiumInitialised()
{
    // Returns 1 when already initialised and -1 only when no random source exists, in which
    // case libsodium's own functions abort rather than produce weak keys.
    [[maybe_unused]] static const int initialised = sodium_init();
}

} // namespace fitflow::auth
