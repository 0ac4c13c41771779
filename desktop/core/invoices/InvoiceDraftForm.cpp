#include "desktop/core/invoices/InvoiceDraftForm.h"

#include "desktop/core/finance/TaxDisplayName.h"
#include "desktop/core/invoices/MoneyInput.h"
#include "desktop/sync/money/MoneyComputation.h"

namespace fitflow::desktop {

namespace {

// The line as the draft decoder wants it, or a problem to show.
QString lineJson(const DraftLineInput& line, int number, nlohmann::json& out)
{
    const auto price = MoneyInput::toCents(line.unitPrice);
    if (line.description.trimmed().isEmpty()) {
        return InvoiceDraftForm::tr("Line %1: describe what is billed.").arg(number);
    }
    if (!price) {
        return InvoiceDraftForm::tr("Line %1: type the unit price, for example 85.00.").arg(number);
    }
    const auto discount = line.discount.trimmed().isEmpty() ? std::optional<std::int64_t>(0)
                                                            : MoneyInput::toCents(line.discount);
    if (!discount) {
        return InvoiceDraftForm::tr("Line %1: the discount is not an amount.").arg(number);
    }
    if (line.quantity < 1) {
        return InvoiceDraftForm::tr("Line %1: the quantity must be at least 1.").arg(number);
    }
    if (*discount > *price * line.quantity) {
        return InvoiceDraftForm::tr("Line %1: the discount is more than the line.").arg(number);
    }
    out = {{"description", line.description.trimmed().toStdString()},
           {"quantity", line.quantity},
           {"unit_price_cents", *price},
           {"discount_cents", *discount},
           {"category", line.category.toStdString()},
           {"tax_included", false}};
    return {};
}

// What the lines bill, as the draft's `line_links`.
nlohmann::json lineLinks(const std::vector<DraftLineInput>& lines)
{
    nlohmann::json links = nlohmann::json::array();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!lines[i].sessionId.isEmpty()) {
            links.push_back({{"line", i}, {"session_id", lines[i].sessionId.toStdString()}});
        } else if (!lines[i].packageId.isEmpty()) {
            links.push_back({{"line", i}, {"package_id", lines[i].packageId.toStdString()}});
        }
    }
    return links;
}

void fillTotals(const nlohmann::json& totals, DraftPreview& preview)
{
    preview.subtotalCents = totals.value("subtotal_cents", std::int64_t{0});
    preview.totalCents = totals.value("total_cents", std::int64_t{0});
    for (const nlohmann::json& tax : totals.value("taxes", nlohmann::json::array())) {
        preview.taxes.push_back(
            {TaxDisplayName::withRate(
                 QString::fromStdString(tax.value("code", std::string())),
                 QString::fromStdString(tax.value("rate_percent", std::string()))),
             tax.value("amount_cents", std::int64_t{0})});
    }
}

} // namespace

QString InvoiceDraftForm::provinceName(const QString& code)
{
    static const std::pair<const char*, const char*> kNames[] = {
        {"AB", QT_TR_NOOP("Alberta")},
        {"BC", QT_TR_NOOP("British Columbia")},
        {"MB", QT_TR_NOOP("Manitoba")},
        {"NB", QT_TR_NOOP("New Brunswick")},
        {"NL", QT_TR_NOOP("Newfoundland and Labrador")},
        {"NS", QT_TR_NOOP("Nova Scotia")},
        {"NT", QT_TR_NOOP("Northwest Territories")},
        {"NU", QT_TR_NOOP("Nunavut")},
        {"ON", QT_TR_NOOP("Ontario")},
        {"PE", QT_TR_NOOP("Prince Edward Island")},
        {"QC", QT_TR_NOOP("Québec")},
        {"SK", QT_TR_NOOP("Saskatchewan")},
        {"YT", QT_TR_NOOP("Yukon")},
    };
    for (const auto& [province, name] : kNames) {
        if (code == QLatin1String(province)) {
            return tr(name);
        }
    }
    return code;
}

DraftPreview InvoiceDraftForm::preview(const DraftFormInput& input)
{
    DraftPreview preview;
    if (!input.province.isEmpty()) {
        preview.placeSentence = input.toOrganization
                                    ? tr("Taxed in %1: services supplied at %2")
                                          .arg(provinceName(input.province), input.locationName)
                                    : tr("Taxed in %1: session held at %2")
                                          .arg(provinceName(input.province), input.locationName);
    }
    if (input.toOrganization && input.locationId.isEmpty()) {
        preview.problem = tr("Choose the studio location where you supplied the services.");
        return preview;
    }
    if (!input.toOrganization && input.clientId.isEmpty()) {
        preview.problem = tr("Choose the client.");
        return preview;
    }
    if (input.province.isEmpty()) {
        preview.problem = tr("Choose where the session is held: it decides the taxes.");
        return preview;
    }
    if (input.lines.empty()) {
        preview.problem = tr("Add at least one line.");
        return preview;
    }
    nlohmann::json lines = nlohmann::json::array();
    int number = 0;
    for (const DraftLineInput& line : input.lines) {
        nlohmann::json encoded;
        const QString problem = lineJson(line, ++number, encoded);
        if (!problem.isEmpty()) {
            preview.problem = problem;
            return preview;
        }
        lines.push_back(std::move(encoded));
    }
    // The part the tax engine reads ({tax_point_date, supplier, place, lines}), then who and where.
    nlohmann::json draft{
        {"tax_point_date", input.taxPointDate.toString(Qt::ISODate).toStdString()},
        {"supplier",
         {{"gst_hst_registered", input.gstHstRegistered},
          {"qst_registered", input.qstRegistered},
          {"pst_registered", nlohmann::json::array()}}},
        {"place", {{"kind", "in_person"}, {"province", input.province.toStdString()}}},
        {"lines", std::move(lines)}};
    auto decoded = money::decodeDraft(draft);
    auto totals =
        decoded ? money::draftTotals(*decoded) : fitflow::Result<nlohmann::json>(decoded.error());
    if (!totals) {
        preview.problem = tr("This invoice cannot be computed: %1")
                              .arg(QString::fromStdString(totals.error().message));
        return preview;
    }
    if (input.toOrganization) {
        draft["recipient"] = "organization";
    } else {
        draft["client_id"] = input.clientId.toStdString();
    }
    if (!input.locationId.isEmpty()) {
        draft["location_id"] = input.locationId.toStdString();
    }
    if (auto links = lineLinks(input.lines); !links.empty() && !input.toOrganization) {
        draft["line_links"] = std::move(links);
    }
    fillTotals(*totals, preview);
    preview.draft = std::move(draft);
    return preview;
}

} // namespace fitflow::desktop
