#pragma once
// One invoice or credit note as the Invoices page lists it, and the page's whole state: the rows
// plus accounts receivable by age. Amounts are integer cents; names are resolved on the store
// thread so the GUI never reads the store.

#include <QString>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace fitflow::desktop {

// One line of the document as printed: description, quantity and net (quantity × unit price −
// discount), for choosing what a credit note credits.
struct InvoiceRowLine {
    QString description;
    std::int64_t quantity = 1;
    std::int64_t netCents = 0;
};

// One payment or refund of an invoice, for the refund dialog and the payment history.
struct InvoicePaymentRow {
    QString id;
    QString method;     // "cash", "e_transfer", "card", "credit", or "refund"
    QString receivedOn; // YYYY-MM-DD
    std::int64_t amountCents = 0;
    bool isRefund = false;
    std::int64_t refundableCents = 0; // what may still be refunded out of it now (0 for a refund)
};

struct InvoiceRow {
    QString id;
    QString kind;       // "invoice" or "credit_note"
    QString status;     // "draft", "issued", "void"
    QString number;     // the printed number; empty for a draft
    QString clientName; // for a contractor invoice: the studio billed (organization name)
    QString organizationName;
    bool toOrganization = false; // a contractor invoice: the user bills the studio
    QString trainerId;           // who billed it; empty when the studio did or not synced yet
    QString taxPointDate;        // YYYY-MM-DD
    std::int64_t totalCents = 0;
    std::int64_t balanceCents = 0;
    std::int64_t paidCents = 0;     // payments recorded against it (void needs none)
    std::int64_t creditedCents = 0; // credit notes issued against it
    std::int64_t refundedCents = 0; // refunds given back out of its payments
    // What it owes back to the client (shared/invoice/InvoiceBalance.h): e.g. paid, then
    // credited. Never counted as a negative amount owed.
    std::int64_t creditCents = 0;
    std::vector<InvoicePaymentRow> payments; // oldest first
    QString orgId;
    QString clientId;
    QString locationId;
    std::vector<InvoiceRowLine> lines;
    nlohmann::json draft; // the stored draft (tax_point_date, supplier, place, lines)
    nlohmann::json lineLinks = nlohmann::json::array(); // what lines bill (line_links)

    // True when some payment can be refunded now (the Refund action's condition).
    bool hasRefundablePayment() const
    {
        return std::any_of(payments.begin(), payments.end(), [](const InvoicePaymentRow& payment) {
            return payment.refundableCents > 0;
        });
    }
};

// Open balances of issued invoices by days since their tax point date (all organizations).
struct ReceivablesSummary {
    std::int64_t current = 0; // 0–30 days
    std::int64_t days31to60 = 0;
    std::int64_t days61to90 = 0;
    std::int64_t over90 = 0;
    std::int64_t total() const { return current + days31to60 + days61to90 + over90; }
};

struct InvoicesSnapshot {
    std::vector<InvoiceRow> rows;
    ReceivablesSummary receivables;
};

} // namespace fitflow::desktop
