#pragma once
// The fields a device may write per entity (wire names of docs/sync-protocol.md) and the shape
// each value must have. The pull sends exactly these fields, so both sides merge the same set.

#include "server/service/sync/SyncProtocol.h"
#include "shared/core/Result.h"

#include <nlohmann/json.hpp>

#include <span>
#include <string_view>

namespace fitflow::sync {

enum class FieldKind {
    Name,          // text of 1..100 characters
    OptionalText,  // text up to 320 characters, or null
    OptionalEmail, // null, empty, or a plausible address (shared/domain/FieldRules.h)
    Uuid,          // canonical uuid text
    OptionalUuid,  // canonical uuid text, or null
    UtcInstant,    // canonical RFC 3339 UTC text, e.g. "2026-03-15T14:00:00Z"
    SessionStatus,
    NoteFormat,
    Boolean,
    RecurrenceRule, // the RRULE subset of shared/scheduling/RecurrenceRule.h
    ExceptionDates, // null or UTC instants joined by commas (SeriesWire.h)
    TagList,        // canonical JSON array of short strings (shared/clients/ClientTags.h)
    ConsentKind,    // contact, data_sharing or photo
    PolicyVersion,  // text of 1..50 characters
    Count,          // integer 1..1000
    Cents,          // integer 0..10^10 (money in cents)
    Currency,       // three upper-case letters, ISO 4217
    OptionalDate,   // "YYYY-MM-DD", or null
    WeeklyRules,    // canonical JSON list of weekday spans (shared/scheduling/AvailabilityWire.h)
    AvailabilityExceptions, // canonical JSON list of dated exceptions (AvailabilityWire.h)
};

struct FieldSpec {
    std::string_view name;
    FieldKind kind;
    bool requiredOnCreate;
};

// The writable fields of client, session, note (header), consent and package; empty for
// pull-only entities.
std::span<const FieldSpec> writableFields(SyncEntity entity);

// The spec of `field` of `entity`, or nullptr when devices may not write it.
const FieldSpec* findField(SyncEntity entity, std::string_view field);

// Error `invalid_value` (path = field name) when `value` does not have the field's shape.
// Instants must be in the canonical form formatUtcInstant() produces, so every replica holds
// byte-identical values.
Status validateFieldValue(const FieldSpec& spec, const nlohmann::json& value);

} // namespace fitflow::sync
