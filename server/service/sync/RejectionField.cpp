#include "server/service/sync/RejectionField.h"

#include <string_view>

namespace fitflow::sync {

namespace {

// The name that follows `prefix` at the start of `path`, up to the next '.' or '['.
std::string nameAfter(std::string_view path, std::string_view prefix)
{
    if (!path.starts_with(prefix)) {
        return {};
    }
    path.remove_prefix(prefix.size());
    return std::string(path.substr(0, path.find_first_of(".[")));
}

// The field of `pending`'s record write that PostgreSQL's default constraint name ends with
// ("<table>_<field>_fkey", "<table>_<field>_check"), or empty.
std::string constrainedField(std::string_view constraint, const PendingMutation& pending)
{
    const auto* record =
        pending.decoded ? std::get_if<RecordMutation>(&pending.decoded->change) : nullptr;
    if (record == nullptr) {
        return {};
    }
    std::string found;
    for (const auto& [name, value] : record->fields) {
        for (std::string_view suffix : {"_fkey", "_check"}) {
            const std::string ending = "_" + name + std::string(suffix);
            // The longest match wins ("home_location_id" over "location_id").
            if (constraint.ends_with(ending) && name.size() > found.size()) {
                found = name;
            }
        }
    }
    return found;
}

} // namespace

std::string rejectionField(const Error& error, const PendingMutation& pending)
{
    const std::string_view path = error.path;
    for (std::string_view prefix : {"change.fields.", "op.", "note."}) {
        if (std::string name = nameAfter(path, prefix); !name.empty()) {
            return name;
        }
    }
    if (path.starts_with(kConstraintPathPrefix)) {
        return constrainedField(path.substr(std::string_view(kConstraintPathPrefix).size()),
                                pending);
    }
    return {};
}

} // namespace fitflow::sync
