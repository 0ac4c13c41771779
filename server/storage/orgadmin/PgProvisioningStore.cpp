#include "server/storage/orgadmin/PgProvisioningStore.h"

#include "server/storage/PgErrors.h"
#include "server/storage/TenantTransaction.h"
#include "server/storage/audit/PgAuditTrail.h"

#include <pqxx/pqxx>

namespace fitflow::storage {

namespace {

void auditSystemChange(pqxx::transaction_base& tx, const std::string& orgId, std::string action,
                       std::string objectType, std::string objectId)
{
    appendAuditEvent(tx, audit::AuditEvent{.orgId = orgId,
                                           .actorUserId = std::nullopt,
                                           .deviceId = std::nullopt,
                                           .action = std::move(action),
                                           .objectType = std::move(objectType),
                                           .objectId = std::move(objectId)});
}

// Runs `body` in one transaction of the owner, under `orgId`'s isolation when given.
template <typename T, typename Body>
Result<T> inOwnerTransaction(const std::string& url, const std::string& orgId,
                             std::string_view what, Body&& body)
{
    try {
        pqxx::connection connection(url);
        pqxx::work tx(connection);
        if (!orgId.empty()) {
            setTenantContext(tx, TenantContext{.orgId = orgId, .userId = "", .role = ""});
        }
        T value = body(tx);
        tx.commit();
        return value;
    } catch (...) {
        return errorFromCurrentException(what);
    }
}

} // namespace

PgProvisioningStore::PgProvisioningStore(std::string ownerDatabaseUrl)
    : m_databaseUrl(std::move(ownerDatabaseUrl))
{
}

Status PgProvisioningStore::createOrganization(const service::NewOrganization& organization)
{
    auto done = inOwnerTransaction<bool>(
        m_databaseUrl, organization.id, "create an organization", [&](pqxx::transaction_base& tx) {
            tx.exec_params("INSERT INTO organizations (id, name, kind, province) "
                           "VALUES ($1, $2, $3, $4)",
                           organization.id, organization.name, organization.kind,
                           organization.province);
            auditSystemChange(tx, organization.id, "organization.create", "organization",
                              organization.id);
            return true;
        });
    if (!done) {
        return done.error();
    }
    return {};
}

Result<bool> PgProvisioningStore::organizationExists(const std::string& orgId)
{
    return inOwnerTransaction<bool>(
        m_databaseUrl, orgId, "read an organization", [&](pqxx::transaction_base& tx) {
            return tx
                .exec_params1("SELECT EXISTS (SELECT 1 FROM organizations WHERE id = $1)", orgId)[0]
                .as<bool>();
        });
}

Result<std::optional<std::string>> PgProvisioningStore::userIdForEmail(const std::string& email)
{
    return inOwnerTransaction<std::optional<std::string>>(
        m_databaseUrl, "", "look up a user",
        [&](pqxx::transaction_base& tx) -> std::optional<std::string> {
            const auto rows = tx.exec_params("SELECT id::text FROM users WHERE email = $1", email);
            if (rows.empty()) {
                return std::nullopt;
            }
            return rows[0][0].as<std::string>();
        });
}

Result<std::string>
PgProvisioningStore::grantMembership(const std::string& orgId, const std::string& userId,
                                     const std::optional<service::NewUser>& newUser,
                                     const std::string& role, const std::string& newMembershipId)
{
    return inOwnerTransaction<std::string>(
        m_databaseUrl, orgId, "grant a membership", [&](pqxx::transaction_base& tx) {
            if (newUser) {
                tx.exec_params("INSERT INTO users (id, email, display_name, password_hash) "
                               "VALUES ($1, $2, $3, $4)",
                               newUser->id, newUser->email, newUser->displayName,
                               newUser->passwordHash);
                auditSystemChange(tx, orgId, "user.create", "user", newUser->id);
            }
            const auto membershipId =
                tx.exec_params1("INSERT INTO memberships (org_id, id, user_id, role) "
                                "VALUES ($1, $2, $3, $4) ON CONFLICT (org_id, user_id, role) "
                                "DO UPDATE SET ended_at = NULL RETURNING id::text",
                                orgId, newMembershipId, userId, role)[0]
                    .as<std::string>();
            auditSystemChange(tx, orgId, "membership.create", "membership", membershipId);
            return membershipId;
        });
}

} // namespace fitflow::storage
