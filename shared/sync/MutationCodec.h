#pragma once
// Wire format of the sync primitives' mutations (the payload of an outbox entry; the envelope
// with device, counter and entity belongs to the sync engine). Stamps travel as Hlc text.
//
//   record: {"operation": "write"|"delete"|"undelete", "stamp": "<hlc>", "fields": {...}}
//           ("fields" only, and non-empty, for writes)
//   note:   {"kind": "edit", "stamp": "<hlc>", "bases": ["<hlc>", ...], "text": "..."}
//           {"kind": "sign", "stamp": "<hlc>", "signed_version": "<hlc>"}
//           {"kind": "amend", "stamp": "<hlc>", "text": "..."}

#include "shared/core/Result.h"
#include "shared/sync/NoteMutation.h"
#include "shared/sync/RecordMutation.h"

#include <nlohmann/json.hpp>

namespace fitflow::sync {

nlohmann::json recordMutationToJson(const RecordMutation& mutation);
Result<RecordMutation> recordMutationFromJson(const nlohmann::json& json);

nlohmann::json noteMutationToJson(const NoteMutation& mutation);
Result<NoteMutation> noteMutationFromJson(const nlohmann::json& json);

} // namespace fitflow::sync
