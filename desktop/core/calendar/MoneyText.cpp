#include "desktop/core/calendar/MoneyText.h"

#include <QLocale>

namespace fitflow::desktop {

QString MoneyText::fromCents(std::int64_t cents)
{
    const QLocale locale;
    const bool negative = cents < 0;
    const std::int64_t magnitude = negative ? -cents : cents;
    const QString amount = tr("$%1%2%3").arg(
        locale.toString(static_cast<qlonglong>(magnitude / 100)), locale.decimalPoint(),
        QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0')));
    return negative ? locale.negativeSign() + amount : amount;
}

QString MoneyText::plainFromCents(std::int64_t cents)
{
    return QStringLiteral("%1%2%3")
        .arg(cents / 100)
        .arg(QLocale().decimalPoint())
        .arg(cents % 100, 2, 10, QLatin1Char('0'));
}

} // namespace fitflow::desktop
