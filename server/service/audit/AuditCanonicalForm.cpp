#include "server/service/audit/AuditCanonicalForm.h"

#include <optional>

namespace fitflow::audit {

namespace {

void appendField(std::string& out, const std::optional<std::string>& value)
{
    if (!value) {
        out += "-;";
        return;
    }
    out += std::to_string(value->size());
    out += ':';
    out += *value;
    out += ';';
}

} // namespace

std::string canonicalFormV1(const AuditRecord& record)
{
    std::string out = "fitflow-audit-v1;";
    appendField(out, std::to_string(record.sequence));
    appendField(out, record.id);
    appendField(out, record.event.orgId);
    appendField(out, std::to_string(record.occurredAtMicros));
    appendField(out, record.event.actorUserId);
    appendField(out, record.event.deviceId);
    appendField(out, record.event.action);
    appendField(out, record.event.objectType);
    appendField(out, record.event.objectId);
    return out;
}

AuditHash chainHash(const AuditHash& prevHash, const std::string& canonical)
{
    std::string bytes(prevHash.begin(), prevHash.end());
    bytes += canonical;
    return sha256(bytes);
}

} // namespace fitflow::audit
