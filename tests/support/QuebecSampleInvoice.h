#pragma once
// The sample invoice many tests issue: one in-person training session in Québec (GST 5% and QST
// 9.975% on the pre-tax amount), as the draft InvoiceOperations::draft and the server's
// invoice.draft take. Tests change only what they check through the options.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace fitflow::test {

struct QuebecSampleOptions {
    std::string clientId{};                  // left out of the draft when empty
    std::string locationId{};                // left out of the draft when empty
    std::string taxPointDate = "2026-11-20"; // YYYY-MM-DD
    std::string description = "Training session";
    std::int64_t quantity = 1;
    std::int64_t unitPriceCents = 10000;
};

inline nlohmann::json quebecSampleDraft(const QuebecSampleOptions& options = {})
{
    nlohmann::json draft{{"tax_point_date", options.taxPointDate},
                         {"supplier",
                          {{"gst_hst_registered", true},
                           {"qst_registered", true},
                           {"pst_registered", nlohmann::json::array()}}},
                         {"place", {{"kind", "in_person"}, {"province", "QC"}}},
                         {"lines",
                          {{{"description", options.description},
                            {"quantity", options.quantity},
                            {"unit_price_cents", options.unitPriceCents},
                            {"discount_cents", 0},
                            {"category", "service"},
                            {"tax_included", false}}}}};
    if (!options.clientId.empty()) {
        draft["client_id"] = options.clientId;
    }
    if (!options.locationId.empty()) {
        draft["location_id"] = options.locationId;
    }
    return draft;
}

} // namespace fitflow::test
