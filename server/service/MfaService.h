#pragma once
// TOTP two-factor authentication for a signed-in user (RFC 6238): enrol creates a pending
// secret, confirm turns MFA on once a code from it matches, disable turns it off again with the
// password and a code. Codes work once here as at login. Each change is audited in the same
// transaction; refused attempts are audited too. Thread-safe: the collaborators are.

#include "server/service/IdentityStore.h"
#include "server/service/PasswordHasher.h"
#include "server/service/audit/AuditTrail.h"
#include "server/service/auth/AccessTokenClaims.h"
#include "server/service/auth/TotpSecretVault.h"

#include <chrono>
#include <string>

namespace fitflow::service {

struct MfaEnrolment {
    std::string secretBase32;    // for typing into an authenticator app
    std::string provisioningUri; // otpauth://totp/... for a QR code
};

class MfaService {
public:
    // All references must outlive the service. `issuer` names the account in authenticator apps.
    MfaService(IdentityStore& store, audit::AuditTrail& auditTrail, const PasswordHasher& hasher,
               const auth::TotpSecretVault& secrets, std::string issuer = "FitFlow");

    // A new pending secret, replacing any earlier pending one.
    // Errors: `conflict` (MFA is already on), `unauthenticated` (the user no longer exists).
    Result<MfaEnrolment> enrol(const auth::AccessTokenClaims& caller);

    // Turns MFA on when `code` matches the pending secret. Errors: `conflict` (nothing pending,
    // or MFA is already on), `invalid_value` with path `totp_code` (wrong code).
    Status confirm(const auth::AccessTokenClaims& caller, const std::string& code,
                   std::chrono::sys_seconds now);

    // Turns MFA off. Errors: `conflict` (MFA is off), `forbidden` (wrong password, wrong or
    // already used code).
    Status disable(const auth::AccessTokenClaims& caller, const std::string& password,
                   const std::string& code, std::chrono::sys_seconds now);

private:
    Result<MfaState> stateOf(const std::string& userId);
    audit::AuditEvent event(const auth::AccessTokenClaims& caller, std::string action) const;
    void auditRefusal(const auth::AccessTokenClaims& caller, std::string action);

    IdentityStore& m_store;
    audit::AuditTrail& m_auditTrail;
    const PasswordHasher& m_hasher;
    const auth::TotpSecretVault& m_secrets; // seals secrets before they reach storage
    std::string m_issuer;
};

} // namespace fitflow::service
