#pragma once
// The device's sync bookkeeping in the encrypted store: its id, the last HLC stamp it issued
// (so stamps never go backwards across restarts), the server account with its refresh token,
// and one pull cursor per organization.

#include "shared/core/Result.h"
#include "shared/sync/Hlc.h"

#include <QSqlDatabase>

#include <optional>
#include <string>
#include <vector>

namespace fitflow::desktop {

struct SyncAccount {
    std::string serverUrl;
    std::string caCertPath; // empty: system CAs only
    std::string email;
    std::string userId;       // from GET /api/v1/me; empty until known
    std::string refreshToken; // empty once the device was revoked or logged out
};

// The server's opaque cursor, and whether it points into the middle of a snapshot.
struct PullCursorState {
    std::string cursor;
    bool midSnapshot = false;
};

class SyncStateRepository {
public:
    explicit SyncStateRepository(QSqlDatabase db);

    fitflow::Result<std::string> deviceId() const;

    fitflow::Result<std::optional<sync::Hlc>> lastStamp() const;
    fitflow::Status saveLastStamp(const sync::Hlc& stamp);

    fitflow::Result<std::optional<SyncAccount>> account() const;
    fitflow::Status saveAccount(const SyncAccount& account);

    fitflow::Result<std::optional<PullCursorState>> cursor(const std::string& orgId) const;
    fitflow::Status saveCursor(const std::string& orgId, const PullCursorState& cursor);
    fitflow::Status dropCursor(const std::string& orgId);
    fitflow::Status dropAllCursors();

private:
    QSqlDatabase m_db;
};

} // namespace fitflow::desktop
