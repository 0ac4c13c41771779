#include "desktop/core/invoices/InvoiceRowOf.h"

#include "desktop/core/JsonText.h"
#include "shared/invoice/InvoiceBalance.h"

namespace fitflow::desktop {

namespace {

nlohmann::json objectAt(const nlohmann::json& values, const char* key)
{
    const auto found = values.find(key);
    return found != values.end() && found->is_object() ? *found : nlohmann::json::object();
}

} // namespace

InvoiceRow invoiceRowOf(const money::LocalInvoice& invoice)
{
    const nlohmann::json& values = invoice.values;
    InvoiceRow row;
    row.id = QString::fromStdString(invoice.id);
    row.kind = QString::fromStdString(invoice.kind());
    row.status = QString::fromStdString(invoice.status());
    row.number = jsonText(values, "number");
    row.draft = objectAt(values, "draft");
    row.taxPointDate = jsonText(row.draft, "tax_point_date");
    if (row.taxPointDate.isEmpty()) {
        row.taxPointDate = jsonText(values, "tax_point_date"); // issued without a draft
    }
    row.totalCents = objectAt(values, "totals").value("total_cents", std::int64_t{0});
    row.balanceCents = invoice.cents("balance_cents");
    row.paidCents = invoice.cents("paid_cents");
    row.creditedCents = invoice.cents("credited_cents");
    row.refundedCents = invoice.cents("refunded_cents");
    row.creditCents = invoice::creditCents(invoice.amounts());
    row.orgId = QString::fromStdString(invoice.orgId);
    row.clientId = jsonText(values, "client_id");
    row.locationId = jsonText(values, "location_id");
    row.toOrganization = invoice.isContractorInvoice();
    row.trainerId = jsonText(values, "trainer_id");
    if (const auto links = values.find("line_links"); links != values.end() && links->is_array()) {
        row.lineLinks = *links;
    }
    for (const nlohmann::json& line : row.draft.value("lines", nlohmann::json::array())) {
        const std::int64_t quantity = line.value("quantity", std::int64_t{1});
        row.lines.push_back({QString::fromStdString(line.value("description", std::string())),
                             quantity,
                             quantity * line.value("unit_price_cents", std::int64_t{0}) -
                                 line.value("discount_cents", std::int64_t{0})});
    }
    return row;
}

void attachPayments(InvoiceRow& row, const money::LocalInvoice& invoice,
                    const std::vector<money::LocalPayment>& payments)
{
    row.payments.clear();
    std::vector<money::LocalPayment> ours;
    for (const money::LocalPayment& payment : payments) {
        if (payment.values.value("invoice_id", nlohmann::json()) == invoice.id) {
            ours.push_back(payment);
        }
    }
    const invoice::InvoiceAmounts amounts = invoice.amounts();
    for (const money::LocalPayment& payment : ours) {
        const invoice::RefundablePayment refundable = money::refundablePaymentOf(payment, ours);
        row.payments.push_back({QString::fromStdString(payment.id),
                                jsonText(payment.values, "method"),
                                jsonText(payment.values, "received_on"), refundable.amountCents,
                                refundable.isRefund, invoice::maxRefundCents(refundable, amounts)});
    }
}

} // namespace fitflow::desktop
