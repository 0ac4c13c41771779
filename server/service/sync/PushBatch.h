#pragma once
// A push request body (docs/sync-protocol.md, "Push") split in two levels: the batch itself must
// be well formed or the whole request is refused (400), while each mutation is decoded on its
// own, so a mutation that can never apply becomes a rejection and does not block later ones.

#include "server/service/sync/SyncProtocol.h"
#include "shared/core/Result.h"
#include "shared/sync/NoteMutation.h"
#include "shared/sync/RecordMutation.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace fitflow::sync {

// One mutation as it arrived: its id is trusted for ordering, the rest is decoded later.
struct PushEnvelope {
    std::int64_t id = 0;
    nlohmann::json body;
};

struct DecodedMutation {
    std::int64_t id = 0;
    std::string orgId;
    SyncEntity entity = SyncEntity::Client;
    std::string entityId;
    std::variant<RecordMutation, NoteMutation> change;
};

// Errors (400): `invalid_json` for the wrong shape, `schema_unsupported` for a schema_version
// other than 1, `bad_request` for an empty batch, more than 200 mutations, or ids that are not
// positive and consecutive.
Result<std::vector<PushEnvelope>> parsePushBatch(const nlohmann::json& body);

// Errors (a rejection of this mutation only): `invalid_value` / `unknown_field` /
// `missing_field` / `unknown_entity` / `unsupported_operation` with a message naming the cause.
Result<DecodedMutation> decodeMutation(const PushEnvelope& envelope);

} // namespace fitflow::sync
