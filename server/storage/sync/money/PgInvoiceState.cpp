#include "server/storage/sync/money/PgInvoiceState.h"

#include <pqxx/pqxx>

#include <algorithm>

namespace fitflow::storage::money {

std::int64_t InvoiceState::balanceCents() const
{
    if (!isOpenInvoice()) {
        return 0;
    }
    return std::max<std::int64_t>(0, totalCents - paidCents - creditedCents);
}

std::optional<InvoiceState> lockInvoice(pqxx::transaction_base& transaction,
                                        const std::string& orgId, const std::string& id)
{
    const auto rows = transaction.exec_params(
        "SELECT i.kind, i.status, i.number, i.client_id::text, i.trainer_user_id::text, "
        "i.draft::text, i.total_cents, "
        "coalesce((SELECT sum(p.amount_cents) FROM payments p "
        "          WHERE p.org_id = i.org_id AND p.invoice_id = i.id), 0), "
        "coalesce((SELECT -sum(c.total_cents) FROM invoices c WHERE c.org_id = i.org_id "
        "          AND c.original_invoice_id = i.id AND c.status = 'issued'), 0), "
        "i.recipient_kind "
        "FROM invoices i WHERE i.org_id = $1 AND i.id = $2 FOR UPDATE OF i",
        orgId, id);
    if (rows.empty()) {
        return std::nullopt;
    }
    const auto& row = rows[0];
    InvoiceState state;
    state.id = id;
    state.kind = row[0].as<std::string>();
    state.status = row[1].as<std::string>();
    if (!row[2].is_null()) {
        state.number = row[2].as<std::string>();
    }
    if (!row[3].is_null()) {
        state.clientId = row[3].as<std::string>();
    }
    if (!row[4].is_null()) {
        state.trainerUserId = row[4].as<std::string>();
    }
    state.draft = row[5].is_null() ? nlohmann::json() : nlohmann::json::parse(row[5].c_str());
    state.totalCents = row[6].as<std::int64_t>();
    state.paidCents = row[7].as<std::int64_t>();
    state.creditedCents = row[8].as<std::int64_t>();
    state.recipientKind = row[9].as<std::string>();
    return state;
}

} // namespace fitflow::storage::money
