#include "shared/money/Money.h"

#include "shared/money/CheckedArithmetic.h"

namespace fitflow::money {

namespace {

Error currencyMismatch()
{
    return makeError("currency_mismatch", "amounts in different currencies cannot be combined");
}

Result<Money> wrap(Result<std::int64_t> cents, CurrencyCode currency)
{
    if (!cents) {
        return cents.error();
    }
    return Money(*cents, currency);
}

} // namespace

Result<Money> Money::plus(const Money& other) const
{
    if (other.m_currency != m_currency) {
        return currencyMismatch();
    }
    return wrap(checkedAdd(m_cents, other.m_cents), m_currency);
}

Result<Money> Money::minus(const Money& other) const
{
    if (other.m_currency != m_currency) {
        return currencyMismatch();
    }
    return wrap(checkedSub(m_cents, other.m_cents), m_currency);
}

Result<Money> Money::times(std::int64_t factor) const
{
    return wrap(checkedMul(m_cents, factor), m_currency);
}

Result<Money> Money::negated() const
{
    return wrap(checkedSub(0, m_cents), m_currency);
}

} // namespace fitflow::money
