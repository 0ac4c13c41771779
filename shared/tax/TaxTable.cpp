#include "shared/tax/TaxTable.h"

#include "shared/codec/SafeJsonParser.h"
#include "shared/tax/BundledTaxTable.h"
#include "shared/tax/TaxTableReader.h"
#include "shared/tax/TaxTableValidator.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace fitflow::tax {

TaxTable::TaxTable(TaxPeriodsByProvince periods, std::chrono::year_month_day coverageStart)
    : m_periods(std::move(periods))
    , m_coverageStart(coverageStart)
{
}

Result<TaxTable> TaxTable::fromJson(const nlohmann::json& json)
{
    auto entries = readTaxTableJson(json);
    if (!entries) {
        return entries.error();
    }
    auto start = validateTaxTable(*entries);
    if (!start) {
        return start.error();
    }
    TaxPeriodsByProvince periods;
    for (JurisdictionEntry& entry : *entries) {
        auto& sorted = periods[provinceIndex(entry.province)];
        sorted = std::move(entry.periods);
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const TaxPeriod& a, const TaxPeriod& b) { return a.from < b.from; });
    }
    return TaxTable(std::move(periods), *start);
}

Result<TaxTable> TaxTable::fromText(std::string_view text)
{
    auto json = parseJson(text);
    if (!json) {
        return json.error();
    }
    return fromJson(*json);
}

Result<TaxTable> TaxTable::bundledCanada()
{
    return fromText(bundledCanadaTaxTable());
}

std::vector<const TaxPeriod*> TaxTable::periodsOn(Province province,
                                                  std::chrono::year_month_day date) const
{
    std::vector<const TaxPeriod*> inForce;
    for (const TaxPeriod& period : periods(province)) {
        if (period.covers(date)) {
            inForce.push_back(&period);
        }
    }
    std::stable_partition(inForce.begin(), inForce.end(),
                          [](const TaxPeriod* p) { return isFederal(p->code); });
    return inForce;
}

} // namespace fitflow::tax
