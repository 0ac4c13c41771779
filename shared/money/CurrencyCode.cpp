#include "shared/money/CurrencyCode.h"

namespace fitflow::money {

Result<CurrencyCode> CurrencyCode::parse(std::string_view text)
{
    if (text.size() != 3) {
        return makeError("invalid_currency", "a currency code has three letters");
    }
    CurrencyCode code;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] < 'A' || text[i] > 'Z') {
            return makeError("invalid_currency", "a currency code is upper-case A-Z");
        }
        code.m_letters[i] = text[i];
    }
    return code;
}

} // namespace fitflow::money
