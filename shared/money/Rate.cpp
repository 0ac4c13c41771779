#include "shared/money/Rate.h"

namespace fitflow::money {

namespace {

// Parts per million in one hundredth of a percent: the finest step a percent string can carry.
constexpr std::int64_t kPpmPerPercent = 10'000;
constexpr std::size_t kMaxPercentDecimals = 4;
constexpr std::size_t kMaxPercentIntegerDigits = 3;

Error invalidRate(const char* message)
{
    return makeError("invalid_rate", message);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

Result<Rate> Rate::fromPartsPerMillion(std::int64_t partsPerMillion)
{
    if (partsPerMillion < 0 || partsPerMillion > kPartsPerMillion) {
        return invalidRate("a rate lies between 0% and 100%");
    }
    return Rate(partsPerMillion);
}

Result<Rate> Rate::fromPercentString(std::string_view percent)
{
    const std::size_t dot = percent.find('.');
    const std::string_view integerPart = percent.substr(0, dot);
    const std::string_view fractionPart =
        dot == std::string_view::npos ? std::string_view{} : percent.substr(dot + 1);
    if (integerPart.empty() || integerPart.size() > kMaxPercentIntegerDigits) {
        return invalidRate("a percentage has one to three integer digits");
    }
    if (dot != std::string_view::npos &&
        (fractionPart.empty() || fractionPart.size() > kMaxPercentDecimals)) {
        return invalidRate("a percentage has one to four decimals after a dot");
    }
    std::int64_t ppm = 0;
    for (const char c : integerPart) {
        if (!isDigit(c)) {
            return invalidRate("a percentage is written with digits and one dot");
        }
        ppm = ppm * 10 + (c - '0');
    }
    ppm *= kPpmPerPercent;
    std::int64_t scale = kPpmPerPercent / 10;
    for (const char c : fractionPart) {
        if (!isDigit(c)) {
            return invalidRate("a percentage is written with digits and one dot");
        }
        ppm += (c - '0') * scale;
        scale /= 10;
    }
    return fromPartsPerMillion(ppm);
}

std::string Rate::percentString() const
{
    std::string text = std::to_string(m_partsPerMillion / kPpmPerPercent);
    std::int64_t fraction = m_partsPerMillion % kPpmPerPercent;
    if (fraction == 0) {
        return text;
    }
    std::string decimals(kMaxPercentDecimals, '0');
    for (std::size_t i = kMaxPercentDecimals; i > 0; --i) {
        decimals[i - 1] = static_cast<char>('0' + fraction % 10);
        fraction /= 10;
    }
    while (decimals.back() == '0') {
        decimals.pop_back();
    }
    return text + "." + decimals;
}

} // namespace fitflow::money
