#pragma once
// The effective-dated sales tax rates of every province and territory, read from
// resources/tax/canada.json (bundled into the library) or any table of the same shape. A table
// that exists has been validated: per jurisdiction, exactly one federal tax (GST or HST) on
// every date from the table's start onward, no overlapping or gapped periods of one tax, and no
// provincial tax beside HST.

#include "shared/core/Result.h"
#include "shared/tax/Province.h"
#include "shared/tax/TaxPeriod.h"

#include <nlohmann/json_fwd.hpp>

#include <array>
#include <chrono>
#include <string_view>
#include <vector>

namespace fitflow::tax {

using TaxPeriodsByProvince = std::array<std::vector<TaxPeriod>, kProvinceCount>;

class TaxTable {
public:
    // Errors carry the JSON path of the offending field (e.g. "jurisdictions[3].taxes[1].code"):
    // the JsonReader codes plus `missing_jurisdiction`, `duplicate_jurisdiction`,
    // `invalid_period`, `tax_period_overlap`, `tax_period_gap`, `tax_code_not_allowed`.
    static Result<TaxTable> fromJson(const nlohmann::json& json);
    static Result<TaxTable> fromText(std::string_view text);
    // The table compiled into the library from resources/tax/canada.json.
    static Result<TaxTable> bundledCanada();

    // All periods of `province`, sorted by start date.
    const std::vector<TaxPeriod>& periods(Province province) const
    {
        return m_periods[provinceIndex(province)];
    }

    // The taxes in force in `province` on `date`, federal first; empty before the table starts.
    std::vector<const TaxPeriod*> periodsOn(Province province,
                                            std::chrono::year_month_day date) const;

    // The first date every jurisdiction has rates for.
    std::chrono::year_month_day coverageStart() const { return m_coverageStart; }

private:
    TaxTable(TaxPeriodsByProvince periods, std::chrono::year_month_day coverageStart);

    TaxPeriodsByProvince m_periods;
    std::chrono::year_month_day m_coverageStart;
};

} // namespace fitflow::tax
