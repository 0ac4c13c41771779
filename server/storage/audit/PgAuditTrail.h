#pragma once
// AuditTrail on PostgreSQL: each append is one call of audit_append() (migration 0003) in its
// own short transaction, so the chain lock is held for milliseconds. Code that must write the
// event atomically with its own change calls appendAuditEvent() inside its transaction instead.

#include "server/service/audit/AuditTrail.h"
#include "server/storage/ConnectionPool.h"

#include <vector>

namespace pqxx {
class transaction_base;
} // namespace pqxx

namespace fitflow::storage {

class PgAuditTrail final : public audit::AuditTrail {
public:
    // Works with the application role and the owner role alike. `pool` must outlive this.
    explicit PgAuditTrail(ConnectionPool& pool);

    Result<audit::AuditReceipt> append(const audit::AuditEvent& event) override;

private:
    ConnectionPool& m_pool;
};

// Appends `event` within `transaction` (the chain stays locked until it ends). Throws pqxx
// exceptions like any statement; the caller validates `event` first (validateAuditEvent).
audit::AuditReceipt appendAuditEvent(pqxx::transaction_base& transaction,
                                     const audit::AuditEvent& event);

// Appends `events` in order with one call of audit_append_many() (migration 0013): each is its
// own link of the chain, exactly as appendAuditEvent() would write it. All events must name the
// same organization, actor and device (std::invalid_argument otherwise); none is a no-op.
void appendAuditEvents(pqxx::transaction_base& transaction,
                       const std::vector<audit::AuditEvent>& events);

} // namespace fitflow::storage
