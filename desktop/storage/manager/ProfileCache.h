#pragma once
// The signed-in user's profile as the server last described it (GET /api/v1/me, plus the member
// lists of the organizations the user administers), kept in the store's `settings` table so the
// desktop knows the user's roles and the trainers' names while offline. The one write here is
// this cache of a server answer; it is not a synced entity and has no outbox entry.

#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <nlohmann/json.hpp>

#include <optional>

namespace fitflow::desktop {

class ProfileCache {
public:
    explicit ProfileCache(QSqlDatabase db);

    // The cached profile, or nullopt when none was saved. Error "store_corrupt" when the saved
    // text is not a JSON object.
    fitflow::Result<std::optional<nlohmann::json>> load() const;
    // Replaces the cached profile; `profile` must be a JSON object ("invalid_value" otherwise).
    fitflow::Status save(const nlohmann::json& profile);
    // Forgets the profile (sign-out with wipe, or another user signing in).
    fitflow::Status clear();

private:
    QSqlDatabase m_db;
};

} // namespace fitflow::desktop
