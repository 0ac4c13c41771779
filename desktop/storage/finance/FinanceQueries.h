#pragma once
// Read-only SQL for the financial overview: issued invoices and credit notes (never drafts or
// void invoices) with their tax amounts by code, and payments, each with its studio's names.
// facts(): invoices to clients only: a trainer's contractor invoice is the studio's payable, not
// revenue. supplierFacts(): a trainer's own contractor invoices to studios, whose tax the trainer
// collected as the supplier (and files). Reads only the local money tables and the pulled
// organizations and locations.

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
    // The same for the contractor invoices trainer `trainerId` issued to `orgId` (empty: to every
    // organization); each is counted under the studio billed.
    fitflow::Result<FinanceFacts> supplierFacts(const QString& trainerId,
                                                const QString& orgId = {}) const;

private:
    // `which`: the SQL condition on invoice alias `i` choosing the invoices, with `values`.
    fitflow::Result<FinanceFacts> factsWhere(const QString& which, QVariantList values) const;
    fitflow::Result<std::vector<FinanceDocument>> documents(const QString& which,
                                                            const QVariantList& values) const;
    fitflow::Result<std::vector<FinancePayment>> payments(const QString& which,
                                                          const QVariantList& values) const;

    QSqlDatabase m_db;
};

} // namespace fitflow::desktop
