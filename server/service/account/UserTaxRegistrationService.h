#pragma once
// Use case: a signed-in user records their own GST/HST and QST registration numbers, which the
// server snapshots onto the contractor invoices they issue to a studio (docs/sync-protocol.md,
// "Contractor invoices"). Only the user changes their own numbers; the formats are the
// organization's (TaxRegistrationService's validators, the same CHECKs in the database).

#include "server/service/account/UserTaxRegistrationStore.h"
#include "server/service/auth/AccessTokenClaims.h"

namespace fitflow::service {

class UserTaxRegistrationService {
public:
    // `store` must outlive this. Thread-safe.
    explicit UserTaxRegistrationService(UserTaxRegistrationStore& store);

    // Errors: `invalid_value` at "gst_hst_number" / "qst_number", `unauthenticated`. Audited
    // as a user-level event "user.tax_registrations.update" (no organization, ids only).
    Result<TaxRegistrations> update(const auth::AccessTokenClaims& caller,
                                    const TaxRegistrationsPatch& patch);

private:
    UserTaxRegistrationStore& m_store;
};

} // namespace fitflow::service
