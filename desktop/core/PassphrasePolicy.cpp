#include "desktop/core/PassphrasePolicy.h"

#include <QList>

namespace fitflow::desktop {

PassphrasePolicy::Problem PassphrasePolicy::checkNew(const QString& passphrase,
                                                     const QString& confirmation)
{
    if (passphrase.isEmpty()) {
        return Problem::Empty;
    }
    if (passphrase.toUcs4().size() < kMinimumLength) {
        return Problem::TooShort;
    }
    if (passphrase != confirmation) {
        return Problem::Mismatch;
    }
    return Problem::None;
}

} // namespace fitflow::desktop
