#pragma once
// One POST /api/v1/sync/push: the oldest outbox entries that fit the contract's limits
// (≤ 200 mutations, ≤ 256 KiB), and what to do with the server's 200 answer — drop what it
// acknowledged, keep its rejections for the user, and let pulled server state replace a
// rejected local change — in one store transaction.

#include "desktop/storage/OutboxRepository.h"
#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <nlohmann/json.hpp>

#include <vector>

namespace fitflow::desktop {

struct PushAcknowledgement {
    int acknowledged = 0;
    int rejected = 0;
};

class PushBatch {
public:
    // Takes entries from the front of `pending` (id order) while the body stays within
    // `maxBytes`; always at least one.
    static PushBatch fromEntries(const std::vector<OutboxEntry>& pending, std::size_t maxBytes);

    nlohmann::json body(int schemaVersion) const;
    qint64 firstId() const;
    qint64 lastId() const;
    std::size_t size() const { return m_mutations.size(); }

    // Applies a 200 answer {"acknowledged_through", "rejections"}. Error "invalid_answer" when
    // it acknowledges nothing of this batch (the same batch would be sent forever).
    fitflow::Result<PushAcknowledgement> acknowledge(const QSqlDatabase& db,
                                                     const nlohmann::json& answer) const;

private:
    std::vector<OutboxEntry> m_entries;
    std::vector<nlohmann::json> m_mutations;
};

} // namespace fitflow::desktop
