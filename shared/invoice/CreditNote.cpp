#include "shared/invoice/CreditNote.h"

#include "shared/invoice/InvoiceTotalsCalculator.h"
#include "shared/money/CheckedArithmetic.h"
#include "shared/money/Rounding.h"

namespace fitflow::invoice {

namespace {

std::string requestPath(std::size_t index)
{
    return "lines[" + std::to_string(index) + "]";
}

Result<InvoiceLine> creditedLine(const InvoiceDraft& original, const CreditedLine& credit,
                                 std::size_t requestIndex)
{
    if (credit.lineIndex >= original.lines.size()) {
        return makeError("invalid_line_index", "the original invoice has no such line",
                         requestPath(requestIndex) + ".line_index");
    }
    InvoiceLine line = original.lines[credit.lineIndex];
    if (credit.quantity < 1 || credit.quantity > line.quantity) {
        return makeError("credit_exceeds_original",
                         "credited quantity is between 1 and the invoiced quantity",
                         requestPath(requestIndex) + ".quantity");
    }
    auto discount = money::mulDivRoundHalfUp(line.discount.cents(), credit.quantity, line.quantity);
    if (!discount) {
        return discount.error();
    }
    line.discount = money::Money(*discount, line.discount.currency());
    line.quantity = credit.quantity;
    return line;
}

Status negateTotals(InvoiceTotals& totals)
{
    for (money::Money* amount : {&totals.subtotal, &totals.taxTotal, &totals.total}) {
        auto negated = amount->negated();
        if (!negated) {
            return negated.error();
        }
        *amount = *negated;
    }
    for (TaxLine& line : totals.taxes) {
        auto base = line.base.negated();
        auto amount = line.amount.negated();
        if (!base || !amount) {
            return money::overflowError("negation");
        }
        line.base = *base;
        line.amount = *amount;
    }
    return {};
}

} // namespace

Result<CreditNote> makeCreditNote(const std::string& originalInvoiceNumber,
                                  const InvoiceDraft& original,
                                  const std::vector<CreditedLine>& creditedLines,
                                  const tax::TaxTable& table)
{
    if (creditedLines.empty()) {
        return makeError("empty_credit_note", "a credit note credits at least one line", "lines");
    }
    CreditNote note;
    note.originalInvoiceNumber = originalInvoiceNumber;
    note.credited = original;
    note.credited.lines.clear();
    for (std::size_t i = 0; i < creditedLines.size(); ++i) {
        auto line = creditedLine(original, creditedLines[i], i);
        if (!line) {
            return line.error();
        }
        note.credited.lines.push_back(std::move(*line));
    }
    auto totals = computeInvoiceTotals(note.credited, table);
    if (!totals) {
        return totals.error();
    }
    note.totals = std::move(*totals);
    if (Status negated = negateTotals(note.totals); !negated) {
        return negated.error();
    }
    return note;
}

Result<CreditNote> makeFullCreditNote(const std::string& originalInvoiceNumber,
                                      const InvoiceDraft& original, const tax::TaxTable& table)
{
    std::vector<CreditedLine> all;
    for (std::size_t i = 0; i < original.lines.size(); ++i) {
        all.push_back({i, original.lines[i].quantity});
    }
    return makeCreditNote(originalInvoiceNumber, original, all, table);
}

} // namespace fitflow::invoice
