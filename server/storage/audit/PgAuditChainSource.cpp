#include "server/storage/audit/PgAuditChainSource.h"

#include "server/storage/PgErrors.h"

#include <pqxx/pqxx>

namespace fitflow::storage {

namespace {

using audit::AuditRecord;

// Keyset paging: each page starts after the last sequence seen, in one snapshot.
constexpr const char* kPageQuery =
    "SELECT seq, id::text, format, org_id::text, "
    "(extract(epoch FROM occurred_at) * 1000000)::bigint, actor_user_id::text, device_id::text, "
    "action, object_type, object_id::text, encode(prev_hash, 'hex'), encode(hash, 'hex') "
    "FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT $2";

std::optional<std::string> optionalText(const pqxx::field& field)
{
    return field.is_null() ? std::nullopt : std::optional<std::string>(field.as<std::string>());
}

Result<AuditRecord> recordFromRow(const pqxx::row& row)
{
    AuditRecord record;
    record.sequence = row[0].as<std::int64_t>();
    record.id = row[1].as<std::string>();
    record.format = row[2].as<int>();
    record.event.orgId = optionalText(row[3]);
    record.occurredAtMicros = row[4].as<std::int64_t>();
    record.event.actorUserId = optionalText(row[5]);
    record.event.deviceId = optionalText(row[6]);
    record.event.action = row[7].as<std::string>();
    record.event.objectType = row[8].as<std::string>();
    record.event.objectId = optionalText(row[9]);
    auto prevHash = audit::hashFromHex(row[10].as<std::string>());
    auto hash = audit::hashFromHex(row[11].as<std::string>());
    if (!prevHash || !hash) {
        return makeError("invalid_audit_record",
                         "event " + std::to_string(record.sequence) + " has a malformed hash");
    }
    record.prevHash = *prevHash;
    record.hash = *hash;
    return record;
}

} // namespace

PgAuditChainSource::PgAuditChainSource(ConnectionPool& pool, std::size_t pageSize)
    : m_pool(pool)
    , m_pageSize(pageSize)
{
}

Result<std::optional<audit::AuditChainTip>> PgAuditChainSource::tip()
{
    auto lease = m_pool.acquire();
    if (!lease) {
        return lease.error();
    }
    try {
        pqxx::read_transaction transaction(lease->connection());
        const auto rows =
            transaction.exec("SELECT last_seq, encode(last_hash, 'hex') FROM audit_chain_tip()");
        if (rows.empty()) {
            return std::optional<audit::AuditChainTip>();
        }
        auto hash = audit::hashFromHex(rows[0][1].as<std::string>());
        if (!hash) {
            return makeError("invalid_audit_record", "the newest event has a malformed hash");
        }
        return std::optional<audit::AuditChainTip>(
            audit::AuditChainTip{rows[0][0].as<std::int64_t>(), *hash});
    } catch (...) {
        return errorFromCurrentException("read the audit chain tip");
    }
}

Status PgAuditChainSource::forEachEvent(const std::function<bool(const AuditRecord&)>& visitor)
{
    auto lease = m_pool.acquire();
    if (!lease) {
        return lease.error();
    }
    try {
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> transaction(lease->connection());
        std::int64_t after = 0;
        while (true) {
            const auto page =
                transaction.exec_params(kPageQuery, after, static_cast<long long>(m_pageSize));
            for (const auto& row : page) {
                auto record = recordFromRow(row);
                if (!record) {
                    return record.error();
                }
                if (!visitor(*record)) {
                    return {};
                }
                after = record->sequence;
            }
            if (page.size() < m_pageSize) {
                return {};
            }
        }
    } catch (...) {
        return errorFromCurrentException("read the audit chain");
    }
}

} // namespace fitflow::storage
