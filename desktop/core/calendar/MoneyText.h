#pragma once
// Money as the desktop shows it: integer cents to "$25.05" (never floating point), with the
// locale's digit grouping and decimal sign.

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace fitflow::desktop {

class MoneyText {
    Q_DECLARE_TR_FUNCTIONS(MoneyText)

public:
    static QString fromCents(std::int64_t cents);
    // A non-negative amount as typed in an input field: "85.00", "85,00" in French (no sign,
    // no grouping, so MoneyInput reads it back unchanged).
    static QString plainFromCents(std::int64_t cents);
};

} // namespace fitflow::desktop
