#pragma once
// The money part of `dump` (SyncDump.h): invoices and payments with their organization and
// values, sorted by id. Number blocks are device-local and left out, so two converged devices
// print the same document.

#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <nlohmann/json.hpp>

namespace fitflow::desktop::money {

// Adds "invoice" and "payment" arrays to `dump`.
fitflow::Status addMoneyToDump(const QSqlDatabase& db, nlohmann::json& dump);

} // namespace fitflow::desktop::money
