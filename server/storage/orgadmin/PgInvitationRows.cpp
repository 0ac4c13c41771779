// PgOrgAdminStore: invitations, and the identity lookups accepting one needs.
#include "server/storage/orgadmin/PgOrgAdminStore.h"

#include "server/storage/audit/PgAuditTrail.h"
#include "server/storage/orgadmin/PgOrgAdminSql.h"

#include <pqxx/pqxx>

namespace fitflow::storage {

namespace {

using service::Actor;
using service::InvitationRecord;

// Pending invitations of $1, all ($2 = '') or one.
constexpr const char* kSelectPending =
    "SELECT id::text, email, role, array_to_string(location_ids, ','), "
    "       extract(epoch FROM created_at)::bigint, extract(epoch FROM expires_at)::bigint "
    "  FROM invitations "
    " WHERE org_id = $1 AND used_at IS NULL AND expires_at > now() "
    "   AND ($2 = '' OR id = NULLIF($2, '')::uuid) "
    " ORDER BY created_at, id";

std::chrono::sys_seconds fromEpoch(const pqxx::field& field)
{
    return std::chrono::sys_seconds{std::chrono::seconds{field.as<std::int64_t>()}};
}

std::vector<InvitationRecord> selectPending(pqxx::transaction_base& tx, const Actor& actor,
                                            const std::string& invitationId)
{
    std::vector<InvitationRecord> pending;
    for (const auto& row : tx.exec_params(kSelectPending, actor.orgId, invitationId)) {
        pending.push_back(InvitationRecord{
            row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::string>(),
            splitUuidList(row[3].as<std::string>()), fromEpoch(row[4]), fromEpoch(row[5])});
    }
    return pending;
}

Error noSuchResource()
{
    return makeError("not_found", "no such resource");
}

// One optional text value of a single-row query without tenant context.
Result<std::optional<std::string>> optionalText(ConnectionPool& pool, std::string_view what,
                                                const std::string& sql, const std::string& param)
{
    std::optional<std::string> value;
    Status done = runWithoutTenant(pool, what, [&](pqxx::transaction_base& tx) {
        const auto rows = tx.exec_params(sql, param);
        if (!rows.empty() && !rows[0][0].is_null()) {
            value = rows[0][0].as<std::string>();
        }
        return Refusal{};
    });
    if (!done) {
        return done.error();
    }
    return value;
}

} // namespace

Status PgOrgAdminStore::createInvitation(const Actor& actor,
                                         const service::NewInvitation& invitation)
{
    const InvitationRecord& record = invitation.record;
    return runAsActor(m_pool, actor, "create an invitation", [&](pqxx::transaction_base& tx) {
        tx.exec_params("INSERT INTO invitations (org_id, id, email, role, token_hash, "
                       "invited_by_user_id, created_at, expires_at, location_ids) "
                       "VALUES ($1, $2, $3, $4, decode($5, 'hex'), $6, to_timestamp($7), "
                       "to_timestamp($8), $9::uuid[])",
                       actor.orgId, record.id, record.email, record.role, invitation.tokenHash,
                       actor.userId, record.createdAt.time_since_epoch().count(),
                       record.expiresAt.time_since_epoch().count(),
                       arrayLiteral(record.locationIds));
        auditActorChange(tx, actor, "invitation.create", "invitation", record.id);
        return Refusal{};
    });
}

Result<std::vector<InvitationRecord>> PgOrgAdminStore::listPendingInvitations(const Actor& actor)
{
    std::vector<InvitationRecord> pending;
    Status done = runAsActor(m_pool, actor, "list invitations", [&](pqxx::transaction_base& tx) {
        pending = selectPending(tx, actor, "");
        return Refusal{};
    });
    if (!done) {
        return done.error();
    }
    return pending;
}

Result<InvitationRecord> PgOrgAdminStore::findPendingInvitation(const Actor& actor,
                                                                const std::string& invitationId)
{
    InvitationRecord invitation;
    Status done = runAsActor(m_pool, actor, "read an invitation", [&](pqxx::transaction_base& tx) {
        auto found = selectPending(tx, actor, invitationId);
        if (found.empty()) {
            return Refusal{noSuchResource()};
        }
        invitation = std::move(found.front());
        return Refusal{};
    });
    if (!done) {
        return done.error();
    }
    return invitation;
}

Status PgOrgAdminStore::revokeInvitation(const Actor& actor, const std::string& invitationId)
{
    return runAsActor(m_pool, actor, "revoke an invitation", [&](pqxx::transaction_base& tx) {
        const auto deleted = tx.exec_params(
            "DELETE FROM invitations WHERE org_id = $1 AND id = $2 AND used_at IS NULL",
            actor.orgId, invitationId);
        if (deleted.affected_rows() == 0) {
            return Refusal{noSuchResource()};
        }
        auditActorChange(tx, actor, "invitation.revoke", "invitation", invitationId);
        return Refusal{};
    });
}

Result<std::optional<std::string>>
PgOrgAdminStore::pendingInvitationEmail(const std::string& tokenHash)
{
    return optionalText(m_pool, "look up an invitation",
                        "SELECT pending_invitation_email(decode($1, 'hex'))", tokenHash);
}

Result<std::optional<std::string>> PgOrgAdminStore::userIdForEmail(const std::string& email)
{
    return optionalText(m_pool, "look up a user", "SELECT id::text FROM users WHERE email = $1",
                        email);
}

Result<std::optional<std::string>> PgOrgAdminStore::emailOfUser(const std::string& userId)
{
    return optionalText(m_pool, "look up a user", "SELECT email FROM users WHERE id = $1::uuid",
                        userId);
}

Result<service::AcceptedInvitation>
PgOrgAdminStore::acceptInvitation(const std::string& tokenHash, const std::string& userId,
                                  const std::optional<service::NewUser>& newUser,
                                  const std::string& newMembershipId)
{
    service::AcceptedInvitation accepted;
    Status done = runWithoutTenant(m_pool, "accept an invitation", [&](pqxx::transaction_base& tx) {
        if (newUser) {
            tx.exec_params("INSERT INTO users (id, email, display_name, password_hash) "
                           "VALUES ($1, $2, $3, $4)",
                           newUser->id, newUser->email, newUser->displayName,
                           newUser->passwordHash);
        }
        const auto rows =
            tx.exec_params("SELECT accepted_org_id::text, accepted_membership_id::text, "
                           "accepted_invitation_id::text, accepted_role "
                           "FROM accept_invitation(decode($1, 'hex'), $2::uuid, $3::uuid)",
                           tokenHash, userId, newMembershipId);
        if (rows.empty()) {
            return Refusal{
                makeError("invitation_invalid", "the invitation is unknown, used or expired")};
        }
        accepted = service::AcceptedInvitation{
            rows[0][0].as<std::string>(), rows[0][1].as<std::string>(),
            rows[0][2].as<std::string>(), userId, rows[0][3].as<std::string>()};
        appendAuditEvent(tx, audit::AuditEvent{.orgId = accepted.orgId,
                                               .actorUserId = userId,
                                               .deviceId = std::nullopt,
                                               .action = "invitation.accept",
                                               .objectType = "membership",
                                               .objectId = accepted.membershipId});
        return Refusal{};
    });
    if (!done) {
        return done.error();
    }
    return accepted;
}

} // namespace fitflow::storage
