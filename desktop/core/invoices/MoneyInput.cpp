#include "desktop/core/invoices/MoneyInput.h"

#include <limits>

namespace fitflow::desktop {

namespace {

constexpr std::int64_t kLargestCents = std::numeric_limits<std::int64_t>::max() / 100 - 100;

bool isSeparator(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char(',');
}

bool isIgnorable(QChar c)
{
    return c.isSpace() || c == QLatin1Char('$') || c == QChar(0x00A0) || c == QChar(0x202F);
}

} // namespace

std::optional<std::int64_t> MoneyInput::toCents(const QString& text)
{
    QString kept;
    for (const QChar c : text) {
        if (c.isDigit() || isSeparator(c)) {
            kept.append(c);
        } else if (!isIgnorable(c)) {
            return std::nullopt;
        }
    }
    if (kept.isEmpty() || isSeparator(kept.back())) {
        return std::nullopt;
    }
    // A separator followed by one or two digits at the end is the decimal sign.
    qsizetype decimalAt = -1;
    for (qsizetype i = kept.size() - 1; i >= 0 && i >= kept.size() - 3; --i) {
        if (isSeparator(kept[i])) {
            decimalAt = i;
            break;
        }
    }
    std::int64_t whole = 0;
    const qsizetype wholeEnd = decimalAt >= 0 ? decimalAt : kept.size();
    bool anyDigit = false;
    for (qsizetype i = 0; i < wholeEnd; ++i) {
        if (isSeparator(kept[i])) {
            continue;
        }
        whole = whole * 10 + kept[i].digitValue();
        anyDigit = true;
        if (whole > kLargestCents) {
            return std::nullopt;
        }
    }
    std::int64_t cents = 0;
    if (decimalAt >= 0) {
        const QString fraction = kept.mid(decimalAt + 1);
        cents =
            fraction[0].digitValue() * 10 + (fraction.size() > 1 ? fraction[1].digitValue() : 0);
        anyDigit = true;
    }
    if (!anyDigit) {
        return std::nullopt;
    }
    return whole * 100 + cents;
}

} // namespace fitflow::desktop
