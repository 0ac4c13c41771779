#include "server/storage/orgadmin/PgOrgAdminStore.h"

#include "server/storage/orgadmin/PgOrgAdminSql.h"

#include <pqxx/pqxx>

namespace fitflow::storage {

namespace {

using service::Actor;
using service::LocationRecord;
using service::MemberRecord;

// A parameter that is NULL when absent (libpqxx 6 binds a null const char* as NULL).
const char* orNull(const std::optional<std::string>& value)
{
    return value ? value->c_str() : nullptr;
}

Error noSuchResource()
{
    return makeError("not_found", "no such resource");
}

std::optional<std::string> optionalText(const pqxx::field& field)
{
    return field.is_null() ? std::nullopt : std::optional<std::string>(field.as<std::string>());
}

// A row of kLocationColumns.
LocationRecord locationFrom(const pqxx::row& row)
{
    return LocationRecord{
        row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::string>(),
        row[3].as<std::string>(),
        service::LocationAddress{optionalText(row[4]), optionalText(row[5]), optionalText(row[6])}};
}

constexpr const char* kLocationColumns =
    "id::text, name, province, time_zone, street, city, postal_code";

// Active memberships with their user, locations ("a,b") and team lead; $1 org, $2 membership
// id or '' for all.
constexpr const char* kSelectMembers =
    "SELECT m.id::text, m.user_id::text, u.email, u.display_name, m.role, "
    "       coalesce(array_to_string(array_agg(ml.location_id ORDER BY ml.location_id) "
    "                FILTER (WHERE ml.location_id IS NOT NULL), ','), ''), "
    "       coalesce(m.team_lead_user_id::text, '') "
    "  FROM memberships m JOIN users u ON u.id = m.user_id "
    "  LEFT JOIN membership_locations ml ON ml.org_id = m.org_id AND ml.membership_id = m.id "
    " WHERE m.org_id = $1 AND m.ended_at IS NULL AND ($2 = '' OR m.id = NULLIF($2, '')::uuid) "
    " GROUP BY m.org_id, m.id, u.email, u.display_name "
    " ORDER BY u.email, m.role";

MemberRecord memberFrom(const pqxx::row& row)
{
    MemberRecord member{row[0].as<std::string>(),
                        row[1].as<std::string>(),
                        row[2].as<std::string>(),
                        row[3].as<std::string>(),
                        row[4].as<std::string>(),
                        splitUuidList(row[5].as<std::string>()),
                        std::nullopt};
    if (const auto lead = row[6].as<std::string>(); !lead.empty()) {
        member.teamLeadUserId = lead;
    }
    return member;
}

std::vector<MemberRecord> selectMembers(pqxx::transaction_base& tx, const Actor& actor,
                                        const std::string& membershipId)
{
    std::vector<MemberRecord> members;
    for (const auto& row : tx.exec_params(kSelectMembers, actor.orgId, membershipId)) {
        members.push_back(memberFrom(row));
    }
    return members;
}

// Locks the organization's active owner memberships; true when one other than `membershipId`
// remains.
bool anotherOwnerRemains(pqxx::transaction_base& tx, const Actor& actor,
                         const std::string& membershipId)
{
    const auto owners = tx.exec_params("SELECT id::text FROM memberships WHERE org_id = $1 "
                                       "AND role = 'owner' AND ended_at IS NULL FOR UPDATE",
                                       actor.orgId);
    for (const auto& owner : owners) {
        if (owner[0].as<std::string>() != membershipId) {
            return true;
        }
    }
    return false;
}

Error lastOwner()
{
    return makeError("conflict", "the organization must keep an active owner");
}

void replaceLocations(pqxx::transaction_base& tx, const Actor& actor,
                      const std::string& membershipId, const std::vector<std::string>& locations)
{
    tx.exec_params("DELETE FROM membership_locations WHERE org_id = $1 AND membership_id = $2",
                   actor.orgId, membershipId);
    tx.exec_params("INSERT INTO membership_locations (org_id, membership_id, location_id) "
                   "SELECT $1, $2, unnest($3::uuid[])",
                   actor.orgId, membershipId, arrayLiteral(locations));
}

} // namespace

PgOrgAdminStore::PgOrgAdminStore(ConnectionPool& pool)
    : m_pool(pool)
{
}

Result<std::vector<LocationRecord>> PgOrgAdminStore::listLocations(const Actor& actor)
{
    std::vector<LocationRecord> locations;
    Status done = runAsActor(m_pool, actor, "list locations", [&](pqxx::transaction_base& tx) {
        for (const auto& row :
             tx.exec_params(std::string("SELECT ") + kLocationColumns +
                                " FROM locations WHERE org_id = $1 ORDER BY name, id",
                            actor.orgId)) {
            locations.push_back(locationFrom(row));
        }
        return Refusal{};
    });
    if (!done) {
        return done.error();
    }
    return locations;
}

Status PgOrgAdminStore::createLocation(const Actor& actor, const LocationRecord& location)
{
    return runAsActor(m_pool, actor, "create a location", [&](pqxx::transaction_base& tx) {
        tx.exec_params("INSERT INTO locations (org_id, id, name, province, time_zone, street, "
                       "city, postal_code) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                       actor.orgId, location.id, location.name, location.province,
                       location.timeZone, orNull(location.address.street),
                       orNull(location.address.city), orNull(location.address.postalCode));
        auditActorChange(tx, actor, "location.create", "location", location.id);
        return Refusal{};
    });
}

Result<LocationRecord> PgOrgAdminStore::updateLocation(const Actor& actor,
                                                       const std::string& locationId,
                                                       const service::LocationPatch& patch)
{
    LocationRecord location;
    Status done = runAsActor(m_pool, actor, "update a location", [&](pqxx::transaction_base& tx) {
        // An address part is set when present (cleared when present as null).
        const auto valueOf = [](const std::optional<std::optional<std::string>>& part) {
            return part && *part ? (*part)->c_str() : nullptr;
        };
        const auto updated = tx.exec_params(
            std::string("UPDATE locations SET name = coalesce($3, name), province = coalesce($4, "
                        "province), "
                        "time_zone = coalesce($5, time_zone), "
                        "street = CASE WHEN $6 THEN $7::text ELSE street END, "
                        "city = CASE WHEN $8 THEN $9::text ELSE city END, "
                        "postal_code = CASE WHEN $10 THEN $11::text ELSE postal_code END "
                        "WHERE org_id = $1 AND id = $2 RETURNING ") +
                kLocationColumns,
            actor.orgId, locationId, orNull(patch.name), orNull(patch.province),
            orNull(patch.timeZone), patch.street.has_value(), valueOf(patch.street),
            patch.city.has_value(), valueOf(patch.city), patch.postalCode.has_value(),
            valueOf(patch.postalCode));
        if (updated.empty()) {
            return Refusal{noSuchResource()};
        }
        location = locationFrom(updated[0]);
        auditActorChange(tx, actor, "location.update", "location", locationId);
        return Refusal{};
    });
    if (!done) {
        return done.error();
    }
    return location;
}

Result<service::TaxRegistrations>
PgOrgAdminStore::updateTaxRegistrations(const Actor& actor,
                                        const service::TaxRegistrationsPatch& patch)
{
    const auto valueOf = [](const std::optional<std::optional<std::string>>& field) {
        return field && *field ? (*field)->c_str() : nullptr;
    };
    service::TaxRegistrations registrations;
    Status done =
        runAsActor(m_pool, actor, "update tax registrations", [&](pqxx::transaction_base& tx) {
            const auto updated = tx.exec_params(
                "UPDATE organizations SET "
                "gst_hst_number = CASE WHEN $2 THEN $3::text ELSE gst_hst_number END, "
                "qst_number = CASE WHEN $4 THEN $5::text ELSE qst_number END "
                "WHERE id = $1 RETURNING gst_hst_number, qst_number",
                actor.orgId, patch.gstHstNumber.has_value(), valueOf(patch.gstHstNumber),
                patch.qstNumber.has_value(), valueOf(patch.qstNumber));
            if (updated.empty()) {
                return Refusal{noSuchResource()};
            }
            if (!updated[0][0].is_null()) {
                registrations.gstHstNumber = updated[0][0].as<std::string>();
            }
            if (!updated[0][1].is_null()) {
                registrations.qstNumber = updated[0][1].as<std::string>();
            }
            auditActorChange(tx, actor, "organization.tax_registrations.update", "organization",
                             actor.orgId);
            return Refusal{};
        });
    if (!done) {
        return done.error();
    }
    return registrations;
}

Result<std::vector<MemberRecord>> PgOrgAdminStore::listMembers(const Actor& actor)
{
    std::vector<MemberRecord> members;
    Status done = runAsActor(m_pool, actor, "list members", [&](pqxx::transaction_base& tx) {
        members = selectMembers(tx, actor, "");
        auditActorChange(tx, actor, "membership.list", "organization", actor.orgId);
        return Refusal{};
    });
    if (!done) {
        return done.error();
    }
    return members;
}

Result<MemberRecord> PgOrgAdminStore::findMember(const Actor& actor,
                                                 const std::string& membershipId)
{
    MemberRecord member;
    Status done = runAsActor(m_pool, actor, "read a member", [&](pqxx::transaction_base& tx) {
        auto found = selectMembers(tx, actor, membershipId);
        if (found.empty()) {
            return Refusal{noSuchResource()};
        }
        member = std::move(found.front());
        return Refusal{};
    });
    if (!done) {
        return done.error();
    }
    return member;
}

Result<MemberRecord> PgOrgAdminStore::updateMember(const Actor& actor,
                                                   const std::string& membershipId,
                                                   const service::MemberPatch& patch)
{
    MemberRecord member;
    Status done = runAsActor(m_pool, actor, "update a member", [&](pqxx::transaction_base& tx) {
        const auto current = tx.exec_params("SELECT role FROM memberships WHERE org_id = $1 "
                                            "AND id = $2 AND ended_at IS NULL FOR UPDATE",
                                            actor.orgId, membershipId);
        if (current.empty()) {
            return Refusal{noSuchResource()};
        }
        const bool demotesOwner =
            current[0][0].as<std::string>() == "owner" && patch.role && *patch.role != "owner";
        if (demotesOwner && !anotherOwnerRemains(tx, actor, membershipId)) {
            return Refusal{lastOwner()};
        }
        const bool setsLead = patch.teamLeadUserId.has_value();
        const std::string lead = setsLead ? patch.teamLeadUserId->value_or("") : "";
        const auto updated =
            tx.exec_params("UPDATE memberships SET role = coalesce($3, role), team_lead_user_id = "
                           "CASE WHEN $4 THEN NULLIF($5, '')::uuid ELSE team_lead_user_id END "
                           "WHERE org_id = $1 AND id = $2",
                           actor.orgId, membershipId, orNull(patch.role), setsLead, lead);
        if (updated.affected_rows() == 0) {
            return Refusal{noSuchResource()};
        }
        if (patch.locationIds) {
            replaceLocations(tx, actor, membershipId, *patch.locationIds);
        }
        auditActorChange(tx, actor, "membership.update", "membership", membershipId);
        member = selectMembers(tx, actor, membershipId).at(0);
        return Refusal{};
    });
    if (!done) {
        return done.error();
    }
    return member;
}

Status PgOrgAdminStore::endMember(const Actor& actor, const std::string& membershipId)
{
    return runAsActor(m_pool, actor, "end a membership", [&](pqxx::transaction_base& tx) {
        const auto current = tx.exec_params("SELECT role FROM memberships WHERE org_id = $1 "
                                            "AND id = $2 AND ended_at IS NULL FOR UPDATE",
                                            actor.orgId, membershipId);
        if (current.empty()) {
            return Refusal{noSuchResource()};
        }
        if (current[0][0].as<std::string>() == "owner" &&
            !anotherOwnerRemains(tx, actor, membershipId)) {
            return Refusal{lastOwner()};
        }
        const auto ended =
            tx.exec_params("UPDATE memberships SET ended_at = now() WHERE org_id = $1 AND id = $2",
                           actor.orgId, membershipId);
        if (ended.affected_rows() == 0) {
            return Refusal{noSuchResource()};
        }
        auditActorChange(tx, actor, "membership.end", "membership", membershipId);
        return Refusal{};
    });
}

Result<bool> PgOrgAdminStore::hasActiveRole(const Actor& actor, const std::string& userId,
                                            const std::vector<std::string>& roles)
{
    bool holds = false;
    Status done = runAsActor(m_pool, actor, "read a membership", [&](pqxx::transaction_base& tx) {
        holds = tx.exec_params1("SELECT EXISTS (SELECT 1 FROM memberships WHERE org_id = $1 "
                                "AND user_id = $2::uuid AND role = ANY ($3::text[]) "
                                "AND ended_at IS NULL)",
                                actor.orgId, userId, arrayLiteral(roles))[0]
                    .as<bool>();
        return Refusal{};
    });
    if (!done) {
        return done.error();
    }
    return holds;
}

} // namespace fitflow::storage
