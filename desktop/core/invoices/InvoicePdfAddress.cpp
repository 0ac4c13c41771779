#include "desktop/core/invoices/InvoicePdfAddress.h"

#include "desktop/storage/EntityRepository.h"
#include "shared/domain/AddressRules.h"

#include <optional>
#include <string>

namespace fitflow::desktop {

namespace {

std::optional<std::string> part(const nlohmann::json& values, const char* key)
{
    const auto found = values.find(key);
    if (found == values.end() || !found->is_string() ||
        found->get_ref<const std::string&>().empty()) {
        return std::nullopt;
    }
    return found->get<std::string>();
}

} // namespace

QStringList locationAddressLines(const QSqlDatabase& db, const QString& locationId)
{
    QStringList lines;
    if (locationId.isEmpty()) {
        return lines;
    }
    const auto rows = EntityRepository(db).allPlainRows(*findSyncedEntity("location"));
    if (!rows) {
        return lines;
    }
    const std::string id = locationId.toStdString();
    for (const PlainRow& row : *rows) {
        if (row.id == id) {
            return addressLinesOf(row.values);
        }
    }
    return lines;
}

QStringList addressLinesOf(const nlohmann::json& values)
{
    QStringList lines;
    const std::string province = part(values, "province").value_or(std::string());
    for (const std::string& line : addressLines(part(values, "street"), part(values, "city"),
                                                province, part(values, "postal_code"))) {
        lines.append(QString::fromStdString(line));
    }
    return lines;
}

} // namespace fitflow::desktop
