#include "server/service/account/UserTaxRegistrationService.h"

#include "server/service/orgadmin/TaxRegistrationService.h"

namespace fitflow::service {

UserTaxRegistrationService::UserTaxRegistrationService(UserTaxRegistrationStore& store)
    : m_store(store)
{
}

Result<TaxRegistrations> UserTaxRegistrationService::update(const auth::AccessTokenClaims& caller,
                                                            const TaxRegistrationsPatch& patch)
{
    if (Status valid = validateTaxRegistrations(patch); !valid) {
        return valid.error();
    }
    const audit::AuditEvent event{.orgId = std::nullopt,
                                  .actorUserId = caller.subject,
                                  .deviceId = caller.deviceId,
                                  .action = "user.tax_registrations.update",
                                  .objectType = "user",
                                  .objectId = caller.subject};
    return m_store.updateUserTaxRegistrations(caller.subject, patch, event);
}

} // namespace fitflow::service
