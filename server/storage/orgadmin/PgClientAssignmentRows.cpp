// PgOrgAdminStore: assignments of clients to trainers (client_trainers).
#include "server/storage/orgadmin/PgOrgAdminStore.h"

#include "server/storage/orgadmin/PgOrgAdminSql.h"

#include <pqxx/pqxx>

namespace fitflow::storage {

namespace {

// One boolean the actor's row-level security context answers.
Result<bool> askAsActor(ConnectionPool& pool, const service::Actor& actor, std::string_view what,
                        const std::string& sql, const std::string& param)
{
    bool answer = false;
    Status done = runAsActor(pool, actor, what, [&](pqxx::transaction_base& tx) {
        answer = tx.exec_params1(sql, actor.orgId, param)[0].as<bool>();
        return Refusal{};
    });
    if (!done) {
        return done.error();
    }
    return answer;
}

} // namespace

Result<bool> PgOrgAdminStore::clientVisible(const service::Actor& actor,
                                            const std::string& clientId)
{
    return askAsActor(m_pool, actor, "read a client",
                      "SELECT EXISTS (SELECT 1 FROM clients WHERE org_id = $1 AND id = $2::uuid)",
                      clientId);
}

Result<bool> PgOrgAdminStore::teamIncludes(const service::Actor& actor,
                                           const std::string& trainerUserId)
{
    return askAsActor(m_pool, actor, "read a team",
                      "SELECT $1::uuid IS NOT NULL AND fitflow_team_includes($2::uuid)",
                      trainerUserId);
}

Status PgOrgAdminStore::assignClient(const service::Actor& actor, const std::string& clientId,
                                     const std::string& trainerUserId)
{
    return runAsActor(m_pool, actor, "assign a client", [&](pqxx::transaction_base& tx) {
        tx.exec_params("INSERT INTO client_trainers (org_id, client_id, trainer_user_id) "
                       "VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                       actor.orgId, clientId, trainerUserId);
        auditActorChange(tx, actor, "client.assign_trainer", "client", clientId);
        return Refusal{};
    });
}

Status PgOrgAdminStore::unassignClient(const service::Actor& actor, const std::string& clientId,
                                       const std::string& trainerUserId)
{
    return runAsActor(m_pool, actor, "unassign a client", [&](pqxx::transaction_base& tx) {
        const auto removed = tx.exec_params("DELETE FROM client_trainers WHERE org_id = $1 "
                                            "AND client_id = $2 AND trainer_user_id = $3",
                                            actor.orgId, clientId, trainerUserId);
        if (removed.affected_rows() == 0) {
            return Refusal{makeError("not_found", "no such resource")};
        }
        auditActorChange(tx, actor, "client.unassign_trainer", "client", clientId);
        return Refusal{};
    });
}

} // namespace fitflow::storage
