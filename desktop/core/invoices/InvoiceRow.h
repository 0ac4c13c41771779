#pragma once
// One invoice or credit note as the Invoices page lists it, and the page's whole state: the rows
// plus accounts receivable by age. Amounts are integer cents; names are resolved on the store
// thread so the GUI never reads the store.

#include <QString>

#include <cstdint>
#include <vector>

namespace fitflow::desktop {

struct InvoiceRow {
    QString id;
    QString kind;   // "invoice" or "credit_note"
    QString status; // "draft", "issued", "void"
    QString number; // the printed number; empty for a draft
    QString clientName;
    QString organizationName;
    QString taxPointDate; // YYYY-MM-DD
    std::int64_t totalCents = 0;
    std::int64_t balanceCents = 0;
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
