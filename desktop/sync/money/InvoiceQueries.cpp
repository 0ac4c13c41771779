#include "desktop/sync/money/InvoiceQueries.h"

#include "shared/codec/TextFormats.h"

#include <set>

namespace fitflow::desktop::money {

namespace {

bool matches(const LocalInvoice& invoice, const InvoiceFilter& filter)
{
    if (filter.status && invoice.status() != *filter.status) {
        return false;
    }
    return !filter.clientId ||
           invoice.values.value("client_id", nlohmann::json()) == nlohmann::json(*filter.clientId);
}

void addToBucket(ReceivablesAgeing& ageing, std::int64_t days, std::int64_t balance)
{
    if (days <= 30) {
        ageing.current += balance;
    } else if (days <= 60) {
        ageing.days31to60 += balance;
    } else if (days <= 90) {
        ageing.days61to90 += balance;
    } else {
        ageing.over90 += balance;
    }
}

} // namespace

InvoiceQueries::InvoiceQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Result<std::vector<LocalInvoice>> InvoiceQueries::list(const InvoiceFilter& filter) const
{
    auto all = MoneyRepository(m_db).invoices(filter.orgId);
    if (!all) {
        return all.error();
    }
    std::vector<LocalInvoice> selected;
    for (LocalInvoice& invoice : *all) {
        if (matches(invoice, filter)) {
            selected.push_back(std::move(invoice));
        }
    }
    return selected;
}

fitflow::Result<LocalInvoice> InvoiceQueries::find(const std::string& invoiceId) const
{
    auto found = MoneyRepository(m_db).findInvoice(invoiceId);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return makeError("not_found", "no invoice " + invoiceId);
    }
    return std::move(**found);
}

fitflow::Result<std::vector<LocalPayment>>
InvoiceQueries::paymentsOf(const std::string& invoiceId) const
{
    auto all = MoneyRepository(m_db).payments();
    if (!all) {
        return all.error();
    }
    std::vector<LocalPayment> selected;
    for (LocalPayment& payment : *all) {
        if (payment.values.value("invoice_id", std::string()) == invoiceId) {
            selected.push_back(std::move(payment));
        }
    }
    return selected;
}

fitflow::Result<ReceivablesAgeing> InvoiceQueries::ageing(const std::string& orgId,
                                                          std::chrono::year_month_day asOf) const
{
    return ageingOf(orgId, asOf,
                    [](const LocalInvoice& invoice) { return !invoice.isContractorInvoice(); });
}

fitflow::Result<ReceivablesAgeing>
InvoiceQueries::contractorAgeing(const std::string& orgId, std::chrono::year_month_day asOf,
                                 const std::string& userId) const
{
    return ageingOf(orgId, asOf, [&userId](const LocalInvoice& invoice) {
        const auto trainer = invoice.values.find("trainer_id");
        const bool ours = trainer == invoice.values.end() || !trainer->is_string() ||
                          trainer->get<std::string>() == userId;
        return invoice.isContractorInvoice() && ours;
    });
}

fitflow::Result<std::vector<LocalPayment>>
InvoiceQueries::clientPayments(const std::string& orgId) const
{
    auto contractorInvoices = list({orgId, std::nullopt, std::nullopt});
    auto payments = MoneyRepository(m_db).payments(orgId);
    if (!contractorInvoices || !payments) {
        return !payments ? payments.error() : contractorInvoices.error();
    }
    std::set<std::string> payables;
    for (const LocalInvoice& invoice : *contractorInvoices) {
        if (invoice.isContractorInvoice()) {
            payables.insert(invoice.id);
        }
    }
    std::erase_if(*payments, [&payables](const LocalPayment& payment) {
        const auto invoiceId = payment.values.find("invoice_id");
        return invoiceId != payment.values.end() && invoiceId->is_string() &&
               payables.contains(invoiceId->get<std::string>());
    });
    return payments;
}

fitflow::Result<ReceivablesAgeing>
InvoiceQueries::ageingOf(const std::string& orgId, std::chrono::year_month_day asOf,
                         const std::function<bool(const LocalInvoice&)>& counts) const
{
    auto issued = list({orgId, std::string("issued"), std::nullopt});
    if (!issued) {
        return issued.error();
    }
    ReceivablesAgeing ageing;
    for (const LocalInvoice& invoice : *issued) {
        // What is owed (shared owedCents, never below 0). An overpaid invoice holds the client's
        // credit: it is neither owed nor overdue, and its credit is not subtracted from other
        // invoices' balances, so receivables (and the Dashboard's outstanding total built on
        // them) never shrink because someone else is owed a refund.
        const std::int64_t balance = invoice.cents("balance_cents");
        // The store fills tax_point_date from the draft, or from the server for an invoice
        // issued without one.
        const auto taxPoint = invoice.values.find("tax_point_date");
        const auto date = taxPoint != invoice.values.end() && taxPoint->is_string()
                              ? parseIsoDate(taxPoint->get<std::string>())
                              : std::nullopt;
        if (balance <= 0 || invoice.kind() != "invoice" || !date || !counts(invoice)) {
            continue;
        }
        const auto days = (std::chrono::sys_days(asOf) - std::chrono::sys_days(*date)).count();
        addToBucket(ageing, days, balance);
    }
    return ageing;
}

} // namespace fitflow::desktop::money
