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

// Synced entities. The pull keyset orders by the wire-name text, so new entities are appended
// here in any order.
// Invoice, NumberBlock and Payment change only through money operations (sync/money).
enum class SyncEntity {
    Client,
    Invoice,
    Location,
    Note,
    NumberBlock,
    Organization,
    Payment,
    Session,
    Consent,
    Package,
    Series,
    Availability,
    SeriesException,
};

inline constexpr std::array<EnumName<SyncEntity>, 13> kSyncEntityNames{{
    {SyncEntity::Client, "client"},
    {SyncEntity::Invoice, "invoice"},
    {SyncEntity::Location, "location"},
    {SyncEntity::Note, "note"},
    {SyncEntity::NumberBlock, "number_block"},
    {SyncEntity::Organization, "organization"},
    {SyncEntity::Payment, "payment"},
    {SyncEntity::Session, "session"},
    {SyncEntity::Consent, "consent"},
    {SyncEntity::Package, "package"},
    {SyncEntity::Series, "series"},
    {SyncEntity::Availability, "availability"},
    {SyncEntity::SeriesException, "series_exception"},
}};

// Money entities are written by operations (docs/sync-protocol.md, "Money"), never by LWW.
constexpr bool isMoneyEntity(SyncEntity entity)
{
    return entity == SyncEntity::Invoice || entity == SyncEntity::NumberBlock ||
           entity == SyncEntity::Payment;
}

// Consents are versioned records: a new version is a new record, a stored one never changes.
constexpr bool isInsertOnly(SyncEntity entity)
{
    return entity == SyncEntity::Consent;
}

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
    case SyncEntity::Series:
    case SyncEntity::SeriesException:
        return Resource::Session;
    case SyncEntity::Invoice:
    case SyncEntity::NumberBlock:
        return Resource::Invoice;
    case SyncEntity::Payment:
        return Resource::Payment;
    case SyncEntity::Consent:
        return Resource::Consent;
    case SyncEntity::Package:
        return Resource::Package;
    case SyncEntity::Availability:
        return Resource::Availability;
    }
    return Resource::Organization;
}

} // namespace fitflow::sync
