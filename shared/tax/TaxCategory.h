#pragma once
// What kind of supply an invoice line is, which decides the taxes that apply to it:
// `service` (training: GST/HST everywhere, QST in Quebec, never PST/RST), `goods` (also
// PST/RST/QST where the supplier is registered for it), `exempt` (no tax).

#include "shared/codec/EnumNames.h"

#include <array>

namespace fitflow::tax {

enum class TaxCategory { Service, Goods, Exempt };

inline constexpr std::array<EnumName<TaxCategory>, 3> kTaxCategoryNames{{
    {TaxCategory::Service, "service"},
    {TaxCategory::Goods, "goods"},
    {TaxCategory::Exempt, "exempt"},
}};

} // namespace fitflow::tax
