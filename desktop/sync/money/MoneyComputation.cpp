#include "desktop/sync/money/MoneyComputation.h"

#include "shared/invoice/InvoiceNumberFormat.h"
#include "shared/invoice/InvoiceTotalsCalculator.h"
#include "shared/invoice/InvoiceTotalsJson.h"
#include "shared/tax/TaxTable.h"

namespace fitflow::desktop::money {

namespace {

const fitflow::Result<tax::TaxTable>& taxTable()
{
    static const fitflow::Result<tax::TaxTable> table = tax::TaxTable::bundledCanada();
    return table;
}

} // namespace

fitflow::Result<invoice::InvoiceDraft> decodeDraft(const nlohmann::json& draft)
{
    auto decoded = invoice::invoiceDraftFromJson(draft);
    if (!decoded) {
        return decoded.error();
    }
    if (decoded->lines.empty()) {
        return makeError("invalid_value", "an invoice needs at least one line", "lines");
    }
    return decoded;
}

fitflow::Result<nlohmann::json> draftTotals(const invoice::InvoiceDraft& draft)
{
    if (!taxTable()) {
        return taxTable().error();
    }
    auto totals = invoice::computeInvoiceTotals(draft, *taxTable());
    if (!totals) {
        return totals.error();
    }
    return invoice::invoiceTotalsToJson(*totals);
}

fitflow::Result<invoice::CreditNote>
creditNoteOf(const std::string& originalNumber, const invoice::InvoiceDraft& original,
             const std::optional<std::vector<invoice::CreditedLine>>& lines)
{
    if (!taxTable()) {
        return taxTable().error();
    }
    return lines ? invoice::makeCreditNote(originalNumber, original, *lines, *taxTable())
                 : invoice::makeFullCreditNote(originalNumber, original, *taxTable());
}

fitflow::Result<std::string> printedNumber(bool creditNote, const invoice::InvoiceDraft& draft,
                                           std::int64_t sequenceNumber)
{
    return invoice::formatInvoiceNumber(invoice::InvoiceNumberFormat{creditNote ? "CN" : "INV", 6},
                                        draft.taxPointDate.year(), sequenceNumber);
}

} // namespace fitflow::desktop::money
