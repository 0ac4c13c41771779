#include "server/storage/PgErrors.h"

#include <pqxx/pqxx>

namespace fitflow::storage {

namespace {

constexpr std::string_view kQueryCanceled = "57014";
constexpr std::string_view kInsufficientPrivilege = "42501"; // includes RLS WITH CHECK failures

std::string firstLine(const char* text)
{
    std::string line(text);
    const auto newline = line.find('\n');
    return newline == std::string::npos ? line : line.substr(0, newline);
}

} // namespace

Error errorFromException(const std::exception& exception, std::string_view action)
{
    const std::string prefix = std::string(action) + ": ";
    if (dynamic_cast<const pqxx::broken_connection*>(&exception) != nullptr) {
        return makeError("database_unavailable", prefix + firstLine(exception.what()));
    }
    // libpqxx 6 leaves sqlstate() empty for the errors it throws as specific subclasses, so
    // those are recognised by type.
    if (dynamic_cast<const pqxx::insufficient_privilege*>(&exception) != nullptr) {
        return makeError("database_permission_denied", prefix + firstLine(exception.what()),
                         std::string(kInsufficientPrivilege));
    }
    if (dynamic_cast<const pqxx::integrity_constraint_violation*>(&exception) != nullptr) {
        return makeError("database_constraint_violation", prefix + firstLine(exception.what()));
    }
    if (const auto* sqlError = dynamic_cast<const pqxx::sql_error*>(&exception)) {
        const std::string code =
            sqlError->sqlstate() == kQueryCanceled ? "database_timeout" : "database_error";
        return makeError(code, prefix + firstLine(exception.what()), sqlError->sqlstate());
    }
    if (dynamic_cast<const pqxx::failure*>(&exception) != nullptr) {
        return makeError("database_error", prefix + firstLine(exception.what()));
    }
    return makeError("internal_error", prefix + firstLine(exception.what()));
}

Error errorFromCurrentException(std::string_view action)
{
    try {
        throw;
    } catch (const std::exception& exception) {
        return errorFromException(exception, action);
    } catch (...) {
        return makeError("internal_error", std::string(action) + ": unknown exception");
    }
}

} // namespace fitflow::storage
