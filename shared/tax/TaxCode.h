#pragma once
// The sales taxes a Canadian invoice can carry. GST and HST are federal (HST is GST harmonized
// with a provincial part and printed as one rate); PST, RST and QST are provincial.

#include "shared/codec/EnumNames.h"

#include <array>
#include <optional>
#include <string_view>

namespace fitflow::tax {

enum class TaxCode { GST, HST, PST, RST, QST };

inline constexpr std::array<EnumName<TaxCode>, 5> kTaxCodeNames{{
    {TaxCode::GST, "GST"},
    {TaxCode::HST, "HST"},
    {TaxCode::PST, "PST"},
    {TaxCode::RST, "RST"},
    {TaxCode::QST, "QST"},
}};

inline constexpr std::string_view taxCodeName(TaxCode code)
{
    return enumToName(kTaxCodeNames, code);
}

inline constexpr std::optional<TaxCode> taxCodeFromName(std::string_view name)
{
    return enumFromName(kTaxCodeNames, name);
}

// GST and HST are collected under the Excise Tax Act; every supply has exactly one of them.
inline constexpr bool isFederal(TaxCode code)
{
    return code == TaxCode::GST || code == TaxCode::HST;
}

} // namespace fitflow::tax
