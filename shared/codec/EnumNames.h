#pragma once
// A fixed table of wire names for an enum, read and written through the same table so the two
// directions cannot drift apart. Declare one as `constexpr std::array<EnumName<Role>, 6>`.

#include <optional>
#include <string_view>

namespace fitflow {

template <typename E> struct EnumName {
    E value;
    std::string_view name;
};

template <typename Table>
constexpr auto enumFromName(const Table& table, std::string_view name)
    -> std::optional<decltype(table.begin()->value)>
{
    for (const auto& entry : table) {
        if (entry.name == name) {
            return entry.value;
        }
    }
    return std::nullopt;
}

// Every value must be in its table; an absent one yields "" (a test per table guards this).
template <typename Table, typename E>
constexpr std::string_view enumToName(const Table& table, E value)
{
    for (const auto& entry : table) {
        if (entry.value == value) {
            return entry.name;
        }
    }
    return {};
}

} // namespace fitflow
