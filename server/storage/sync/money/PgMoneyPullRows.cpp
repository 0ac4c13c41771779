#include "server/storage/sync/money/PgMoneyPullRows.h"

#include "server/storage/TenantTransaction.h"
#include "server/storage/sync/money/PgInvoiceLinks.h"
#include "shared/invoice/InvoiceBalance.h"

#include <pqxx/pqxx>

namespace fitflow::storage::money {

namespace {

using sync::PulledRow;
using sync::PullPosition;
using sync::SyncEntity;

nlohmann::json textOrNull(const pqxx::field& field)
{
    return field.is_null() ? nlohmann::json(nullptr) : nlohmann::json(field.as<std::string>());
}

// Rows after (version, entity, id) in the global order; $2 is the version, $4 the id.
std::string keysetCondition(std::string_view entity, const PullPosition& start)
{
    if (entity < start.entity) {
        return "t.server_version > $2";
    }
    if (entity == start.entity) {
        return "(t.server_version, t.id) > ($2, $4::uuid)";
    }
    return "t.server_version >= $2";
}

// Totals of a row made outside sync (seeded, REST): no tax breakdown is known.
nlohmann::json columnTotals(std::int64_t subtotal, std::int64_t tax, std::int64_t total)
{
    return {{"subtotal_cents", subtotal},
            {"taxes", nlohmann::json::array()},
            {"tax_total_cents", tax},
            {"total_cents", total}};
}

constexpr const char* kInvoiceSelect =
    "SELECT t.id::text, t.server_version, t.kind, t.status, t.number, t.sequence_number, "
    "t.client_id::text, t.location_id::text, t.trainer_user_id::text, "
    "t.original_invoice_id::text, t.currency, t.draft::text, t.totals::text, "
    "t.subtotal_cents, t.tax_cents, t.total_cents, "
    "coalesce((SELECT sum(p.amount_cents) FROM payments p "
    "          WHERE p.org_id = t.org_id AND p.invoice_id = t.id AND p.kind <> 'refund'), 0), "
    "coalesce((SELECT -sum(c.total_cents) FROM invoices c WHERE c.org_id = t.org_id "
    "          AND c.original_invoice_id = t.id AND c.status = 'issued'), 0), "
    // What the lines bill (0017), in line order, as JSON text.
    "coalesce((SELECT json_agg(CASE WHEN l.session_id IS NOT NULL "
    "  THEN json_build_object('line', l.line_no - 1, 'session_id', l.session_id) "
    "  ELSE json_build_object('line', l.line_no - 1, 'package_id', l.package_id) END "
    "  ORDER BY l.line_no) FROM invoice_lines l WHERE l.org_id = t.org_id "
    "  AND l.invoice_id = t.id AND (l.session_id IS NOT NULL OR l.package_id IS NOT NULL)"
    ")::text, '[]'), "
    // The tax point of an issued invoice, also for invoices issued without a draft (demo data).
    "t.tax_point_date::text, "
    // Who it is addressed to, and the supplier numbers snapshotted at issue (0019).
    "t.recipient_kind, t.supplier_gst_hst_number, t.supplier_qst_number, "
    // Refunds given back out of its payments.
    "coalesce((SELECT sum(r.amount_cents) FROM payments r "
    "          WHERE r.org_id = t.org_id AND r.invoice_id = t.id AND r.kind = 'refund'), 0) "
    "FROM invoices t WHERE t.org_id = $1 AND ";

PulledRow invoiceRow(const pqxx::row& row)
{
    const std::string kind = row[2].as<std::string>();
    const std::string status = row[3].as<std::string>();
    const auto total = row[15].as<std::int64_t>();
    const auto paid = row[16].as<std::int64_t>();
    const auto credited = row[17].as<std::int64_t>();
    const auto refunded = row[23].as<std::int64_t>();
    const invoice::InvoiceAmounts amounts{kind == "invoice" && status == "issued", total, credited,
                                          paid, refunded};
    nlohmann::json values{
        {"kind", kind},
        {"status", status},
        {"number", textOrNull(row[4])},
        {"sequence_number",
         row[5].is_null() ? nlohmann::json(nullptr) : nlohmann::json(row[5].as<std::int64_t>())},
        {"client_id", textOrNull(row[6])},
        {"location_id", textOrNull(row[7])},
        {"trainer_id", textOrNull(row[8])},
        {"original_invoice_id", textOrNull(row[9])},
        {"currency", row[10].as<std::string>()},
        {"draft",
         row[11].is_null() ? nlohmann::json(nullptr) : nlohmann::json::parse(row[11].c_str())},
        {"totals", row[12].is_null()
                       ? columnTotals(row[13].as<std::int64_t>(), row[14].as<std::int64_t>(), total)
                       : nlohmann::json::parse(row[12].c_str())},
        {"paid_cents", paid},
        {"credited_cents", credited},
        {"refunded_cents", refunded},
        {"balance_cents", invoice::owedCents(amounts)},
        {"credit_cents", invoice::creditCents(amounts)},
        {"line_links", lineLinksFromText(row[18].c_str())},
        {"tax_point_date", textOrNull(row[19])},
        {"recipient", row[20].as<std::string>()},
        {"supplier_registration_numbers",
         {{"gst_hst", textOrNull(row[21])}, {"qst", textOrNull(row[22])}}},
    };
    return PulledRow{SyncEntity::Invoice,
                     row[0].as<std::string>(),
                     row[1].as<std::int64_t>(),
                     {{"values", std::move(values)}}};
}

constexpr const char* kPaymentSelect =
    "SELECT t.id::text, t.server_version, t.invoice_id::text, t.kind, t.amount_cents, "
    "t.received_on::text, t.recorded_by_user_id::text, t.refunds_payment_id::text "
    "FROM payments t WHERE t.org_id = $1 AND ";

PulledRow paymentRow(const pqxx::row& row)
{
    nlohmann::json values{
        {"invoice_id", row[2].as<std::string>()},    {"method", row[3].as<std::string>()},
        {"amount_cents", row[4].as<std::int64_t>()}, {"received_on", textOrNull(row[5])},
        {"recorded_by", textOrNull(row[6])},         {"refunds_payment_id", textOrNull(row[7])}};
    return PulledRow{SyncEntity::Payment,
                     row[0].as<std::string>(),
                     row[1].as<std::int64_t>(),
                     {{"values", std::move(values)}}};
}

constexpr const char* kBlockSelect =
    "SELECT t.id::text, t.server_version, t.first_number, t.last_number "
    "FROM invoice_number_blocks t WHERE t.org_id = $1 AND ";

PulledRow blockRow(const pqxx::row& row)
{
    const auto first = row[2].as<std::int64_t>();
    nlohmann::json values{{"first", first}, {"count", row[3].as<std::int64_t>() - first + 1}};
    return PulledRow{SyncEntity::NumberBlock,
                     row[0].as<std::string>(),
                     row[1].as<std::int64_t>(),
                     {{"values", std::move(values)}}};
}

struct MoneyTable {
    SyncEntity entity;
    const char* select;
    PulledRow (*render)(const pqxx::row&);
};

constexpr MoneyTable kMoneyTables[] = {
    {SyncEntity::Invoice, kInvoiceSelect, &invoiceRow},
    {SyncEntity::NumberBlock, kBlockSelect, &blockRow},
    {SyncEntity::Payment, kPaymentSelect, &paymentRow},
};

} // namespace

void appendMoneyRows(pqxx::transaction_base& transaction, const sync::PullScope& scope,
                     const PullPosition& start, int maxRows, std::vector<PulledRow>& rows)
{
    for (const MoneyTable& table : kMoneyTables) {
        const auto role = scope.readRoles.find(table.entity);
        if (role == scope.readRoles.end() || !role->second) {
            continue;
        }
        setTenantContext(transaction,
                         TenantContext{scope.orgId, scope.userId,
                                       std::string(enumToName(kRoleNames, *role->second))});
        const auto entity = sync::entityName(table.entity);
        const bool sameEntity = entity == start.entity;
        std::string sql = std::string(table.select) + keysetCondition(entity, start);
        // A device receives its own number blocks only.
        if (table.entity == SyncEntity::NumberBlock) {
            sql += sameEntity ? " AND t.device_id = $5::uuid" : " AND t.device_id = $4::uuid";
        }
        sql += " ORDER BY t.server_version, t.id LIMIT $3";
        pqxx::result result;
        if (table.entity == SyncEntity::NumberBlock) {
            result = sameEntity ? transaction.exec_params(sql, scope.orgId, start.version, maxRows,
                                                          start.id, scope.deviceId)
                                : transaction.exec_params(sql, scope.orgId, start.version, maxRows,
                                                          scope.deviceId);
        } else {
            result = sameEntity ? transaction.exec_params(sql, scope.orgId, start.version, maxRows,
                                                          start.id)
                                : transaction.exec_params(sql, scope.orgId, start.version, maxRows);
        }
        for (const auto& row : result) {
            rows.push_back(table.render(row));
        }
    }
}

} // namespace fitflow::storage::money
