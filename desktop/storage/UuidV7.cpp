#include "desktop/storage/UuidV7.h"

#include "shared/domain/UuidV7.h"

#include <sodium.h>

#include <chrono>

namespace fitflow::desktop {

// The layout lives in shared/ (one formatter for desktop and server); this side only supplies
// the clock and libsodium's randomness.
QString generateUuidV7()
{
    UuidRandomBytes random{};
    randombytes_buf(random.data(), random.size());
    const auto now =
        std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
    return QString::fromStdString(formatUuidV7(now, random));
}

} // namespace fitflow::desktop
