#pragma once
// Decorates a DemoDataStore so that loading the demo data leaves audit events: one per created
// organization and per created user (actor: the system). The events are appended after the
// data is committed; if appending fails, seed-demo reports the error.

#include "server/service/DemoDataStore.h"
#include "server/service/audit/AuditTrail.h"

namespace fitflow::audit {

class AuditedDemoDataStore final : public service::DemoDataStore {
public:
    AuditedDemoDataStore(service::DemoDataStore& inner, AuditTrail& trail);

    Result<bool> hasUser(std::string_view markerEmail) override;
    Result<bool> storeUnlessPresent(const service::DemoDataset& dataset,
                                    std::string_view markerEmail) override;

private:
    service::DemoDataStore& m_inner;
    AuditTrail& m_trail;
};

} // namespace fitflow::audit
