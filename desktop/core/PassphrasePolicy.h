#pragma once
// The rule a new store passphrase must meet before any key is derived from it. Kept out of the
// dialog so the rule is stated once and tested without widgets.

#include <QString>

namespace fitflow::desktop {

class PassphrasePolicy {
public:
    // Counted in Unicode code points, so accented letters count once.
    static constexpr int kMinimumLength = 10;

    enum class Problem { None, Empty, TooShort, Mismatch };

    // Checks a new passphrase and its confirmation. Length is reported before mismatch, so the
    // user fixes the passphrase first and the confirmation second.
    static Problem checkNew(const QString& passphrase, const QString& confirmation);

    // Feedback shown while typing. A rough guide, not an entropy proof: length matters most
    // (several words beat symbols), few distinct characters or one repeated class weigh down.
    enum class Strength { TooShort, Weak, Fair, Strong };
    static Strength estimate(const QString& passphrase);
};

} // namespace fitflow::desktop
