#pragma once
// Read side of the local money tables for the desktop UI and fitflow-cli: invoice lists, one
// invoice with its payments, and accounts receivable by age. Reads only; no outbox.

#include "desktop/storage/money/MoneyRepository.h"
#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::desktop::money {

struct InvoiceFilter {
    std::string orgId;                 // empty: every organization
    std::optional<std::string> status; // "draft", "issued", "void"
    std::optional<std::string> clientId;
};

// Open balances by days since the tax point date: 0–30, 31–60, 61–90, over 90.
struct ReceivablesAgeing {
    std::int64_t current = 0;
    std::int64_t days31to60 = 0;
    std::int64_t days61to90 = 0;
    std::int64_t over90 = 0;
    std::int64_t total() const { return current + days31to60 + days61to90 + over90; }
};

class InvoiceQueries {
public:
    explicit InvoiceQueries(QSqlDatabase db);

    // Invoices and credit notes matching `filter`, ordered by id (creation order).
    fitflow::Result<std::vector<LocalInvoice>> list(const InvoiceFilter& filter = {}) const;
    // Error `not_found`.
    fitflow::Result<LocalInvoice> find(const std::string& invoiceId) const;
    fitflow::Result<std::vector<LocalPayment>> paymentsOf(const std::string& invoiceId) const;
    // Issued invoices of `orgId` to clients with a balance (the studio's receivables), aged on
    // `asOf`. Contractor invoices are the studio's payables and never count here.
    fitflow::Result<ReceivablesAgeing> ageing(const std::string& orgId,
                                              std::chrono::year_month_day asOf) const;
    // The contractor invoices `userId` sent `orgId` (or this device made and the server has not
    // attributed yet) with a balance: that trainer's own receivables, aged on `asOf`.
    fitflow::Result<ReceivablesAgeing> contractorAgeing(const std::string& orgId,
                                                        std::chrono::year_month_day asOf,
                                                        const std::string& userId) const;
    // Payments of `orgId`'s invoices to clients (a contractor invoice's payment is the studio
    // paying a trainer, not revenue).
    fitflow::Result<std::vector<LocalPayment>> clientPayments(const std::string& orgId) const;

private:
    fitflow::Result<ReceivablesAgeing>
    ageingOf(const std::string& orgId, std::chrono::year_month_day asOf,
             const std::function<bool(const LocalInvoice&)>& counts) const;

    QSqlDatabase m_db;
};

} // namespace fitflow::desktop::money
