#include "server/service/audit/AuditEvent.h"

#include <gtest/gtest.h>

namespace fitflow::audit {

namespace {

constexpr const char* kUuid = "0155388d-8b7f-4710-ae43-3c2aaeb6e042";

AuditEvent valid()
{
    AuditEvent event;
    event.orgId = kUuid;
    event.actorUserId = kUuid;
    event.deviceId = kUuid;
    event.action = "auth.login_failed";
    event.objectType = "user";
    event.objectId = kUuid;
    return event;
}

} // namespace

TEST(AuditEvent, AcceptsIdsAndDottedNames)
{
    EXPECT_TRUE(validateAuditEvent(valid()));
    AuditEvent platform;
    platform.action = "auth.login_failed";
    platform.objectType = "user";
    EXPECT_TRUE(validateAuditEvent(platform));
}

TEST(AuditEvent, RefusesFreeTextNamingTheField)
{
    const std::pair<void (*)(AuditEvent&), const char*> cases[] = {
        {[](AuditEvent& e) { e.action = ""; }, "action"},
        {[](AuditEvent& e) { e.action = "Client.Read"; }, "action"},
        {[](AuditEvent& e) { e.action = "client..read"; }, "action"},
        {[](AuditEvent& e) { e.action = "client.read "; }, "action"},
        {[](AuditEvent& e) { e.action = std::string(65, 'a'); }, "action"},
        {[](AuditEvent& e) { e.objectType = "client.note"; }, "object_type"},
        {[](AuditEvent& e) { e.objectType = "Jane Doe"; }, "object_type"},
        {[](AuditEvent& e) { e.orgId = "jane@example.com"; }, "org_id"},
        {[](AuditEvent& e) { e.actorUserId = "0155388D-8B7F-4710-AE43-3C2AAEB6E042"; },
         "actor_user_id"},
        {[](AuditEvent& e) { e.deviceId = ""; }, "device_id"},
        {[](AuditEvent& e) { e.objectId = "0155388d8b7f4710ae433c2aaeb6e042"; }, "object_id"},
    };
    for (const auto& [change, field] : cases) {
        AuditEvent event = valid();
        change(event);
        const auto status = validateAuditEvent(event);
        ASSERT_FALSE(status) << field;
        EXPECT_EQ(status.error().code, "invalid_audit_event");
        EXPECT_EQ(status.error().path, field);
    }
}

} // namespace fitflow::audit
