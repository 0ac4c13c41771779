#include "shared/invoice/InvoiceTotalsJson.h"

#include "shared/codec/JsonReader.h"
#include "shared/invoice/InvoiceTotalsCalculator.h"

namespace fitflow::invoice {

namespace {

constexpr std::size_t kMaxDescriptionLength = 1000;

tax::Province readProvince(JsonReader& reader, std::string_view key)
{
    return reader.enumeration(key, tax::kProvinceNames);
}

tax::SupplierRegistration readSupplier(JsonReader& reader)
{
    tax::SupplierRegistration supplier;
    supplier.gstHstRegistered = reader.boolean("gst_hst_registered");
    supplier.qstRegistered = reader.boolean("qst_registered");
    const std::vector<std::string> codes = reader.stringArray("pst_registered");
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const auto province = tax::provinceFromCode(codes[i]);
        if (!province) {
            reader.fail("invalid_value", "not a province or territory code",
                        "pst_registered[" + std::to_string(i) + "]");
            break;
        }
        supplier.pstRegistered.insert(*province);
    }
    return supplier;
}

tax::SupplyLocation readPlace(JsonReader& reader)
{
    tax::SupplyLocation location;
    location.mode = reader.enumeration("kind", tax::kSessionModeNames);
    if (!reader.ok()) {
        return location;
    }
    location.province = readProvince(
        reader, location.mode == tax::SessionMode::InPerson ? "province" : "client_province");
    return location;
}

InvoiceLine readLine(JsonReader& reader)
{
    InvoiceLine line;
    line.description = reader.string("description");
    if (reader.ok() && line.description.size() > kMaxDescriptionLength) {
        reader.fail("out_of_range", "description is at most 1000 bytes", "description");
    }
    line.quantity = reader.int64("quantity", 1, kMaxLineQuantity);
    line.unitPrice = money::Money::cad(reader.cents("unit_price_cents"));
    line.discount = money::Money::cad(reader.cents("discount_cents"));
    line.category = reader.enumeration("category", tax::kTaxCategoryNames);
    line.taxIncluded = reader.boolean("tax_included");
    return line;
}

InvoiceDraft readDraft(JsonReader& reader)
{
    InvoiceDraft draft;
    draft.taxPointDate = reader.date("tax_point_date");
    draft.supplier = reader.object("supplier", readSupplier);
    draft.location = reader.object("place", readPlace);
    draft.lines = reader.array("lines", readLine);
    if (reader.ok() && draft.lines.empty()) {
        reader.fail("out_of_range", "an invoice has at least one line", "lines");
    }
    if (reader.ok() && draft.lines.size() > kMaxInvoiceLines) {
        reader.fail("out_of_range", "an invoice has at most 1000 lines", "lines");
    }
    return draft;
}

} // namespace

Result<InvoiceDraft> invoiceDraftFromJson(const nlohmann::json& input)
{
    return readJsonObject(input, readDraft);
}

nlohmann::json invoiceTotalsToJson(const InvoiceTotals& totals)
{
    nlohmann::json taxes = nlohmann::json::array();
    for (const TaxLine& line : totals.taxes) {
        taxes.push_back({
            {"code", tax::taxCodeName(line.code)},
            {"jurisdiction", tax::provinceCode(line.jurisdiction)},
            {"rate_percent", line.rate.percentString()},
            {"base_cents", line.base.cents()},
            {"amount_cents", line.amount.cents()},
        });
    }
    return {
        {"subtotal_cents", totals.subtotal.cents()},
        {"taxes", std::move(taxes)},
        {"tax_total_cents", totals.taxTotal.cents()},
        {"total_cents", totals.total.cents()},
    };
}

Result<nlohmann::json> invoiceTotalsFromJson(const nlohmann::json& input,
                                             const tax::TaxTable& table)
{
    auto draft = invoiceDraftFromJson(input);
    if (!draft) {
        return draft.error();
    }
    auto totals = computeInvoiceTotals(*draft, table);
    if (!totals) {
        return totals.error();
    }
    return invoiceTotalsToJson(*totals);
}

} // namespace fitflow::invoice
