#include "server/storage/PgIdentityStore.h"

#include "server/storage/PgErrors.h"
#include "server/storage/audit/PgAuditTrail.h"

#include <pqxx/pqxx>

namespace fitflow::storage {

namespace {

using service::ThrottleKeyKind;

const char* kindName(ThrottleKeyKind kind)
{
    return kind == ThrottleKeyKind::Account ? "account" : "ip";
}

std::chrono::sys_seconds fromEpoch(const pqxx::field& field)
{
    return std::chrono::sys_seconds{std::chrono::seconds{field.as<std::int64_t>()}};
}

std::vector<unsigned char> fromHex(const std::string& hex)
{
    std::vector<unsigned char> bytes;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
        bytes.push_back(static_cast<unsigned char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
    }
    return bytes;
}

// "a,b,c" (array_to_string of uuids, which never contain commas) to its parts.
std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        parts.push_back(text.substr(start, comma - start));
        start = comma + 1;
    }
    return parts;
}

std::string toHex(const std::vector<unsigned char>& bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    for (const unsigned char byte : bytes) {
        hex.push_back(kDigits[byte >> 4]);
        hex.push_back(kDigits[byte & 0x0F]);
    }
    return hex;
}

std::optional<std::string> optionalText(const pqxx::field& field)
{
    return field.is_null() ? std::nullopt : std::optional<std::string>(field.as<std::string>());
}

std::optional<std::vector<unsigned char>> optionalBytes(const pqxx::field& hexField)
{
    if (hexField.is_null()) {
        return std::nullopt;
    }
    return fromHex(hexField.as<std::string>());
}

std::optional<std::int64_t> optionalStep(const pqxx::field& field)
{
    if (field.is_null()) {
        return std::nullopt;
    }
    return field.as<std::int64_t>();
}

std::string orEmpty(const std::optional<std::string>& value)
{
    return value.value_or(std::string());
}

void insertToken(pqxx::transaction_base& tx, const service::RefreshTokenRow& row)
{
    tx.exec_params("INSERT INTO refresh_tokens (id, user_id, device_id, family_id, token_hash, "
                   "expires_at) VALUES ($1, $2, NULLIF($3, '')::uuid, $4, decode($5, 'hex'), "
                   "to_timestamp($6))",
                   row.id, row.userId, orEmpty(row.deviceId), row.familyId, row.tokenHash,
                   row.expiresAt.time_since_epoch().count());
}

} // namespace

PgIdentityStore::PgIdentityStore(ConnectionPool& pool)
    : m_pool(pool)
{
}

template <typename T>
Result<T> PgIdentityStore::inTransaction(std::string_view action,
                                         const std::function<T(pqxx::transaction_base&)>& work)
{
    auto lease = m_pool.acquire();
    if (!lease) {
        return lease.error();
    }
    try {
        pqxx::work tx(lease->connection());
        T value = work(tx);
        tx.commit();
        return value;
    } catch (...) {
        return errorFromCurrentException(action);
    }
}

template <typename T>
Result<T> PgIdentityStore::inOneStatement(std::string_view action,
                                          const std::function<T(pqxx::transaction_base&)>& work)
{
    auto lease = m_pool.acquire();
    if (!lease) {
        return lease.error();
    }
    try {
        pqxx::nontransaction statement(lease->connection());
        return work(statement);
    } catch (...) {
        return errorFromCurrentException(action);
    }
}

Result<std::optional<service::UserCredentials>>
PgIdentityStore::findCredentials(const std::string& email)
{
    return inTransaction<std::optional<service::UserCredentials>>(
        "read credentials",
        [&](pqxx::transaction_base& tx) -> std::optional<service::UserCredentials> {
            const auto rows = tx.exec_params(
                "SELECT id::text, password_hash, encode(mfa_secret, 'hex'), "
                "mfa_enabled_at IS NOT NULL AND mfa_secret IS NOT NULL, mfa_last_step "
                "FROM users WHERE email = $1",
                email);
            if (rows.empty()) {
                return std::nullopt;
            }
            service::UserCredentials credentials{.userId = rows[0][0].as<std::string>(),
                                                 .passwordHash = rows[0][1].as<std::string>(),
                                                 .mfaSecret = std::nullopt,
                                                 .mfaLastStep = optionalStep(rows[0][4])};
            if (rows[0][3].as<bool>()) {
                credentials.mfaSecret = fromHex(rows[0][2].as<std::string>());
            }
            return credentials;
        });
}

Result<std::optional<service::UserProfile>> PgIdentityStore::findProfile(const std::string& userId)
{
    // The user and their memberships in one statement (one row per membership, or one row
    // with NULL membership columns): every push and /me request reads this.
    return inOneStatement<std::optional<service::UserProfile>>(
        "read a user", [&](pqxx::transaction_base& tx) -> std::optional<service::UserProfile> {
            const auto rows = tx.exec_params(
                "SELECT u.id::text, u.email, u.display_name, u.gst_hst_number, u.qst_number, "
                "m.org_id::text, m.org_name, m.role, array_to_string(m.location_ids, ',') "
                "FROM users u LEFT JOIN LATERAL identity_memberships(u.id) WITH ORDINALITY "
                "AS m (org_id, org_name, role, location_ids, position) ON true "
                "WHERE u.id = $1::uuid ORDER BY m.position",
                userId);
            if (rows.empty()) {
                return std::nullopt;
            }
            service::UserProfile profile{
                .userId = rows[0][0].as<std::string>(),
                .email = rows[0][1].as<std::string>(),
                .displayName = rows[0][2].as<std::string>(),
                .memberships = {},
                .taxRegistrations = {optionalText(rows[0][3]), optionalText(rows[0][4])}};
            for (const auto& row : rows) {
                if (row[5].is_null()) {
                    continue; // a user without memberships
                }
                profile.memberships.push_back({.orgId = row[5].as<std::string>(),
                                               .orgName = row[6].as<std::string>(),
                                               .role = row[7].as<std::string>(),
                                               .locationIds = splitList(row[8].as<std::string>())});
            }
            return profile;
        });
}

Result<service::ThrottleCounter> PgIdentityStore::throttleCounter(ThrottleKeyKind kind,
                                                                  const std::string& key)
{
    return inTransaction<service::ThrottleCounter>(
        "read login throttle", [&](pqxx::transaction_base& tx) {
            const auto rows = tx.exec_params(
                "SELECT failures, extract(epoch FROM window_started_at)::bigint, "
                "extract(epoch FROM locked_until)::bigint, "
                "extract(epoch FROM coalesce(last_failed_at, window_started_at))::bigint "
                "FROM login_throttles "
                "WHERE key_kind = $1 AND key = $2",
                kindName(kind), key);
            service::ThrottleCounter counter;
            if (!rows.empty()) {
                counter.failures = rows[0][0].as<int>();
                counter.windowStartedAt = fromEpoch(rows[0][1]);
                if (!rows[0][2].is_null()) {
                    counter.lockedUntil = fromEpoch(rows[0][2]);
                }
                counter.lastFailedAt = fromEpoch(rows[0][3]);
            }
            return counter;
        });
}

Status PgIdentityStore::recordFailure(ThrottleKeyKind kind, const std::string& key,
                                      std::chrono::sys_seconds now, std::chrono::seconds window)
{
    auto done = inTransaction<bool>("record a failed login", [&](pqxx::transaction_base& tx) {
        tx.exec_params(
            "INSERT INTO login_throttles AS t (key_kind, key, failures, window_started_at, "
            "last_failed_at) VALUES ($1, $2, 1, to_timestamp($3), to_timestamp($3)) "
            "ON CONFLICT (key_kind, key) DO UPDATE SET last_failed_at = to_timestamp($3), "
            "failures = CASE WHEN t.window_started_at <= to_timestamp($3::bigint - $4::bigint) "
            "THEN 1 "
            "ELSE t.failures + 1 END, "
            "window_started_at = CASE WHEN t.window_started_at <= to_timestamp($3::bigint - "
            "$4::bigint) "
            "THEN to_timestamp($3) ELSE t.window_started_at END",
            kindName(kind), key.substr(0, 320), now.time_since_epoch().count(), window.count());
        return true;
    });
    return done ? Status{} : Status{done.error()};
}

Status PgIdentityStore::recordLockout(ThrottleKeyKind kind, const std::string& key,
                                      std::chrono::sys_seconds until)
{
    auto done = inTransaction<bool>("record a lockout", [&](pqxx::transaction_base& tx) {
        tx.exec_params("UPDATE login_throttles SET locked_until = to_timestamp($3) "
                       "WHERE key_kind = $1 AND key = $2",
                       kindName(kind), key, until.time_since_epoch().count());
        return true;
    });
    return done ? Status{} : Status{done.error()};
}

Status PgIdentityStore::clearFailures(ThrottleKeyKind kind, const std::string& key)
{
    auto done = inTransaction<bool>("clear failed logins", [&](pqxx::transaction_base& tx) {
        tx.exec_params("DELETE FROM login_throttles WHERE key_kind = $1 AND key = $2",
                       kindName(kind), key);
        return true;
    });
    return done ? Status{} : Status{done.error()};
}

Status PgIdentityStore::registerDevice(const std::string& deviceId, const std::string& userId,
                                       const std::string& name)
{
    auto owned = inTransaction<bool>("register a device", [&](pqxx::transaction_base& tx) {
        const auto rows = tx.exec_params(
            "INSERT INTO devices AS d (id, user_id, name) VALUES ($1::uuid, $2::uuid, $3) "
            "ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name "
            "WHERE d.user_id = EXCLUDED.user_id AND d.revoked_at IS NULL RETURNING id",
            deviceId, userId, name);
        return !rows.empty();
    });
    if (!owned) {
        return owned.error();
    }
    if (!*owned) {
        return makeError("invalid_credentials", "the email, password or code is not correct");
    }
    return {};
}

Result<bool> PgIdentityStore::isDeviceRevoked(const std::string& deviceId)
{
    // Every request of a device asks this: one statement, no transaction around it.
    return inOneStatement<bool>("check a device", [&](pqxx::transaction_base& tx) {
        const auto rows = tx.exec_params(
            "SELECT revoked_at IS NOT NULL FROM devices WHERE id = $1::uuid", deviceId);
        return rows.empty() || rows[0][0].as<bool>();
    });
}

Status PgIdentityStore::insertRefreshToken(const service::RefreshTokenRow& row)
{
    auto done = inTransaction<bool>("store a refresh token", [&](pqxx::transaction_base& tx) {
        insertToken(tx, row);
        return true;
    });
    return done ? Status{} : Status{done.error()};
}

Result<std::optional<service::StoredRefreshToken>>
PgIdentityStore::findRefreshToken(const std::string& tokenHash)
{
    return inTransaction<std::optional<service::StoredRefreshToken>>(
        "read a refresh token",
        [&](pqxx::transaction_base& tx) -> std::optional<service::StoredRefreshToken> {
            const auto rows = tx.exec_params(
                "SELECT t.id::text, t.user_id::text, t.device_id::text, t.family_id::text, "
                "t.state, extract(epoch FROM t.expires_at)::bigint, s.id::text, s.state, "
                "floor(extract(epoch FROM s.issued_at))::bigint "
                "FROM refresh_tokens t LEFT JOIN refresh_tokens s ON s.id = t.replaced_by "
                "WHERE t.token_hash = decode($1, 'hex')",
                tokenHash);
            if (rows.empty()) {
                return std::nullopt;
            }
            const auto& row = rows[0];
            service::StoredRefreshToken token{.id = row[0].as<std::string>(),
                                              .userId = row[1].as<std::string>(),
                                              .deviceId = std::nullopt,
                                              .familyId = row[3].as<std::string>(),
                                              .state = row[4].as<std::string>(),
                                              .expiresAt = fromEpoch(row[5]),
                                              .successor = std::nullopt};
            if (!row[2].is_null()) {
                token.deviceId = row[2].as<std::string>();
            }
            if (!row[6].is_null()) {
                token.successor =
                    service::StoredRefreshToken::Successor{.id = row[6].as<std::string>(),
                                                           .state = row[7].as<std::string>(),
                                                           .issuedAt = fromEpoch(row[8])};
            }
            return token;
        });
}

Result<bool> PgIdentityStore::rotateRefreshToken(const std::string& previousId,
                                                 const service::RefreshTokenRow& next)
{
    auto lease = m_pool.acquire();
    if (!lease) {
        return lease.error();
    }
    try {
        pqxx::work tx(lease->connection());
        insertToken(tx, next);
        const auto updated =
            tx.exec_params("UPDATE refresh_tokens SET state = 'rotated', replaced_by = $2::uuid "
                           "WHERE id = $1::uuid AND state = 'active'",
                           previousId, next.id);
        if (updated.affected_rows() != 1) {
            tx.abort();
            return false;
        }
        tx.commit();
        return true;
    } catch (...) {
        return errorFromCurrentException("rotate a refresh token");
    }
}

Status PgIdentityStore::revokeFamily(const std::string& familyId)
{
    auto done = inTransaction<bool>("revoke a token family", [&](pqxx::transaction_base& tx) {
        tx.exec_params("UPDATE refresh_tokens SET state = 'revoked', replaced_by = NULL "
                       "WHERE family_id = $1::uuid AND state <> 'revoked'",
                       familyId);
        return true;
    });
    return done ? Status{} : Status{done.error()};
}

Result<bool> PgIdentityStore::acceptTotpStep(const std::string& userId, std::int64_t step)
{
    return inTransaction<bool>("record a TOTP step", [&](pqxx::transaction_base& tx) {
        const auto updated =
            tx.exec_params("UPDATE users SET mfa_last_step = $2 WHERE id = $1::uuid "
                           "AND (mfa_last_step IS NULL OR mfa_last_step < $2)",
                           userId, step);
        return updated.affected_rows() == 1;
    });
}

Result<std::optional<service::MfaState>> PgIdentityStore::findMfaState(const std::string& userId)
{
    return inTransaction<std::optional<service::MfaState>>(
        "read MFA state", [&](pqxx::transaction_base& tx) -> std::optional<service::MfaState> {
            const auto rows = tx.exec_params(
                "SELECT email, password_hash, "
                "CASE WHEN mfa_enabled_at IS NOT NULL THEN encode(mfa_secret, 'hex') END, "
                "encode(mfa_pending_secret, 'hex'), mfa_last_step "
                "FROM users WHERE id = $1::uuid",
                userId);
            if (rows.empty()) {
                return std::nullopt;
            }
            return service::MfaState{.email = rows[0][0].as<std::string>(),
                                     .passwordHash = rows[0][1].as<std::string>(),
                                     .secret = optionalBytes(rows[0][2]),
                                     .pendingSecret = optionalBytes(rows[0][3]),
                                     .lastStep = optionalStep(rows[0][4])};
        });
}

Status PgIdentityStore::storePendingMfaSecret(const std::string& userId,
                                              const std::vector<unsigned char>& secret,
                                              const audit::AuditEvent& event)
{
    auto stored =
        inTransaction<bool>("store a pending TOTP secret", [&](pqxx::transaction_base& tx) {
            const auto updated =
                tx.exec_params("UPDATE users SET mfa_pending_secret = decode($2, 'hex') "
                               "WHERE id = $1::uuid AND mfa_enabled_at IS NULL",
                               userId, toHex(secret));
            if (updated.affected_rows() != 1) {
                return false;
            }
            appendAuditEvent(tx, event);
            return true;
        });
    if (!stored) {
        return stored.error();
    }
    if (!*stored) {
        return makeError("conflict", "two-factor authentication is already on");
    }
    return {};
}

Result<bool> PgIdentityStore::enableMfa(const std::string& userId,
                                        const std::vector<unsigned char>& pendingSecret,
                                        std::int64_t step, const audit::AuditEvent& event)
{
    return inTransaction<bool>("enable MFA", [&](pqxx::transaction_base& tx) {
        const auto updated = tx.exec_params(
            "UPDATE users SET mfa_secret = mfa_pending_secret, mfa_pending_secret = NULL, "
            "mfa_enabled_at = now(), mfa_last_step = $3 "
            "WHERE id = $1::uuid AND mfa_enabled_at IS NULL "
            "AND mfa_pending_secret = decode($2, 'hex')",
            userId, toHex(pendingSecret), step);
        if (updated.affected_rows() != 1) {
            return false;
        }
        appendAuditEvent(tx, event);
        return true;
    });
}

Result<bool> PgIdentityStore::disableMfa(const std::string& userId, std::int64_t step,
                                         const audit::AuditEvent& event)
{
    return inTransaction<bool>("disable MFA", [&](pqxx::transaction_base& tx) {
        const auto updated =
            tx.exec_params("UPDATE users SET mfa_secret = NULL, mfa_pending_secret = NULL, "
                           "mfa_enabled_at = NULL, mfa_last_step = NULL "
                           "WHERE id = $1::uuid AND mfa_enabled_at IS NOT NULL "
                           "AND (mfa_last_step IS NULL OR mfa_last_step < $2)",
                           userId, step);
        if (updated.affected_rows() != 1) {
            return false;
        }
        appendAuditEvent(tx, event);
        return true;
    });
}

} // namespace fitflow::storage
