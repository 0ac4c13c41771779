#include "shared/tax/TaxTableReader.h"

#include "shared/codec/JsonReader.h"

#include <nlohmann/json.hpp>

#include <array>

namespace fitflow::tax {

namespace {

constexpr std::string_view kFormat = "fitflow-tax-table/1";

constexpr std::array<EnumName<TaxBase>, 2> kTaxBaseNames{{
    {TaxBase::Net, "net"},
    {TaxBase::NetPlusFederalTax, "net_plus_federal_tax"},
}};

TaxPeriod readPeriod(JsonReader& reader)
{
    TaxPeriod period;
    period.code = reader.enumeration("code", kTaxCodeNames);
    const std::string percent = reader.string("rate_percent");
    if (reader.ok()) {
        auto rate = money::Rate::fromPercentString(percent);
        if (rate) {
            period.rate = *rate;
        } else {
            reader.fail(rate.error().code, rate.error().message, "rate_percent");
        }
    }
    if (reader.has("base")) {
        period.base = reader.enumeration("base", kTaxBaseNames);
    }
    period.from = reader.date("effective_from");
    if (reader.has("effective_to")) {
        period.to = reader.date("effective_to");
    }
    period.source = reader.string("source");
    if (reader.ok() && period.source.empty()) {
        reader.fail("invalid_value", "every rate names its source", "source");
    }
    if (reader.has("note")) {
        (void)reader.string("note");
    }
    return period;
}

JurisdictionEntry readJurisdiction(JsonReader& reader)
{
    JurisdictionEntry entry;
    entry.province = reader.enumeration("province", kProvinceNames);
    (void)reader.string("name");
    entry.periods = reader.array("taxes", readPeriod);
    return entry;
}

} // namespace

Result<std::vector<JurisdictionEntry>> readTaxTableJson(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& reader) {
        const std::string format = reader.string("format");
        if (reader.ok() && format != kFormat) {
            reader.fail("invalid_value", "unsupported tax table format", "format");
        }
        (void)reader.string("description");
        if (reader.has("simplifications")) {
            (void)reader.stringArray("simplifications");
        }
        return reader.array("jurisdictions", readJurisdiction);
    });
}

} // namespace fitflow::tax
