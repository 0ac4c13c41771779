#pragma once
// Sums the financial facts into the overview's rows: documents by their tax point date and
// payments by the day they were received, per period and studio. Pure and exact (cents).

#include "desktop/core/finance/FinanceReport.h"
#include "desktop/storage/finance/FinanceFacts.h"

namespace fitflow::desktop {

class FinanceAggregator {
public:
    static FinanceReport aggregate(const FinanceFacts& facts, FinancePeriod period);

    // The period a YYYY-MM-DD date falls in ("2026-11", "2026-Q4", "2026"); empty when the date
    // is not of that form.
    static QString periodOf(const QString& date, FinancePeriod period);
    // "Organization · Location", or the organization's name alone.
    static QString studioName(const FinanceStudio& studio);
};

} // namespace fitflow::desktop
