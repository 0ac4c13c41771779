#pragma once
// The fixed numbers and names of sync protocol version 1 (docs/sync-protocol.md), shared by the
// push and pull use cases, their storage and the HTTP routes.

#include "shared/codec/EnumNames.h"
#include "shared/permissions/Resource.h"

#include <array>
#include <chrono>
#include <cstddef>
#include <string_view>

namespace fitflow::sync {

inline constexpr int kSyncSchemaVersion = 1;
inline constexpr std::size_t kMaxPushMutations = 200;
inline constexpr std::size_t kMaxPushBodyBytes = std::size_t{256} * 1024;
inline constexpr int kMaxPullLimit = 1000;
// How long a push waits for another writer's lock before answering 503.
inline constexpr std::chrono::seconds kPushLockTimeout{5};

// Synced entities, in the order of their wire names (the pull keyset orders by that text).
enum class SyncEntity { Client, Location, Note, Organization, Session };

inline constexpr std::array<EnumName<SyncEntity>, 5> kSyncEntityNames{{
    {SyncEntity::Client, "client"},
    {SyncEntity::Location, "location"},
    {SyncEntity::Note, "note"},
    {SyncEntity::Organization, "organization"},
    {SyncEntity::Session, "session"},
}};

inline std::string_view entityName(SyncEntity entity)
{
    return enumToName(kSyncEntityNames, entity);
}

// The permission-matrix resource an entity's rows are.
constexpr Resource resourceOf(SyncEntity entity)
{
    switch (entity) {
    case SyncEntity::Client:
        return Resource::Client;
    case SyncEntity::Location:
        return Resource::Location;
    case SyncEntity::Note:
        return Resource::Note;
    case SyncEntity::Organization:
        return Resource::Organization;
    case SyncEntity::Session:
        return Resource::Session;
    }
    return Resource::Organization;
}

} // namespace fitflow::sync
