#include "server/service/audit/AuditEvent.h"

#include <string_view>

namespace fitflow::audit {

namespace {

constexpr std::size_t kMaxNameLength = 64;

bool isLowerAlpha(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// [a-z][a-z0-9_]*
bool isWord(std::string_view text)
{
    if (text.empty() || !isLowerAlpha(text.front())) {
        return false;
    }
    for (const char c : text) {
        if (!isLowerAlpha(c) && !isDigit(c) && c != '_') {
            return false;
        }
    }
    return true;
}

// word(.word)*
bool isDottedName(std::string_view text)
{
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = text.find('.', start);
        if (!isWord(text.substr(start, dot == std::string_view::npos ? dot : dot - start))) {
            return false;
        }
        if (dot == std::string_view::npos) {
            return true;
        }
        start = dot + 1;
    }
}

// Canonical lower-case 8-4-4-4-12, as PostgreSQL prints a uuid (the hash covers that text).
bool isCanonicalUuid(std::string_view text)
{
    if (text.size() != 36) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const char c = text[i];
        if (dash ? c != '-' : !(isDigit(c) || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

Status checkOptionalUuid(const std::optional<std::string>& value, const char* field)
{
    if (value && !isCanonicalUuid(*value)) {
        return makeError("invalid_audit_event", "not a lower-case uuid", field);
    }
    return {};
}

} // namespace

Status validateAuditEvent(const AuditEvent& event)
{
    if (event.action.size() > kMaxNameLength || !isDottedName(event.action)) {
        return makeError("invalid_audit_event", "action must be dotted lower-case words", "action");
    }
    if (event.objectType.size() > kMaxNameLength || !isWord(event.objectType)) {
        return makeError("invalid_audit_event", "object type must be one lower-case word",
                         "object_type");
    }
    const std::pair<const std::optional<std::string>*, const char*> ids[] = {
        {&event.orgId, "org_id"},
        {&event.actorUserId, "actor_user_id"},
        {&event.deviceId, "device_id"},
        {&event.objectId, "object_id"},
    };
    for (const auto& [value, field] : ids) {
        if (auto status = checkOptionalUuid(*value, field); !status) {
            return status;
        }
    }
    return {};
}

} // namespace fitflow::audit
