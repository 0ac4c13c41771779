#pragma once
// Reading and writing the JWT key file named by FITFLOW_JWT_KEYS. The file holds secret seeds:
// it is created owner-only (0600) and never overwritten, so a rotation cannot destroy old keys.

#include "server/service/auth/SigningKeyRing.h"
#include "shared/core/Result.h"

#include <filesystem>

namespace fitflow::auth {

inline constexpr const char* kJwtKeysEnvironmentVariable = "FITFLOW_JWT_KEYS";

// Errors: `key_file_unreadable`, plus those of SigningKeyRing::fromKeyFileJson.
Result<SigningKeyRing> loadSigningKeyFile(const std::filesystem::path& path);

// Loads the file that FITFLOW_JWT_KEYS names. Errors: `key_file_not_configured` (unset or
// empty), plus those of loadSigningKeyFile.
Result<SigningKeyRing> loadSigningKeyRingFromEnvironment();

// Writes `ring` to a new file with mode 0600. Errors: `key_file_exists`, `key_file_unwritable`.
Status writeSigningKeyFile(const std::filesystem::path& path, const SigningKeyRing& ring);

// Creates a new key file holding one fresh active key (the `keys generate` command) and returns
// its kid. Errors: those of writeSigningKeyFile.
Result<std::string> generateSigningKeyFile(const std::filesystem::path& path);

} // namespace fitflow::auth
