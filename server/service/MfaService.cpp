#include "server/service/MfaService.h"

#include "server/service/auth/Base32.h"
#include "server/service/auth/Totp.h"

namespace fitflow::service {

namespace {

Error wrongCode()
{
    return makeError("invalid_value", "the code does not match the new secret", "totp_code");
}

Error wrongPasswordOrCode()
{
    return makeError("forbidden", "the password or code is not correct");
}

} // namespace

MfaService::MfaService(IdentityStore& store, audit::AuditTrail& auditTrail,
                       const PasswordHasher& hasher, const auth::TotpSecretVault& secrets,
                       std::string issuer)
    : m_store(store)
    , m_auditTrail(auditTrail)
    , m_hasher(hasher)
    , m_secrets(secrets)
    , m_issuer(std::move(issuer))
{
}

Result<MfaEnrolment> MfaService::enrol(const auth::AccessTokenClaims& caller)
{
    auto state = stateOf(caller.subject);
    if (!state) {
        return state.error();
    }
    if (state->secret) {
        return makeError("conflict", "two-factor authentication is already on");
    }
    const std::vector<unsigned char> secret = auth::newTotpSecret();
    if (Status stored = m_store.storePendingMfaSecret(caller.subject,
                                                      m_secrets.forStorage(secret, caller.subject),
                                                      event(caller, "auth.mfa_enrolled"));
        !stored) {
        return stored.error();
    }
    return MfaEnrolment{.secretBase32 = auth::encodeBase32(secret),
                        .provisioningUri =
                            auth::totpProvisioningUri(m_issuer, state->email, secret)};
}

Status MfaService::confirm(const auth::AccessTokenClaims& caller, const std::string& code,
                           std::chrono::sys_seconds now)
{
    auto state = stateOf(caller.subject);
    if (!state) {
        return state.error();
    }
    if (state->secret || !state->pendingSecret) {
        return makeError("conflict", "there is no pending enrolment to confirm");
    }
    const auto secret = m_secrets.fromStorage(*state->pendingSecret, caller.subject);
    if (!secret) {
        return secret.error();
    }
    // The pending secret is new: no code of it has been accepted before.
    const auto step = auth::verifyTotp(*secret, code, now, std::nullopt);
    if (!step) {
        auditRefusal(caller, "auth.mfa_confirm_failed");
        return wrongCode();
    }
    auto enabled = m_store.enableMfa(caller.subject, *state->pendingSecret, *step,
                                     event(caller, "auth.mfa_enabled"));
    if (!enabled) {
        return enabled.error();
    }
    if (!*enabled) {
        return makeError("conflict", "the enrolment changed meanwhile; enrol again");
    }
    return {};
}

Status MfaService::disable(const auth::AccessTokenClaims& caller, const std::string& password,
                           const std::string& code, std::chrono::sys_seconds now)
{
    auto state = stateOf(caller.subject);
    if (!state) {
        return state.error();
    }
    if (!state->secret) {
        return makeError("conflict", "two-factor authentication is off");
    }
    const auto secret = m_secrets.fromStorage(*state->secret, caller.subject);
    if (!secret) {
        return secret.error();
    }
    // Both are checked whatever the first says, so the answer's timing tells nothing.
    const bool passwordOk = m_hasher.verify(state->passwordHash, password);
    const auto step = auth::verifyTotp(*secret, code, now, state->lastStep);
    if (!step && step.error().code == "totp_code_reused") {
        auditRefusal(caller, "auth.totp_code_reused");
    }
    if (!passwordOk || !step) {
        auditRefusal(caller, "auth.mfa_disable_failed");
        return wrongPasswordOrCode();
    }
    auto disabled = m_store.disableMfa(caller.subject, *step, event(caller, "auth.mfa_disabled"));
    if (!disabled) {
        return disabled.error();
    }
    if (!*disabled) {
        // A login used the same code between our read and this write.
        auditRefusal(caller, "auth.totp_code_reused");
        return wrongPasswordOrCode();
    }
    return {};
}

Result<MfaState> MfaService::stateOf(const std::string& userId)
{
    auto state = m_store.findMfaState(userId);
    if (!state) {
        return state.error();
    }
    if (!*state) {
        return makeError("unauthenticated", "the user no longer exists");
    }
    return std::move(**state);
}

audit::AuditEvent MfaService::event(const auth::AccessTokenClaims& caller, std::string action) const
{
    return audit::AuditEvent{.orgId = std::nullopt,
                             .actorUserId = caller.subject,
                             .deviceId = caller.deviceId,
                             .action = std::move(action),
                             .objectType = "user",
                             .objectId = caller.subject};
}

void MfaService::auditRefusal(const auth::AccessTokenClaims& caller, std::string action)
{
    // Auditing a refusal must not change the answer; storage logs its own failures.
    (void)m_auditTrail.append(event(caller, std::move(action)));
}

} // namespace fitflow::service
