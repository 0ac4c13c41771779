#pragma once
// Overwrites a passphrase held in a QByteArray (key material itself lives in storage's
// SecretBytes). QByteArray shares its buffer between copies, so this
// writes through the shared buffer on purpose: every copy of a passphrase is a secret.

#include <QByteArray>

namespace fitflow::desktop {

class SecretWipe {
public:
    static void wipe(QByteArray& secret);
};

} // namespace fitflow::desktop
