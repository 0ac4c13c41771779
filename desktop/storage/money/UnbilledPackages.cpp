#include "desktop/storage/money/UnbilledPackages.h"

#include "desktop/storage/SqlStatement.h"

namespace fitflow::desktop::money {

fitflow::Result<std::vector<UnbilledPackage>>
readUnbilledPackages(const QSqlDatabase& db, const std::set<QString>& billedPackageIds)
{
    auto rows = execSql(db, QStringLiteral("SELECT id, org_id, client_id, name, sessions_total,"
                                           " price_cents FROM packages WHERE is_deleted = 0"
                                           " AND client_id IS NOT NULL ORDER BY name, id"));
    if (!rows) {
        return rows.error();
    }
    std::vector<UnbilledPackage> packages;
    while (rows->next()) {
        UnbilledPackage package{rows->value(0).toString(), rows->value(1).toString(),
                                rows->value(2).toString(), rows->value(3).toString(),
                                rows->value(4).toInt(),    rows->value(5).toLongLong()};
        if (!billedPackageIds.contains(package.id)) {
            packages.push_back(std::move(package));
        }
    }
    return packages;
}

} // namespace fitflow::desktop::money
