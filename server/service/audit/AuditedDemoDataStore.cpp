#include "server/service/audit/AuditedDemoDataStore.h"

namespace fitflow::audit {

AuditedDemoDataStore::AuditedDemoDataStore(service::DemoDataStore& inner, AuditTrail& trail)
    : m_inner(inner)
    , m_trail(trail)
{
}

Result<bool> AuditedDemoDataStore::hasUser(std::string_view markerEmail)
{
    return m_inner.hasUser(markerEmail);
}

Result<bool> AuditedDemoDataStore::storeUnlessPresent(const service::DemoDataset& dataset,
                                                      std::string_view markerEmail)
{
    auto stored = m_inner.storeUnlessPresent(dataset, markerEmail);
    if (!stored || !*stored) {
        return stored;
    }
    for (const auto& org : dataset.organizations) {
        AuditEvent event;
        event.orgId = org.id;
        event.action = "organization.created";
        event.objectType = "organization";
        event.objectId = org.id;
        if (auto appended = m_trail.append(event); !appended) {
            return appended.error();
        }
    }
    for (const auto& user : dataset.users) {
        AuditEvent event; // users belong to no single organization: a platform event
        event.action = "user.created";
        event.objectType = "user";
        event.objectId = user.id;
        if (auto appended = m_trail.append(event); !appended) {
            return appended.error();
        }
    }
    return true;
}

} // namespace fitflow::audit
