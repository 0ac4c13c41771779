#include "server/storage/sync/money/PgInvoiceState.h"

#include <pqxx/pqxx>

namespace fitflow::storage::money {

invoice::InvoiceAmounts InvoiceState::amounts() const
{
    return invoice::InvoiceAmounts{isOpenInvoice(), totalCents, creditedCents, paidCents,
                                   refundedCents};
}

std::int64_t InvoiceState::balanceCents() const
{
    return invoice::owedCents(amounts());
}

std::optional<InvoiceState> lockInvoice(pqxx::transaction_base& transaction,
                                        const std::string& orgId, const std::string& id)
{
    const auto rows = transaction.exec_params(
        "SELECT i.kind, i.status, i.number, i.client_id::text, i.trainer_user_id::text, "
        "i.draft::text, i.total_cents, "
        "coalesce((SELECT sum(p.amount_cents) FROM payments p "
        "          WHERE p.org_id = i.org_id AND p.invoice_id = i.id AND p.kind <> 'refund'), 0), "
        "coalesce((SELECT -sum(c.total_cents) FROM invoices c WHERE c.org_id = i.org_id "
        "          AND c.original_invoice_id = i.id AND c.status = 'issued'), 0), "
        "i.recipient_kind, "
        "coalesce((SELECT sum(r.amount_cents) FROM payments r "
        "          WHERE r.org_id = i.org_id AND r.invoice_id = i.id AND r.kind = 'refund'), 0) "
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
    state.refundedCents = row[10].as<std::int64_t>();
    return state;
}

} // namespace fitflow::storage::money
