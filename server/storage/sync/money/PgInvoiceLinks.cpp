#include "server/storage/sync/money/PgInvoiceLinks.h"

#include <pqxx/pqxx>

namespace fitflow::storage::money {

namespace {

std::string linkPath(std::size_t index, const char* field)
{
    return "op.line_links[" + std::to_string(index) + "]." + field;
}

// The client of the visible session or package `id`, or nothing.
std::optional<std::string> billedClient(pqxx::transaction_base& tx, const std::string& orgId,
                                        const char* table, const std::string& id)
{
    const auto row = tx.exec_params(std::string("SELECT client_id::text FROM ") + table +
                                        " WHERE org_id = $1 AND id = $2",
                                    orgId, id);
    if (row.empty()) {
        return std::nullopt;
    }
    return row[0][0].as<std::string>();
}

} // namespace

nlohmann::json lineLinksFromText(const char* text)
{
    auto links = nlohmann::json::parse(text == nullptr ? "[]" : text, nullptr, false);
    return links.is_array() ? links : nlohmann::json::array();
}

Status checkLineLinks(pqxx::transaction_base& tx, const std::string& orgId,
                      const std::string& invoiceId, const sync::money::DraftInvoiceOp& op)
{
    for (std::size_t i = 0; i < op.lineLinks.size(); ++i) {
        const auto& link = op.lineLinks[i];
        const bool session = !link.sessionId.empty();
        const char* field = session ? "session_id" : "package_id";
        const std::string& id = session ? link.sessionId : link.packageId;
        const auto client = billedClient(tx, orgId, session ? "sessions" : "packages", id);
        if (!client) {
            return makeError("not_found", session ? "no such session" : "no such package",
                             linkPath(i, field));
        }
        if (*client != op.clientId) {
            return makeError("invalid_value",
                             session ? "the session is another client's"
                                     : "the package is another client's",
                             linkPath(i, field));
        }
        const auto billing = tx.exec_params1(
            "SELECT invoice_billing_link($1::uuid, NULLIF($2, '')::uuid, NULLIF($3, '')::uuid)",
            invoiceId, link.sessionId, link.packageId);
        if (!billing[0].is_null()) {
            return makeError("already_billed",
                             session ? "the session is already billed by another invoice that "
                                       "is not void (void it first)"
                                     : "the package is already billed by another invoice that "
                                       "is not void (void it first)",
                             linkPath(i, field));
        }
    }
    return {};
}

} // namespace fitflow::storage::money
