#pragma once
// What the invoices (not credit notes: they bill nothing) of this device already bill, so a session
// or package is offered for one invoice only: the sessions and packages linked from lines of
// invoices that are not void (voiding frees them), and, for lines made before links existed (no
// session or package), their descriptions, which BillableSessions still matches by text.

#include "shared/core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <set>
#include <vector>

namespace fitflow::desktop::money {

struct BilledItems {
    std::set<QString> sessionIds;
    std::set<QString> packageIds;
    std::vector<QString> unlinkedDescriptions; // unlinked lines of invoices not void
};

// Reads BilledItems from the money tables. Errors: `io_error`.
fitflow::Result<BilledItems> readBilledItems(const QSqlDatabase& db);

} // namespace fitflow::desktop::money
