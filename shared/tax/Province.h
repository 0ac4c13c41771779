#pragma once
// The thirteen Canadian provinces and territories, by their two-letter postal codes, which are
// also their names on the wire and in resources/tax/canada.json.

#include "shared/codec/EnumNames.h"

#include <array>
#include <optional>
#include <string_view>

namespace fitflow::tax {

enum class Province { AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT };

inline constexpr std::array<EnumName<Province>, 13> kProvinceNames{{
    {Province::AB, "AB"},
    {Province::BC, "BC"},
    {Province::MB, "MB"},
    {Province::NB, "NB"},
    {Province::NL, "NL"},
    {Province::NS, "NS"},
    {Province::NT, "NT"},
    {Province::NU, "NU"},
    {Province::ON, "ON"},
    {Province::PE, "PE"},
    {Province::QC, "QC"},
    {Province::SK, "SK"},
    {Province::YT, "YT"},
}};

inline constexpr std::size_t kProvinceCount = kProvinceNames.size();

inline constexpr std::string_view provinceCode(Province province)
{
    return enumToName(kProvinceNames, province);
}

inline constexpr std::optional<Province> provinceFromCode(std::string_view code)
{
    return enumFromName(kProvinceNames, code);
}

// Dense index 0..12, for per-province arrays.
inline constexpr std::size_t provinceIndex(Province province)
{
    return static_cast<std::size_t>(province);
}

} // namespace fitflow::tax
