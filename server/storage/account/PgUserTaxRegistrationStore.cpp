#include "server/storage/account/PgUserTaxRegistrationStore.h"

#include "server/storage/PgErrors.h"
#include "server/storage/audit/PgAuditTrail.h"

#include <pqxx/pqxx>

namespace fitflow::storage {

namespace {

std::optional<std::string> optionalText(const pqxx::field& field)
{
    return field.is_null() ? std::nullopt : std::optional<std::string>(field.as<std::string>());
}

// The value a present PATCH field sets (NULL when it clears).
const char* valueOf(const std::optional<std::optional<std::string>>& field)
{
    return field && *field ? (*field)->c_str() : nullptr;
}

} // namespace

PgUserTaxRegistrationStore::PgUserTaxRegistrationStore(ConnectionPool& pool)
    : m_pool(pool)
{
}

Result<service::TaxRegistrations>
PgUserTaxRegistrationStore::updateUserTaxRegistrations(const std::string& userId,
                                                       const service::TaxRegistrationsPatch& patch,
                                                       const audit::AuditEvent& event)
{
    auto lease = m_pool.acquire();
    if (!lease) {
        return lease.error();
    }
    try {
        pqxx::work tx(lease->connection());
        const auto updated =
            tx.exec_params("UPDATE users SET "
                           "gst_hst_number = CASE WHEN $2 THEN $3::text ELSE gst_hst_number END, "
                           "qst_number = CASE WHEN $4 THEN $5::text ELSE qst_number END "
                           "WHERE id = $1::uuid RETURNING gst_hst_number, qst_number",
                           userId, patch.gstHstNumber.has_value(), valueOf(patch.gstHstNumber),
                           patch.qstNumber.has_value(), valueOf(patch.qstNumber));
        if (updated.empty()) {
            return makeError("unauthenticated", "the user no longer exists");
        }
        appendAuditEvent(tx, event);
        service::TaxRegistrations registrations{optionalText(updated[0][0]),
                                                optionalText(updated[0][1])};
        tx.commit();
        return registrations;
    } catch (...) {
        return errorFromCurrentException("update the user's tax registrations");
    }
}

} // namespace fitflow::storage
