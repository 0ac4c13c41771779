#pragma once
// The entities a device replicates (docs/sync-protocol.md, schema_version 1): their wire names,
// local tables and fields. One table drives validation, storage columns and the dump, so a new
// field is added in one place.

#include <string>
#include <string_view>
#include <vector>

namespace fitflow::desktop {

enum class FieldKind {
    RequiredText,  // non-empty string (a name: at most 100 characters)
    OptionalText,  // string (at most 320 characters) or null
    OptionalEmail, // null, empty, or a plausible address (the server refuses anything else)
    Uuid,          // canonical UUID string
    OptionalUuid,  // canonical UUID string or null
    UtcInstant,    // RFC 3339 UTC ("Z") string
    SessionStatus,
    NoteFormat,
    Boolean,
    RecurrenceRule, // the RRULE subset of shared/scheduling/RecurrenceRule.h
    ExceptionDates, // null or UTC instants joined by commas (SeriesWire.h)
    TagList,        // canonical JSON array of short strings (shared/clients/ClientTags.h)
    ConsentKind,    // contact, data_sharing or photo
    PolicyVersion,  // string of 1 to 50 characters
    Count,          // integer 1 to 1000
    Cents,          // integer, not negative
    Currency,       // three upper-case letters
    OptionalDate,   // "YYYY-MM-DD" or null
    WeeklyRules,    // canonical JSON list of weekday spans (shared/scheduling/AvailabilityWire.h)
    AvailabilityExceptions, // canonical JSON list of dated exceptions (AvailabilityWire.h)
};

struct FieldSpec {
    std::string name;
    FieldKind kind;
    bool requiredOnCreate = false;
};

enum class MergeKind {
    PullOnly,  // organization, location: the server's values replace the row
    Lww,       // per-field last writer wins with tombstones
    LwwAndNote // LWW header plus a NoteHistory text
};

struct EntitySpec {
    std::string name;  // wire name, e.g. "client"
    std::string table; // local table, e.g. "clients"
    MergeKind merge;
    std::vector<FieldSpec> fields;
    // Versioned records (consents): written once, never updated or deleted.
    bool insertOnly = false;

    const FieldSpec* field(std::string_view fieldName) const;
    bool isLocallyWritable() const { return merge != MergeKind::PullOnly; }
};

// Every synced entity, sorted by wire name (the order `dump` prints them in).
const std::vector<EntitySpec>& syncedEntities();
// nullptr for an unknown name.
const EntitySpec* findSyncedEntity(std::string_view name);

} // namespace fitflow::desktop
