#include "server/storage/Migration.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <charconv>

namespace fitflow::storage {

namespace {

constexpr std::string_view kSuffix = ".sql";

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

} // namespace

std::string sha256Hex(std::string_view text)
{
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(text.data()),
                       text.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data(), digest.size() * 2);
}

Result<Migration> parseMigration(const MigrationFile& file)
{
    const std::string_view fileName = file.fileName;
    const auto invalid = [&](const std::string& why) {
        return makeError("invalid_migration",
                         "migration file '" + file.fileName + "' " + why +
                             " (expected NNNN_name.sql)",
                         file.fileName);
    };
    if (!fileName.ends_with(kSuffix)) {
        return invalid("does not end in .sql");
    }
    const std::string_view stem = fileName.substr(0, fileName.size() - kSuffix.size());
    const auto underscore = stem.find('_');
    if (underscore == std::string_view::npos || underscore < 4) {
        return invalid("has no version of at least 4 digits");
    }
    const std::string_view digits = stem.substr(0, underscore);
    const std::string_view name = stem.substr(underscore + 1);
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return invalid("has a non-numeric version");
    }
    int version = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), version);
    if (ec != std::errc{} || end != digits.data() + digits.size() || version <= 0) {
        return invalid("has a version that is zero or too large");
    }
    if (name.empty() || !std::all_of(name.begin(), name.end(), isNameChar)) {
        return invalid("has a name that is empty or not [a-z0-9_]");
    }
    return Migration{version, std::string(name), file.sql, sha256Hex(file.sql)};
}

Result<std::vector<Migration>> loadMigrations(const std::vector<MigrationFile>& files)
{
    std::vector<Migration> migrations;
    migrations.reserve(files.size());
    for (const auto& file : files) {
        auto migration = parseMigration(file);
        if (!migration) {
            return migration.error();
        }
        migrations.push_back(std::move(migration).value());
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    const auto duplicate = std::adjacent_find(
        migrations.begin(), migrations.end(),
        [](const Migration& a, const Migration& b) { return a.version == b.version; });
    if (duplicate != migrations.end()) {
        return makeError("duplicate_migration",
                         "two migration files have version " + std::to_string(duplicate->version));
    }
    return migrations;
}

} // namespace fitflow::storage
