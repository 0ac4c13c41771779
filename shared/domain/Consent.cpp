#include "shared/domain/Consent.h"

#include "shared/codec/JsonReader.h"

namespace fitflow {
namespace {

constexpr std::size_t kMaxPolicyVersionBytes = 40;
constexpr std::int64_t kMaxConsentVersion = 1'000'000;

} // namespace

nlohmann::json Consent::toJson() const
{
    return {{"id", id},
            {"org_id", orgId},
            {"client_id", clientId},
            {"kind", enumToName(kConsentKindNames, kind)},
            {"version", version},
            {"granted", granted},
            {"policy_version", policyVersion},
            {"recorded_at", formatUtcInstant(recordedAt)},
            {"recorded_by_user_id", recordedByUserId}};
}

Result<Consent> Consent::fromJson(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& r) {
        Consent consent;
        consent.id = r.uuid("id");
        consent.orgId = r.uuid("org_id");
        consent.clientId = r.uuid("client_id");
        consent.kind = r.enumeration("kind", kConsentKindNames);
        consent.version = r.int64("version", 1, kMaxConsentVersion);
        consent.granted = r.boolean("granted");
        consent.policyVersion = r.label("policy_version", kMaxPolicyVersionBytes);
        consent.recordedAt = r.instant("recorded_at");
        consent.recordedByUserId = r.uuid("recorded_by_user_id");
        return consent;
    });
}

const Consent* currentConsent(std::span<const Consent> records, const std::string& clientId,
                              ConsentKind kind)
{
    const Consent* current = nullptr;
    for (const Consent& record : records) {
        if (record.clientId == clientId && record.kind == kind &&
            (current == nullptr || current->version < record.version)) {
            current = &record;
        }
    }
    return current;
}

} // namespace fitflow
