#pragma once
// The store-thread halves of ProfileService: plain functions on an open store, testable without
// the Qt event loop. The profile is the server's GET /api/v1/me answer plus, for each
// organization the user administers, its member list (GET /api/v1/orgs/{id}/members), so
// trainers' schedules carry names.

#include "desktop/core/account/AccountProfile.h"
#include "shared/core/Result.h"

#include <QSqlDatabase>

namespace fitflow::desktop {

// The profile cached in the store; an empty profile when none was saved.
fitflow::Result<AccountProfile> readCachedProfile(const QSqlDatabase& db);

// Asks the server for the profile with the store's saved account and caches it. Errors:
// "not_signed_in" (no refresh token), transport errors ("network_error", "tls_error"),
// "login_required", "device_revoked", or the server's code. The cache is left as it was then.
fitflow::Result<AccountProfile> fetchAndCacheProfile(const QSqlDatabase& db);

// Sends the user's own registration numbers (normalized; empty clears one) with
// PATCH /api/v1/me/tax-registrations and keeps them in the cached profile. Errors as
// fetchAndCacheProfile, and the server's "invalid_value" (path "gst_hst_number" / "qst_number").
fitflow::Result<AccountProfile> saveTaxRegistrations(const QSqlDatabase& db, const QString& gstHst,
                                                     const QString& qst);

// True for roles that see the Manager view (owner, manager, trainer_admin).
bool administersOrganization(const QString& role);

} // namespace fitflow::desktop
