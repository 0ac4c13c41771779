#pragma once
// The financial overview's table: one row per period and studio with the revenue (pre-tax
// amounts of issued invoices minus credit notes), each tax collected, the invoiced total and the
// payments received. Integer cents; rows ordered by period, then studio name.

#include <QString>

#include <cstdint>
#include <vector>

namespace fitflow::desktop {

enum class FinancePeriod { Month, Quarter, Year };

struct FinanceRow {
    QString period;    // "2026-11", "2026-Q4" or "2026"
    QString studioKey; // location id, or organization id for invoices without a location
    QString studio;    // "Organization · Location" or the organization's name
    std::int64_t revenueCents = 0;
    std::int64_t gstCents = 0;
    std::int64_t hstCents = 0;
    std::int64_t qstCents = 0;
    std::int64_t invoicedCents = 0; // revenue plus taxes
    std::int64_t receivedCents = 0; // payments received in the period

    std::int64_t taxCents() const { return gstCents + hstCents + qstCents; }
};

struct FinanceReport {
    FinancePeriod period = FinancePeriod::Month;
    std::vector<FinanceRow> rows;
    // The signed-in trainer's own contractor invoices to studios, per period and studio billed:
    // the tax the trainer collected as the supplier and files, never any studio's.
    std::vector<FinanceRow> supplierRows;
};

} // namespace fitflow::desktop
