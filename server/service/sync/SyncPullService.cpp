#include "server/service/sync/SyncPullService.h"

#include "server/service/sync/ScopeHash.h"
#include "server/service/tenancy/ActingRole.h"
#include "shared/codec/TextFormats.h"

#include <sodium.h>

namespace fitflow::sync {

namespace {

struct PullRequest {
    std::string orgId;
    std::optional<std::string> cursor;
    int limit = kMaxPullLimit;
};

Result<PullRequest> parsePullRequest(const nlohmann::json& body)
{
    if (!body.is_object()) {
        return makeError("invalid_json", "the body must be a JSON object");
    }
    for (const auto& [key, value] : body.items()) {
        if (key != "schema_version" && key != "org_id" && key != "cursor" && key != "limit") {
            return makeError("invalid_json", "unknown field " + key, key);
        }
    }
    const auto schema = body.find("schema_version");
    if (schema == body.end() || !schema->is_number_integer()) {
        return makeError("invalid_json", "schema_version must be an integer", "schema_version");
    }
    if (schema->get<std::int64_t>() != kSyncSchemaVersion) {
        return makeError("schema_unsupported", "this server speaks sync schema_version 1",
                         "schema_version");
    }
    PullRequest request;
    const auto org = body.find("org_id");
    if (org == body.end() || !org->is_string() ||
        !isCanonicalUuid(org->get_ref<const std::string&>())) {
        return makeError("invalid_json", "org_id must be a lower-case uuid", "org_id");
    }
    request.orgId = org->get<std::string>();
    const auto cursor = body.find("cursor");
    if (cursor != body.end() && !cursor->is_null()) {
        if (!cursor->is_string()) {
            return makeError("invalid_cursor", "cursor must be null or the text of a cursor",
                             "cursor");
        }
        request.cursor = cursor->get<std::string>();
    }
    const auto limit = body.find("limit");
    if (limit != body.end()) {
        if (!limit->is_number_integer() || limit->get<std::int64_t>() < 1 ||
            limit->get<std::int64_t>() > kMaxPullLimit) {
            return makeError("invalid_value", "limit must be 1 to 1000", "limit");
        }
        request.limit = limit->get<int>();
    }
    return request;
}

// Takes the row's body (moved, not copied: a page holds up to 1,000 rows).
nlohmann::json changeJson(PulledRow& row)
{
    nlohmann::json change{
        {"entity", entityName(row.entity)}, {"id", row.id}, {"version", row.version}};
    for (auto& [key, value] : row.body.items()) {
        change[key] = std::move(value);
    }
    return change;
}

} // namespace

SyncPullService::SyncPullService(SyncStore& store, service::IdentityStore& identities)
    : m_store(store)
    , m_identities(identities)
{
}

Result<const CursorSigner*> SyncPullService::signer()
{
    const std::lock_guard lock(m_signerMutex);
    if (!m_signer) {
        CursorKey candidate{};
        randombytes_buf(candidate.data(), candidate.size());
        const auto key = m_store.cursorKey(candidate);
        if (!key) {
            return key.error();
        }
        m_signer = std::make_unique<CursorSigner>(*key);
    }
    return static_cast<const CursorSigner*>(m_signer.get());
}

Result<nlohmann::json> SyncPullService::pull(const auth::AccessTokenClaims& bearer,
                                             const nlohmann::json& body)
{
    if (!bearer.deviceId) {
        return makeError("device_required", "sync needs a token issued to a device: log in "
                                            "with a device_id");
    }
    const auto request = parsePullRequest(body);
    if (!request) {
        return request.error();
    }
    const auto profile = m_identities.findProfile(bearer.subject);
    if (!profile) {
        return profile.error();
    }
    std::vector<Role> held;
    ScopeInputs scope;
    scope.userId = bearer.subject;
    if (*profile) {
        for (const auto& membership : (*profile)->memberships) {
            const auto role = enumFromName(kRoleNames, membership.role);
            if (membership.orgId == request->orgId && role) {
                held.push_back(*role);
                scope.locationIds.insert(scope.locationIds.end(), membership.locationIds.begin(),
                                         membership.locationIds.end());
            }
        }
    }
    if (held.empty()) {
        return makeError("not_found", "no such resource");
    }
    PullScope pullScope{request->orgId, bearer.subject, *bearer.deviceId, {}};
    for (const auto& named : kSyncEntityNames) {
        const auto role = service::chooseActingRole(held, Action::Read, resourceOf(named.value));
        pullScope.readRoles[named.value] = role;
        scope.readRoles[named.value] = role;
    }

    const auto cursorSigner = signer();
    if (!cursorSigner) {
        return cursorSigner.error();
    }
    std::optional<PullCursor> cursor;
    if (request->cursor) {
        auto decoded = (*cursorSigner)->decode(*request->cursor);
        if (!decoded) {
            return decoded.error();
        }
        if (decoded->orgId != request->orgId || decoded->userId != bearer.subject ||
            decoded->schema != kSyncSchemaVersion) {
            return makeError("invalid_cursor",
                             "the cursor is not valid for this organization and user", "cursor");
        }
        cursor = std::move(*decoded);
    }

    bool snapshot = !cursor.has_value();
    std::string scopeText;
    const StartPosition start = [&](const SyncOrgState& state) -> Result<PullPosition> {
        scope.scopeGeneration = state.scopeGeneration;
        scopeText = scopeHash(scope);
        if (!cursor) {
            return PullPosition{};
        }
        if (cursor->epoch != state.epoch || cursor->position.version > state.version) {
            return makeError("reset", "the server was restored: pull a snapshot and push your "
                                      "outbox again");
        }
        if (cursor->scope != scopeText) {
            snapshot = true;
            return PullPosition{};
        }
        if (!cursor->snapshot && cursor->position.version < state.tombstoneHorizon) {
            return makeError("resync_required",
                             "the cursor is older than the kept tombstones: pull a snapshot");
        }
        snapshot = cursor->snapshot;
        return cursor->position;
    };
    auto page = m_store.readPage(pullScope, start, request->limit);
    if (!page) {
        return page.error();
    }
    const bool hasMore = page->rows.size() > static_cast<std::size_t>(request->limit);
    if (hasMore) {
        page->rows.resize(static_cast<std::size_t>(request->limit));
    }
    PullCursor next{request->orgId,     bearer.subject,    page->start,        scopeText,
                    kSyncSchemaVersion, page->state.epoch, snapshot && hasMore};
    nlohmann::json changes = nlohmann::json::array();
    for (auto& row : page->rows) {
        changes.push_back(changeJson(row));
    }
    if (!page->rows.empty()) {
        const auto& last = page->rows.back();
        next.position = PullPosition{last.version, std::string(entityName(last.entity)), last.id};
    }
    return nlohmann::json{{"changes", std::move(changes)},
                          {"removed", nlohmann::json::array()},
                          {"cursor", (*cursorSigner)->encode(next)},
                          {"has_more", hasMore},
                          {"snapshot", snapshot}};
}

} // namespace fitflow::sync
