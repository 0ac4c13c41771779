#pragma once
// Read-only SQL for the financial overview: issued invoices and credit notes (never drafts or
// void invoices) with their tax amounts by code, and payments, each with its studio's names.
// Invoices to clients only: a trainer's contractor invoice is the studio's payable, not revenue.
// Reads only the local money tables and the pulled organizations and locations.

#include "desktop/storage/finance/FinanceFacts.h"
#include "shared/core/Result.h"

#include <QSqlDatabase>

namespace fitflow::desktop {

class FinanceQueries {
public:
    explicit FinanceQueries(QSqlDatabase db);

    // Documents and payments of `orgId` (empty: every organization), ordered by date then id.
    // Error `store_corrupt` when a stored totals document is not JSON.
    fitflow::Result<FinanceFacts> facts(const QString& orgId = {}) const;

private:
    fitflow::Result<std::vector<FinanceDocument>> documents(const QString& orgId) const;
    fitflow::Result<std::vector<FinancePayment>> payments(const QString& orgId) const;

    QSqlDatabase m_db;
};

} // namespace fitflow::desktop
