#pragma once
// Pulled money rows (docs/sync-protocol.md, "Money"): invoices and payments replace the local
// row (the server's state is authoritative), except while this device's own operations on that
// row still wait in the outbox; number blocks join this device's DeviceInvoiceNumbers. Runs
// inside PullApplier's page transaction, and on a rejected operation inside PushBatch's.

#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <utility>

namespace fitflow::desktop {
class SnapshotSeenRepository;
} // namespace fitflow::desktop

namespace fitflow::desktop::money {

// "invoice", "payment", "number_block".
bool isMoneyEntity(std::string_view entity);

class MoneyPullApplier {
public:
    explicit MoneyPullApplier(QSqlDatabase db);

    // One change {"entity", "id", "version", "values"} of `orgId`. Error "invalid_page".
    fitflow::Status apply(const std::string& orgId, const nlohmann::json& change);

    // After a complete snapshot: removes the organization's invoices and payments it did not
    // send (no mark in `seen`), unless pending in the outbox. Only the unseen ids are read, so
    // memory does not grow with the snapshot. Number blocks are never removed (never reused).
    fitflow::Status removeUnseen(const std::string& orgId, SnapshotSeenRepository& seen,
                                 int& removed);

private:
    QSqlDatabase m_db;
};

// The server rejected the operation on (entity, entityId): its local effect is dropped (unless
// later operations on the row still wait) and the caller re-pulls the organization's snapshot,
// which brings back the server's state. Blocks are left alone (never reused).
fitflow::Status forgetRejectedMoneyOperation(const QSqlDatabase& db, const std::string& entity,
                                             const std::string& entityId);

} // namespace fitflow::desktop::money
