#include "shared/invoice/InvoiceRules.h"

#include "shared/invoice/InvoiceJson.h"
#include "shared/money/CheckedArithmetic.h"

namespace fitflow::invoice {

namespace {

Error invalid(std::string message, std::string path)
{
    return makeError("invalid_value", std::move(message), std::move(path));
}

std::string totalsTaxPath(std::size_t index, std::string_view field)
{
    return "totals.taxes[" + std::to_string(index) + "]." + std::string(field);
}

Status checkKind(const Invoice& invoice)
{
    if (invoice.kind == InvoiceKind::CreditNote && !invoice.originalInvoiceId) {
        return invalid("a credit note names the invoice it credits", "original_invoice_id");
    }
    if (invoice.kind == InvoiceKind::Invoice && invoice.originalInvoiceId) {
        return invalid("only credit notes name an original invoice", "original_invoice_id");
    }
    if (invoice.originalInvoiceId && *invoice.originalInvoiceId == invoice.id) {
        return invalid("a credit note cannot credit itself", "original_invoice_id");
    }
    return {};
}

Status checkStatus(const Invoice& invoice)
{
    if (invoice.status == InvoiceStatus::Draft) {
        if (invoice.number) {
            return invalid("a draft has no number yet", "number");
        }
        if (invoice.issuedAt) {
            return invalid("a draft has not been issued", "issued_at");
        }
        return {};
    }
    // Issued and void invoices were both issued: they keep their number and issue time.
    if (!invoice.number) {
        return invalid("an issued invoice has a number", "number");
    }
    if (!invoice.issuedAt) {
        return invalid("an issued invoice has an issue time", "issued_at");
    }
    if (invoice.lines.empty()) {
        return invalid("an issued invoice has at least one line", "lines");
    }
    return {};
}

Status checkParties(const Invoice& invoice)
{
    if (invoice.issuer.kind == IssuerKind::Organization) {
        if (invoice.issuer.id != invoice.orgId) {
            return invalid("an organization issues invoices in its own books", "issuer.id");
        }
        return {};
    }
    // A trainer's invoice is a contractor invoice to the organization that engaged them.
    if (invoice.recipient.kind != RecipientKind::Organization) {
        return invalid("a trainer invoices an organization", "recipient.kind");
    }
    if (invoice.recipient.id != invoice.orgId) {
        return invalid("a contractor invoice belongs to the invoiced organization", "recipient.id");
    }
    return {};
}

// Invoices are never negative and credit notes never positive (CreditNote.h).
Status checkSigns(const Invoice& invoice)
{
    const bool negative = invoice.kind == InvoiceKind::CreditNote;
    const auto wrongSign = [negative](const money::Money& amount) {
        return negative ? amount.cents() > 0 : amount.cents() < 0;
    };
    const std::string expected = negative ? "a credit note's amounts are zero or negative"
                                          : "an invoice's amounts are zero or positive";
    const InvoiceTotals& totals = invoice.totals;
    if (wrongSign(totals.subtotal)) {
        return invalid(expected, "totals.subtotal_cents");
    }
    for (std::size_t i = 0; i < totals.taxes.size(); ++i) {
        if (wrongSign(totals.taxes[i].base)) {
            return invalid(expected, totalsTaxPath(i, "base_cents"));
        }
        if (wrongSign(totals.taxes[i].amount)) {
            return invalid(expected, totalsTaxPath(i, "amount_cents"));
        }
    }
    if (wrongSign(totals.taxTotal)) {
        return invalid(expected, "totals.tax_total_cents");
    }
    if (wrongSign(totals.total)) {
        return invalid(expected, "totals.total_cents");
    }
    return {};
}

Status checkJurisdictions(const InvoiceTotals& totals)
{
    for (std::size_t i = 0; i < totals.taxes.size(); ++i) {
        if (totals.taxes[i].jurisdiction != totals.placeOfSupply.province) {
            return invalid("taxes are those of the place of supply",
                           totalsTaxPath(i, "jurisdiction"));
        }
    }
    return {};
}

// Tax-exclusive lines are the subtotal exactly; tax-included lines give up the tax inside them,
// so with any of those the subtotal is at most the lines' sum.
Status checkSubtotalAgainstLines(const Invoice& invoice)
{
    std::int64_t linesSum = 0;
    bool anyTaxIncluded = false;
    for (const InvoiceLine& line : invoice.lines) {
        auto gross = money::checkedMul(line.quantity, line.unitPrice.cents());
        if (!gross) {
            return gross.error();
        }
        auto net = money::checkedSub(*gross, line.discount.cents());
        auto sum = net ? money::checkedAdd(linesSum, *net) : net;
        if (!sum) {
            return sum.error();
        }
        linesSum = *sum;
        anyTaxIncluded = anyTaxIncluded || line.taxIncluded;
    }
    const std::int64_t subtotal = invoice.totals.subtotal.cents();
    auto magnitude = subtotal < 0 ? money::checkedSub(0, subtotal) : Result<std::int64_t>(subtotal);
    if (!magnitude) {
        return magnitude.error();
    }
    const bool consistent = anyTaxIncluded ? *magnitude <= linesSum : *magnitude == linesSum;
    if (!consistent) {
        return invalid("the subtotal does not match the lines", "totals.subtotal_cents");
    }
    return {};
}

} // namespace

Status checkInvoiceRules(const Invoice& invoice)
{
    for (auto check : {checkKind, checkStatus, checkParties, checkSigns}) {
        if (Status status = check(invoice); !status) {
            return status;
        }
    }
    if (Status sums = checkTotalsAddUp(invoice.totals); !sums) {
        return withPathPrefix(sums.error(), "totals");
    }
    if (Status places = checkJurisdictions(invoice.totals); !places) {
        return places;
    }
    return checkSubtotalAgainstLines(invoice);
}

} // namespace fitflow::invoice
