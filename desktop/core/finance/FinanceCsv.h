#pragma once
// The financial overview as CSV (RFC 4180): UTF-8, a header row, CRLF line ends, fields quoted
// when they hold a comma, a quote or a line break (quotes doubled), amounts as decimal dollars
// with two places ("1234.50", "-12.05") from integer cents, never floating point. The user's own
// contractor invoices (FinanceReport::supplierRows) follow the studios' rows, their Studio field
// reading "Contractor invoices to <studio>", so their tax is never added to a studio's.

#include "desktop/core/finance/FinanceReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace fitflow::desktop {

class FinanceCsv {
    Q_DECLARE_TR_FUNCTIONS(FinanceCsv)

public:
    static QByteArray toCsv(const FinanceReport& report);

    // One field, quoted only when it must be.
    static QString field(const QString& text);
    // "1234.50": no grouping, a point, two places, a leading minus when negative.
    static QString dollars(std::int64_t cents);
};

} // namespace fitflow::desktop
