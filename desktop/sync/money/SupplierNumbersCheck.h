#pragma once
// Before a device issues a contractor invoice offline: a draft that claims the trainer is
// registered for GST/HST (or QST) needs the trainer's number on record, or the server rejects
// the issue. The numbers on record are the cached profile's `tax_registrations` (GET /api/v1/me,
// kept current by Settings ▸ Profile); a profile from a server without them is not checked.

#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <nlohmann/json.hpp>

namespace fitflow::desktop::money {

// Error `invalid_value` (path "supplier") naming the missing number; ok otherwise.
fitflow::Status checkSupplierNumbersOnRecord(const QSqlDatabase& db, const nlohmann::json& draft);

} // namespace fitflow::desktop::money
