#include "server/storage/audit/PgAuditTrail.h"

#include "server/storage/PgErrors.h"

#include <pqxx/pqxx>

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

} // namespace fitflow::storage
