#pragma once
// The live packages of this store that no invoice bills yet (see BilledItems), as an invoice
// line needs them: name, credits and price, for the New invoice dialog and "Invoice package…".

#include "shared/core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <set>
#include <vector>

namespace fitflow::desktop::money {

struct UnbilledPackage {
    QString id;
    QString orgId;
    QString clientId;
    QString name;
    int credits = 0;
    qint64 priceCents = 0;
};

// Packages not deleted and not in `billedPackageIds`, by name. Errors: `io_error`.
fitflow::Result<std::vector<UnbilledPackage>>
readUnbilledPackages(const QSqlDatabase& db, const std::set<QString>& billedPackageIds);

} // namespace fitflow::desktop::money
