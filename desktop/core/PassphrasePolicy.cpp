#include "desktop/core/PassphrasePolicy.h"

#include <QList>
#include <QSet>

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

PassphrasePolicy::Strength PassphrasePolicy::estimate(const QString& passphrase)
{
    const QList<uint> codePoints = passphrase.toUcs4();
    const int length = static_cast<int>(codePoints.size());
    if (length < kMinimumLength) {
        return Strength::TooShort;
    }
    const QSet<uint> distinct(codePoints.cbegin(), codePoints.cend());
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    for (const uint codePoint : codePoints) {
        const char32_t c = static_cast<char32_t>(codePoint);
        lower = lower || QChar::isLower(c);
        upper = upper || QChar::isUpper(c);
        digit = digit || QChar::isDigit(c);
        other = other || !QChar::isLetterOrNumber(c);
    }
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    constexpr int kFewDistinct = 6;
    constexpr int kLongEnough = 20;
    constexpr int kMixedLength = 14;
    if (distinct.size() < kFewDistinct) {
        return Strength::Weak;
    }
    if (length >= kLongEnough || (length >= kMixedLength && classes >= 3)) {
        return Strength::Strong;
    }
    return classes >= 2 ? Strength::Fair : Strength::Weak;
}

} // namespace fitflow::desktop
