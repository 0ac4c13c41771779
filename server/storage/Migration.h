#pragma once
// A versioned schema migration: one file `NNNN_name.sql` under server/storage/migrations,
// compiled into the binary. The checksum lets `migrate` notice an applied file that changed.

#include "shared/core/Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace fitflow::storage {

// A migration file as embedded at build time: its file name and its SQL text.
struct MigrationFile {
    std::string fileName;
    std::string sql;
};

struct Migration {
    int version = 0;
    std::string name; // "initial_schema" for 0001_initial_schema.sql
    std::string sql;
    std::string checksum; // lower-case hex SHA-256 of `sql`
};

// Lower-case hex SHA-256 of `text`.
std::string sha256Hex(std::string_view text);

// Parses "NNNN_name.sql" (4+ digits, version > 0, name of [a-z0-9_]). Error `invalid_migration`.
Result<Migration> parseMigration(const MigrationFile& file);

// Parses every file and orders them by version. Errors: `invalid_migration` (bad name, path is the
// file name), `duplicate_migration` (two files with one version).
Result<std::vector<Migration>> loadMigrations(const std::vector<MigrationFile>& files);

} // namespace fitflow::storage
