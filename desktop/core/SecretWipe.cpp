#include "desktop/core/SecretWipe.h"

namespace fitflow::desktop {

void SecretWipe::wipe(QByteArray& secret)
{
    // Raw or literal data (no heap block of its own) is read-only and was never a typed secret.
    if (secret.data_ptr().isMutable()) {
        // volatile keeps the compiler from dropping stores to memory that is released right after.
        volatile char* bytes = const_cast<char*>(secret.constData()); // NOLINT: see header
        for (qsizetype i = 0; i < secret.size(); ++i) {
            bytes[i] = 0;
        }
    }
    secret.clear();
}

} // namespace fitflow::desktop
