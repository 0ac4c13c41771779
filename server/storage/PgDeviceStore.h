#pragma once
// DeviceStore on PostgreSQL. devices carry no org_id (one login spans organizations); the
// organization's list goes through the actor's tenant transaction, so memberships' row-level
// security decides whose devices the actor can see.

#include "server/service/DeviceStore.h"
#include "server/storage/ConnectionPool.h"

namespace fitflow::storage {

class PgDeviceStore final : public service::DeviceStore {
public:
    explicit PgDeviceStore(ConnectionPool& pool); // `pool` must outlive this

    Result<std::vector<service::DeviceRecord>> devicesOfUser(const std::string& userId) override;
    Result<std::vector<service::DeviceRecord>>
    devicesOfOrganization(const service::Actor& actor) override;
    Result<std::optional<service::DeviceRecord>> findDevice(const std::string& deviceId) override;
    Result<bool> revokeDevice(const std::string& deviceId, const audit::AuditEvent& event) override;

private:
    ConnectionPool& m_pool;
};

} // namespace fitflow::storage
