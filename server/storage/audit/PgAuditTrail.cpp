#include "server/storage/audit/PgAuditTrail.h"

#include "server/storage/PgErrors.h"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include <stdexcept>

namespace fitflow::storage {

namespace {

// Absent ids travel as '' and become NULL in SQL (libpqxx 6 has no optional parameters).
std::string orEmpty(const std::optional<std::string>& value)
{
    return value.value_or(std::string());
}

} // namespace

PgAuditTrail::PgAuditTrail(ConnectionPool& pool)
    : m_pool(pool)
{
}

Result<audit::AuditReceipt> PgAuditTrail::append(const audit::AuditEvent& event)
{
    if (auto valid = audit::validateAuditEvent(event); !valid) {
        return valid.error();
    }
    auto lease = m_pool.acquire();
    if (!lease) {
        return lease.error();
    }
    try {
        pqxx::work transaction(lease->connection());
        auto receipt = appendAuditEvent(transaction, event);
        transaction.commit();
        return receipt;
    } catch (...) {
        return errorFromCurrentException("append an audit event");
    }
}

audit::AuditReceipt appendAuditEvent(pqxx::transaction_base& transaction,
                                     const audit::AuditEvent& event)
{
    const auto row = transaction.exec_params1(
        "SELECT event_seq, event_id::text, encode(event_hash, 'hex') FROM audit_append("
        "NULLIF($1, '')::uuid, NULLIF($2, '')::uuid, NULLIF($3, '')::uuid, $4, $5, "
        "NULLIF($6, '')::uuid)",
        orEmpty(event.orgId), orEmpty(event.actorUserId), orEmpty(event.deviceId), event.action,
        event.objectType, orEmpty(event.objectId));
    audit::AuditReceipt receipt;
    receipt.sequence = row[0].as<std::int64_t>();
    receipt.id = row[1].as<std::string>();
    receipt.hash = audit::hashFromHex(row[2].as<std::string>()).value();
    return receipt;
}

void appendAuditEvents(pqxx::transaction_base& transaction,
                       const std::vector<audit::AuditEvent>& events)
{
    if (events.empty()) {
        return;
    }
    const auto& first = events.front();
    nlohmann::json actions = nlohmann::json::array();
    nlohmann::json objectTypes = nlohmann::json::array();
    nlohmann::json objectIds = nlohmann::json::array();
    for (const auto& event : events) {
        if (event.orgId != first.orgId || event.actorUserId != first.actorUserId ||
            event.deviceId != first.deviceId) {
            throw std::invalid_argument("appendAuditEvents: events of different actors");
        }
        actions.push_back(event.action);
        objectTypes.push_back(event.objectType);
        objectIds.push_back(event.objectId ? nlohmann::json(*event.objectId) : nullptr);
    }
    // The arrays travel as JSON (libpqxx 6 writes no SQL arrays); a JSON null becomes NULL.
    transaction.exec_params(
        "SELECT audit_append_many(NULLIF($1, '')::uuid, NULLIF($2, '')::uuid, "
        "NULLIF($3, '')::uuid, "
        "ARRAY(SELECT value FROM jsonb_array_elements_text($4::jsonb) WITH ORDINALITY "
        "ORDER BY ordinality), "
        "ARRAY(SELECT value FROM jsonb_array_elements_text($5::jsonb) WITH ORDINALITY "
        "ORDER BY ordinality), "
        "ARRAY(SELECT value::uuid FROM jsonb_array_elements_text($6::jsonb) WITH ORDINALITY "
        "ORDER BY ordinality))",
        orEmpty(first.orgId), orEmpty(first.actorUserId), orEmpty(first.deviceId), actions.dump(),
        objectTypes.dump(), objectIds.dump());
}

} // namespace fitflow::storage
