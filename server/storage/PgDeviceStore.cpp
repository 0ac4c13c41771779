#include "server/storage/PgDeviceStore.h"

#include "server/storage/PgErrors.h"
#include "server/storage/TenantTransaction.h"
#include "server/storage/audit/PgAuditTrail.h"

#include <pqxx/pqxx>

namespace fitflow::storage {

namespace {

constexpr const char* kDeviceColumns =
    "SELECT d.id::text, d.user_id::text, d.name, extract(epoch FROM d.registered_at)::bigint, "
    "extract(epoch FROM d.revoked_at)::bigint FROM devices d ";

std::chrono::sys_seconds fromEpoch(const pqxx::field& field)
{
    return std::chrono::sys_seconds{std::chrono::seconds{field.as<std::int64_t>()}};
}

service::DeviceRecord deviceFrom(const pqxx::row& row)
{
    service::DeviceRecord device{.id = row[0].as<std::string>(),
                                 .userId = row[1].as<std::string>(),
                                 .name = row[2].as<std::string>(),
                                 .registeredAt = fromEpoch(row[3]),
                                 .revokedAt = std::nullopt};
    if (!row[4].is_null()) {
        device.revokedAt = fromEpoch(row[4]);
    }
    return device;
}

std::vector<service::DeviceRecord> devicesFrom(const pqxx::result& rows)
{
    std::vector<service::DeviceRecord> devices;
    devices.reserve(static_cast<std::size_t>(rows.size()));
    for (const auto& row : rows) {
        devices.push_back(deviceFrom(row));
    }
    return devices;
}

} // namespace

PgDeviceStore::PgDeviceStore(ConnectionPool& pool)
    : m_pool(pool)
{
}

Result<std::vector<service::DeviceRecord>> PgDeviceStore::devicesOfUser(const std::string& userId)
{
    auto lease = m_pool.acquire();
    if (!lease) {
        return lease.error();
    }
    try {
        pqxx::read_transaction tx(lease->connection());
        return devicesFrom(tx.exec_params(std::string(kDeviceColumns) +
                                              "WHERE d.user_id = $1::uuid "
                                              "ORDER BY d.registered_at, d.id",
                                          userId));
    } catch (...) {
        return errorFromCurrentException("list devices");
    }
}

Result<std::vector<service::DeviceRecord>>
PgDeviceStore::devicesOfOrganization(const service::Actor& actor)
{
    auto lease = m_pool.acquire();
    if (!lease) {
        return lease.error();
    }
    std::vector<service::DeviceRecord> devices;
    const Status read = runTenantTransaction(
        lease->connection(), tenantContextFor(actor), [&](pqxx::transaction_base& tx) {
            devices = devicesFrom(tx.exec_params(
                std::string(kDeviceColumns) +
                    "WHERE EXISTS (SELECT 1 FROM memberships m WHERE m.org_id = $1::uuid "
                    "AND m.user_id = d.user_id AND m.ended_at IS NULL) "
                    "ORDER BY d.registered_at, d.id",
                actor.orgId));
        });
    if (!read) {
        return read.error();
    }
    return devices;
}

Result<std::optional<service::DeviceRecord>> PgDeviceStore::findDevice(const std::string& deviceId)
{
    auto lease = m_pool.acquire();
    if (!lease) {
        return lease.error();
    }
    try {
        pqxx::read_transaction tx(lease->connection());
        const auto rows =
            tx.exec_params(std::string(kDeviceColumns) + "WHERE d.id = $1::uuid", deviceId);
        if (rows.empty()) {
            return std::optional<service::DeviceRecord>{};
        }
        return std::optional(deviceFrom(rows[0]));
    } catch (...) {
        return errorFromCurrentException("read a device");
    }
}

Result<bool> PgDeviceStore::revokeDevice(const std::string& deviceId,
                                         const audit::AuditEvent& event)
{
    auto lease = m_pool.acquire();
    if (!lease) {
        return lease.error();
    }
    try {
        pqxx::work tx(lease->connection());
        const auto updated = tx.exec_params("UPDATE devices SET revoked_at = now() "
                                            "WHERE id = $1::uuid AND revoked_at IS NULL",
                                            deviceId);
        if (updated.affected_rows() != 1) {
            return false;
        }
        appendAuditEvent(tx, event);
        tx.commit();
        return true;
    } catch (...) {
        return errorFromCurrentException("revoke a device");
    }
}

} // namespace fitflow::storage
