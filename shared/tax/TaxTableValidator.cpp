#include "shared/tax/TaxTableValidator.h"

#include <algorithm>
#include <optional>
#include <string>

namespace fitflow::tax {

namespace {

using std::chrono::year_month_day;

struct IndexedPeriod {
    const TaxPeriod* period;
    std::size_t index;
};

std::string jurisdictionPath(std::size_t jurisdiction)
{
    return "jurisdictions[" + std::to_string(jurisdiction) + "]";
}

std::string periodPath(std::size_t jurisdiction, std::size_t period)
{
    return jurisdictionPath(jurisdiction) + ".taxes[" + std::to_string(period) + "]";
}

year_month_day dayAfter(year_month_day date)
{
    return year_month_day{std::chrono::sys_days{date} + std::chrono::days{1}};
}

bool overlaps(const TaxPeriod& a, const TaxPeriod& b)
{
    const bool aEndsBeforeB = a.to && *a.to < b.from;
    const bool bEndsBeforeA = b.to && *b.to < a.from;
    return !aEndsBeforeB && !bEndsBeforeA;
}

bool codeExistsIn(TaxCode code, Province province)
{
    switch (code) {
    case TaxCode::GST:
    case TaxCode::HST:
        return true;
    case TaxCode::QST:
        return province == Province::QC;
    case TaxCode::RST:
        return province == Province::MB;
    case TaxCode::PST:
        return province != Province::QC && province != Province::MB;
    }
    return false;
}

Status checkEachPeriod(const JurisdictionEntry& entry, std::size_t jurisdiction)
{
    for (std::size_t i = 0; i < entry.periods.size(); ++i) {
        const TaxPeriod& period = entry.periods[i];
        if (period.to && *period.to < period.from) {
            return makeError("invalid_period", "effective_to is before effective_from",
                             periodPath(jurisdiction, i) + ".effective_to");
        }
        if (!codeExistsIn(period.code, entry.province)) {
            return makeError("tax_code_not_allowed", "this tax does not exist in this jurisdiction",
                             periodPath(jurisdiction, i) + ".code");
        }
        if (isFederal(period.code) && period.base != TaxBase::Net) {
            return makeError("invalid_value", "federal tax is always levied on the net price",
                             periodPath(jurisdiction, i) + ".base");
        }
    }
    return {};
}

// Periods matching `select`, sorted by start; consecutive ones must touch without overlapping.
template <typename Select>
Status checkContiguous(const JurisdictionEntry& entry, std::size_t jurisdiction, Select select,
                       std::vector<IndexedPeriod>& sorted)
{
    sorted.clear();
    for (std::size_t i = 0; i < entry.periods.size(); ++i) {
        if (select(entry.periods[i])) {
            sorted.push_back({&entry.periods[i], i});
        }
    }
    std::sort(sorted.begin(), sorted.end(), [](const IndexedPeriod& a, const IndexedPeriod& b) {
        return a.period->from < b.period->from;
    });
    for (std::size_t i = 1; i < sorted.size(); ++i) {
        const TaxPeriod& previous = *sorted[i - 1].period;
        const TaxPeriod& current = *sorted[i].period;
        if (overlaps(previous, current)) {
            return makeError("tax_period_overlap", "two periods of one tax cover the same day",
                             periodPath(jurisdiction, sorted[i].index));
        }
        if (dayAfter(*previous.to) != current.from) {
            return makeError("tax_period_gap", "a tax stops and restarts with days uncovered",
                             periodPath(jurisdiction, sorted[i].index) + ".effective_from");
        }
    }
    return {};
}

Status checkNoProvincialTaxBesideHst(const JurisdictionEntry& entry, std::size_t jurisdiction)
{
    for (std::size_t i = 0; i < entry.periods.size(); ++i) {
        if (isFederal(entry.periods[i].code)) {
            continue;
        }
        for (const TaxPeriod& other : entry.periods) {
            if (other.code == TaxCode::HST && overlaps(other, entry.periods[i])) {
                return makeError("tax_period_overlap",
                                 "a provincial tax overlaps HST, which already includes it",
                                 periodPath(jurisdiction, i));
            }
        }
    }
    return {};
}

// Checks one jurisdiction and returns the first day of its federal coverage.
Result<year_month_day> checkJurisdiction(const JurisdictionEntry& entry, std::size_t jurisdiction)
{
    if (Status status = checkEachPeriod(entry, jurisdiction); !status) {
        return status.error();
    }
    std::vector<IndexedPeriod> sorted;
    Status federal = checkContiguous(
        entry, jurisdiction, [](const TaxPeriod& p) { return isFederal(p.code); }, sorted);
    if (!federal) {
        return federal.error();
    }
    if (sorted.empty()) {
        return makeError("tax_period_gap", "a jurisdiction needs GST or HST",
                         jurisdictionPath(jurisdiction) + ".taxes");
    }
    if (sorted.back().period->to) {
        return makeError("tax_period_gap", "the latest federal period must be open-ended",
                         periodPath(jurisdiction, sorted.back().index) + ".effective_to");
    }
    const year_month_day start = sorted.front().period->from;
    for (const TaxCode code : {TaxCode::PST, TaxCode::RST, TaxCode::QST}) {
        Status provincial = checkContiguous(
            entry, jurisdiction, [code](const TaxPeriod& p) { return p.code == code; }, sorted);
        if (!provincial) {
            return provincial.error();
        }
        if (!sorted.empty() && sorted.front().period->from < start) {
            return makeError("invalid_period", "a provincial tax starts before federal coverage",
                             periodPath(jurisdiction, sorted.front().index) + ".effective_from");
        }
    }
    if (Status status = checkNoProvincialTaxBesideHst(entry, jurisdiction); !status) {
        return status.error();
    }
    return start;
}

} // namespace

Result<year_month_day> validateTaxTable(const std::vector<JurisdictionEntry>& entries)
{
    std::array<bool, kProvinceCount> seen{};
    std::optional<year_month_day> commonStart;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::size_t index = provinceIndex(entries[i].province);
        if (seen[index]) {
            return makeError("duplicate_jurisdiction", "a jurisdiction is listed twice",
                             jurisdictionPath(i) + ".province");
        }
        seen[index] = true;
        auto start = checkJurisdiction(entries[i], i);
        if (!start) {
            return start.error();
        }
        if (commonStart && *commonStart != *start) {
            return makeError("tax_period_gap", "jurisdictions start on different dates",
                             jurisdictionPath(i) + ".taxes");
        }
        commonStart = *start;
    }
    for (const auto& entry : kProvinceNames) {
        if (!seen[provinceIndex(entry.value)]) {
            return makeError("missing_jurisdiction",
                             "jurisdiction " + std::string(entry.name) + " is missing",
                             "jurisdictions");
        }
    }
    return *commonStart;
}

} // namespace fitflow::tax
