#include "desktop/sync/money/MoneyDump.h"

#include "desktop/storage/money/MoneyRepository.h"

namespace fitflow::desktop::money {

fitflow::Status addMoneyToDump(const QSqlDatabase& db, nlohmann::json& dump)
{
    MoneyRepository money(db);
    auto invoices = money.invoices();
    if (!invoices) {
        return invoices.error();
    }
    nlohmann::json invoiceRows = nlohmann::json::array();
    for (const LocalInvoice& invoice : *invoices) {
        nlohmann::json row = invoice.values;
        row["id"] = invoice.id;
        row["org_id"] = invoice.orgId;
        invoiceRows.push_back(std::move(row));
    }
    auto payments = money.payments();
    if (!payments) {
        return payments.error();
    }
    nlohmann::json paymentRows = nlohmann::json::array();
    for (const LocalPayment& payment : *payments) {
        nlohmann::json row = payment.values;
        row["id"] = payment.id;
        row["org_id"] = payment.orgId;
        paymentRows.push_back(std::move(row));
    }
    dump["invoice"] = std::move(invoiceRows);
    dump["payment"] = std::move(paymentRows);
    return {};
}

} // namespace fitflow::desktop::money
