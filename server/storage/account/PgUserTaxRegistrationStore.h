#pragma once
// UserTaxRegistrationStore on PostgreSQL: the users table's gst_hst_number and qst_number
// (migration 0019, the same format CHECKs as the organization's). Users carry no org_id and are
// changed without tenant context, like the TOTP state; one short transaction per call.

#include "server/service/account/UserTaxRegistrationStore.h"
#include "server/storage/ConnectionPool.h"

namespace fitflow::storage {

class PgUserTaxRegistrationStore final : public service::UserTaxRegistrationStore {
public:
    explicit PgUserTaxRegistrationStore(ConnectionPool& pool); // `pool` must outlive this

    Result<service::TaxRegistrations>
    updateUserTaxRegistrations(const std::string& userId,
                               const service::TaxRegistrationsPatch& patch,
                               const audit::AuditEvent& event) override;

private:
    ConnectionPool& m_pool;
};

} // namespace fitflow::storage
