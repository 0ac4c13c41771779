-- 0005: TOTP enrolment and single-use codes.
--
-- mfa_pending_secret holds a secret from POST /api/v1/auth/mfa/enrol until a code from it is
-- confirmed; only then does it move to mfa_secret and mfa_enabled_at is set, so an abandoned
-- enrolment never locks anyone out. mfa_last_step is the RFC 6238 time step of the last accepted
-- code: a code of that step or an earlier one is refused, so each code works once (ASVS 2.8.4).
ALTER TABLE users
    ADD COLUMN mfa_pending_secret bytea NULL
        CHECK (mfa_pending_secret IS NULL OR length(mfa_pending_secret) BETWEEN 16 AND 128),
    ADD COLUMN mfa_last_step bigint NULL CHECK (mfa_last_step IS NULL OR mfa_last_step >= 0);
