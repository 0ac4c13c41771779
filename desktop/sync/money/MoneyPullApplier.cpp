#include "desktop/sync/money/MoneyPullApplier.h"

#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/SnapshotSeenRepository.h"
#include "desktop/storage/money/MoneyRepository.h"
#include "shared/invoice/InvoiceJson.h"

namespace fitflow::desktop::money {

namespace {

fitflow::Error invalidPage(const std::string& message, const std::string& path = {})
{
    return makeError("invalid_page", message, path);
}

fitflow::Result<bool> hasPending(const QSqlDatabase& db, const std::string& entity,
                                 const std::string& id)
{
    auto pending = OutboxRepository(db).pendingFor(entity, id);
    if (!pending) {
        return pending.error();
    }
    return !pending->empty();
}

} // namespace

bool isMoneyEntity(std::string_view entity)
{
    return entity == "invoice" || entity == "payment" || entity == "number_block";
}

MoneyPullApplier::MoneyPullApplier(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Status MoneyPullApplier::apply(const std::string& orgId, const nlohmann::json& change)
{
    const std::string entity = change.value("entity", std::string());
    const std::string id = change.value("id", std::string());
    const nlohmann::json values = change.value("values", nlohmann::json());
    if (!values.is_object()) {
        return invalidPage("a money change needs \"values\"", "values");
    }
    MoneyRepository money(m_db);
    if (entity == "number_block") {
        auto block = invoice::invoiceNumberBlockFromJson(values);
        if (!block) {
            return withPathPrefix(block.error(), "values");
        }
        return money.addNumberBlock(orgId, id, *block);
    }
    auto pending = hasPending(m_db, entity, id);
    if (!pending) {
        return pending.error();
    }
    if (*pending) {
        return {}; // our own operation is not applied on the server yet: keep the local state
    }
    if (entity == "payment") {
        return money.savePayment({id, orgId, values});
    }
    if (!values.contains("totals") || !values["totals"].is_object() || !values.contains("status") ||
        !values["status"].is_string()) {
        return invalidPage("an invoice needs \"status\" and \"totals\"", "values");
    }
    return money.saveInvoice({id, orgId, values});
}

fitflow::Status MoneyPullApplier::removeUnseen(const std::string& orgId,
                                               SnapshotSeenRepository& seen, int& removed)
{
    MoneyRepository money(m_db);
    for (const std::string entity : {"invoice", "payment"}) {
        const std::string table = entity == "invoice" ? "money_invoices" : "money_payments";
        auto ids = seen.unseenIds(orgId, entity, table);
        if (!ids) {
            return ids.error();
        }
        for (const std::string& id : *ids) {
            auto pending = hasPending(m_db, entity, id);
            if (!pending) {
                return pending.error();
            }
            if (*pending) {
                continue;
            }
            auto gone = entity == "invoice" ? money.removeInvoice(id) : money.removePayment(id);
            if (!gone) {
                return gone;
            }
            ++removed;
        }
    }
    return {};
}

fitflow::Status forgetRejectedMoneyOperation(const QSqlDatabase& db, const std::string& entity,
                                             const std::string& entityId)
{
    if (entity == "number_block") {
        return {};
    }
    auto pending = hasPending(db, entity, entityId);
    if (!pending) {
        return pending.error();
    }
    if (*pending) {
        return {};
    }
    MoneyRepository money(db);
    return entity == "invoice" ? money.removeInvoice(entityId) : money.removePayment(entityId);
}

} // namespace fitflow::desktop::money
