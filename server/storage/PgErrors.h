#pragma once
// Turns the exceptions libpqxx throws into fitflow::Error, so none leaves the storage library.

#include "shared/core/Result.h"

#include <exception>
#include <string_view>

namespace fitflow::storage {

// Codes: `database_unavailable` (connection lost or refused), `database_timeout` (statement
// timeout / cancelled), `database_permission_denied` (missing grant or a row-level security
// policy refused a write; path "42501"), `database_constraint_violation` (unique, foreign key,
// check, not null), `database_error` (any other SQL error), `internal_error` (non-pqxx).
// `action` says what was attempted ("connect", "migrate 0001"); it is put in the message.
Error errorFromException(const std::exception& exception, std::string_view action);

// Same, for use inside a catch (...) block: rethrows the current exception to classify it.
Error errorFromCurrentException(std::string_view action);

} // namespace fitflow::storage
