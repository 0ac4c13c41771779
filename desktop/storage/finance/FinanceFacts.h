#pragma once
// What the financial overview is computed from, read from the local money tables: each issued
// invoice or credit note (credit notes carry negative amounts) and each payment received, with
// the studio (organization and location) it belongs to. Amounts are integer cents.

#include <QString>

#include <cstdint>
#include <vector>

namespace fitflow::desktop {

// The studio a document is counted under: its location, or only its organization when the
// invoice names no location.
struct FinanceStudio {
    QString orgId;
    QString orgName;
    QString locationId; // empty: the organization itself
    QString locationName;
};

struct FinanceDocument {
    FinanceStudio studio;
    QString date; // tax point date, YYYY-MM-DD
    std::int64_t subtotalCents = 0;
    std::int64_t gstCents = 0;
    std::int64_t hstCents = 0;
    std::int64_t qstCents = 0;
    std::int64_t totalCents = 0;
};

struct FinancePayment {
    FinanceStudio studio; // the paid invoice's
    QString date;         // received on, YYYY-MM-DD
    std::int64_t amountCents = 0;
};

struct FinanceFacts {
    std::vector<FinanceDocument> documents;
    std::vector<FinancePayment> payments;
};

} // namespace fitflow::desktop
