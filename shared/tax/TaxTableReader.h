#pragma once
// Strict decoding of a tax table's JSON (shape only: unknown fields, codes and provinces are
// errors with a path). Entries keep their JSON order so validateTaxTable() can name the
// offending "jurisdictions[i].taxes[j]".

#include "shared/core/Result.h"
#include "shared/tax/Province.h"
#include "shared/tax/TaxPeriod.h"

#include <nlohmann/json_fwd.hpp>

#include <vector>

namespace fitflow::tax {

struct JurisdictionEntry {
    Province province = Province::AB;
    std::vector<TaxPeriod> periods; // in JSON order
};

Result<std::vector<JurisdictionEntry>> readTaxTableJson(const nlohmann::json& json);

} // namespace fitflow::tax
