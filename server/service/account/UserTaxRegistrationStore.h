#pragma once
// Port: where a user's own GST/HST and QST registration numbers are kept (users table,
// migration 0019). A trainer invoices a studio as a contractor with them (design §2).

#include "server/service/audit/AuditEvent.h"
#include "server/service/orgadmin/OrgAdminRecords.h"
#include "shared/core/Result.h"

#include <string>

namespace fitflow::service {

class UserTaxRegistrationStore {
public:
    virtual ~UserTaxRegistrationStore() = default;

    // Applies `patch` to the user's numbers and appends `event` in the same transaction; the
    // numbers as stored afterwards. Error `unauthenticated` when the user no longer exists.
    virtual Result<TaxRegistrations> updateUserTaxRegistrations(const std::string& userId,
                                                                const TaxRegistrationsPatch& patch,
                                                                const audit::AuditEvent& event) = 0;
};

} // namespace fitflow::service
