#include "server/storage/PgDemoDataStore.h"

#include "server/storage/ConnectionString.h"
#include "server/storage/PgErrors.h"
#include "server/storage/TenantTransaction.h"

#include <date/date.h>
#include <pqxx/pqxx>

namespace fitflow::storage {

namespace {

using service::DemoDataset;

constexpr int kConnectTimeoutSeconds = 5;
constexpr long long kSeedLockKey = 0x46697453656564; // "FitSeed"

bool userExists(pqxx::transaction_base& transaction, std::string_view email)
{
    return transaction
        .exec_params1("SELECT EXISTS (SELECT 1 FROM users WHERE email = $1)", std::string(email))[0]
        .as<bool>();
}

long long unixSeconds(std::chrono::sys_seconds instant)
{
    return static_cast<long long>(instant.time_since_epoch().count());
}

void insertUsers(pqxx::transaction_base& tx, const DemoDataset& data)
{
    for (const auto& user : data.users) {
        tx.exec_params("INSERT INTO users (id, email, display_name, password_hash) "
                       "VALUES ($1, $2, $3, $4)",
                       user.id, user.email, user.displayName, user.passwordHash);
    }
}

void insertOrganizationRows(pqxx::transaction_base& tx, const DemoDataset& data,
                            const std::string& orgId)
{
    for (const auto& org : data.organizations) {
        if (org.id == orgId) {
            tx.exec_params("INSERT INTO organizations (id, name, kind, province, gst_hst_number, "
                           "qst_number) VALUES ($1, $2, $3, $4, NULLIF($5, ''), NULLIF($6, ''))",
                           org.id, org.name, org.kind, org.province, org.gstHstNumber,
                           org.qstNumber);
        }
    }
    for (const auto& location : data.locations) {
        if (location.orgId == orgId) {
            tx.exec_params("INSERT INTO locations (org_id, id, name, province, time_zone, "
                           "street, city, postal_code) VALUES ($1, $2, $3, $4, $5, "
                           "NULLIF($6, ''), NULLIF($7, ''), NULLIF($8, ''))",
                           location.orgId, location.id, location.name, location.province,
                           location.timeZone, location.street, location.city, location.postalCode);
        }
    }
    for (const auto& membership : data.memberships) {
        if (membership.orgId != orgId) {
            continue;
        }
        tx.exec_params("INSERT INTO memberships (org_id, id, user_id, role) "
                       "VALUES ($1, $2, $3, $4)",
                       membership.orgId, membership.id, membership.userId, membership.role);
        for (const auto& locationId : membership.locationIds) {
            tx.exec_params("INSERT INTO membership_locations (org_id, membership_id, location_id) "
                           "VALUES ($1, $2, $3)",
                           membership.orgId, membership.id, locationId);
        }
    }
    for (const auto& client : data.clients) {
        if (client.orgId != orgId) {
            continue;
        }
        tx.exec_params("INSERT INTO clients (org_id, id, user_id, given_name, family_name, email) "
                       "VALUES ($1, $2, NULLIF($3, '')::uuid, $4, $5, $6)",
                       client.orgId, client.id, client.userId.value_or(""), client.givenName,
                       client.familyName, client.email);
        for (const auto& trainer : client.trainerUserIds) {
            tx.exec_params("INSERT INTO client_trainers (org_id, client_id, trainer_user_id) "
                           "VALUES ($1, $2, $3)",
                           client.orgId, client.id, trainer);
        }
    }
    for (const auto& session : data.sessions) {
        if (session.orgId == orgId) {
            tx.exec_params("INSERT INTO sessions (org_id, id, trainer_user_id, client_id, "
                           "location_id, starts_at, ends_at, status) VALUES ($1, $2, $3, $4, $5, "
                           "to_timestamp($6::bigint), to_timestamp($7::bigint), $8)",
                           session.orgId, session.id, session.trainerUserId, session.clientId,
                           session.locationId, unixSeconds(session.startsAt),
                           unixSeconds(session.endsAt), session.status);
        }
    }
    for (const auto& invoice : data.invoices) {
        if (invoice.orgId != orgId) {
            continue;
        }
        const std::string taxPoint =
            invoice.taxPointDate ? date::format("%F", *invoice.taxPointDate) : std::string();
        tx.exec_params("INSERT INTO invoices (org_id, id, number, client_id, status, currency, "
                       "subtotal_cents, tax_cents, total_cents, tax_point_date, location_id, "
                       "trainer_user_id, draft, totals, issued_at) VALUES ($1, $2, "
                       "NULLIF($3, ''), $4, $5, $6, $7, $8, $9, NULLIF($10, '')::date, $11, $12, "
                       "$13::jsonb, $14::jsonb, NULLIF($10, '')::date)",
                       invoice.orgId, invoice.id, invoice.number.value_or(""), invoice.clientId,
                       invoice.status, invoice.currency, invoice.subtotalCents, invoice.taxCents,
                       invoice.totalCents, taxPoint, invoice.locationId, invoice.trainerUserId,
                       invoice.draftJson, invoice.totalsJson);
        int lineNo = 0;
        for (const auto& line : invoice.lines) {
            tx.exec_params("INSERT INTO invoice_lines (org_id, invoice_id, line_no, description, "
                           "quantity, unit_price_cents, amount_cents) "
                           "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                           invoice.orgId, invoice.id, ++lineNo, line.description, line.quantity,
                           line.unitPriceCents, line.amountCents);
        }
        if (invoice.payment) {
            tx.exec_params("INSERT INTO payments (org_id, id, invoice_id, kind, amount_cents, "
                           "currency, received_on, recorded_at, recorded_by_user_id) VALUES ($1, "
                           "$2, $3, 'e_transfer', $4, $5, $6::date, $6::date, $7)",
                           invoice.orgId, invoice.payment->id, invoice.id,
                           invoice.payment->amountCents, invoice.currency,
                           date::format("%F", invoice.payment->receivedOn), invoice.trainerUserId);
        }
    }
    for (const auto& availability : data.availability) {
        if (availability.orgId == orgId) {
            tx.exec_params(
                "INSERT INTO availability (org_id, id, trainer_user_id, location_id, "
                "weekly_rules, exceptions) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)",
                availability.orgId, availability.id, availability.trainerUserId,
                availability.locationId, availability.weeklyRulesJson, availability.exceptionsJson);
        }
    }
}

} // namespace

PgDemoDataStore::PgDemoDataStore(std::string databaseUrl)
    : m_databaseUrl(withConnectTimeout(databaseUrl, kConnectTimeoutSeconds))
{
}

Result<bool> PgDemoDataStore::hasUser(std::string_view markerEmail)
{
    try {
        pqxx::connection connection(m_databaseUrl);
        pqxx::read_transaction transaction(connection);
        return userExists(transaction, markerEmail);
    } catch (...) {
        return errorFromCurrentException("look for the demo users");
    }
}

Result<bool> PgDemoDataStore::storeUnlessPresent(const DemoDataset& dataset,
                                                 std::string_view markerEmail)
{
    try {
        pqxx::connection connection(m_databaseUrl);
        pqxx::work transaction(connection);
        transaction.exec_params("SELECT pg_advisory_xact_lock($1)", kSeedLockKey);
        if (userExists(transaction, markerEmail)) {
            return false;
        }
        insertUsers(transaction, dataset);
        for (const auto& org : dataset.organizations) {
            setTenantContext(transaction, TenantContext{org.id, {}, "owner"});
            insertOrganizationRows(transaction, dataset, org.id);
        }
        transaction.commit();
        return true;
    } catch (...) {
        return errorFromCurrentException("store the demo data");
    }
}

} // namespace fitflow::storage
