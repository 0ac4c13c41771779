#include "desktop/storage/manager/ManagerMoneyQueries.h"

#include "desktop/storage/SqlStatement.h"

namespace fitflow::desktop {

namespace {

const QString kClientName =
    QStringLiteral("TRIM(COALESCE(c.first_name, '') || ' ' || COALESCE(c.last_name, ''))");

} // namespace

ManagerMoneyQueries::ManagerMoneyQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Result<std::vector<OrganizationInvoice>>
ManagerMoneyQueries::invoices(const QString& orgId) const
{
    auto query = execSql(
        m_db,
        QStringLiteral("SELECT i.id, i.kind, i.status, COALESCE(i.number, ''), %1,"
                       " COALESCE(i.trainer_id, ''), COALESCE(i.tax_point_date, ''),"
                       // An invoice settled outside the app ("paid": seeded or through
                       // REST, like the demo data's) has no payment rows to sum: it was paid
                       // in full, less what credit notes took off.
                       " i.total_cents,"
                       " CASE WHEN i.status = 'paid'"
                       "  THEN MAX(i.paid_cents, i.total_cents - i.credited_cents)"
                       "  ELSE i.paid_cents END,"
                       " i.balance_cents,"
                       " COALESCE(l.name, ''), i.recipient = 'organization'"
                       " FROM money_invoices i LEFT JOIN clients c ON c.id = i.client_id"
                       " LEFT JOIN locations l ON l.id = i.location_id"
                       " WHERE i.org_id = ?"
                       " ORDER BY i.tax_point_date IS NULL, i.tax_point_date DESC, i.number, i.id")
            .arg(kClientName),
        {orgId});
    if (!query) {
        return query.error();
    }
    std::vector<OrganizationInvoice> rows;
    while (query->next()) {
        OrganizationInvoice row;
        row.id = query->value(0).toString();
        row.kind = query->value(1).toString();
        row.status = query->value(2).toString();
        row.number = query->value(3).toString();
        row.clientName = query->value(4).toString();
        row.trainerId = query->value(5).toString();
        row.taxPointDate = query->value(6).toString();
        row.totalCents = query->value(7).toLongLong();
        row.paidCents = query->value(8).toLongLong();
        row.balanceCents = query->value(9).toLongLong();
        row.locationName = query->value(10).toString();
        row.toOrganization = query->value(11).toBool();
        rows.push_back(std::move(row));
    }
    return rows;
}

fitflow::Result<std::vector<OrganizationPayment>>
ManagerMoneyQueries::payments(const QString& orgId) const
{
    auto query =
        execSql(m_db,
                QStringLiteral("SELECT p.id, p.invoice_id, COALESCE(i.number, ''), %1, p.method,"
                               " COALESCE(p.received_on, ''), p.amount_cents"
                               " FROM money_payments p"
                               " LEFT JOIN money_invoices i ON i.id = p.invoice_id"
                               " LEFT JOIN clients c ON c.id = i.client_id"
                               " WHERE p.org_id = ?"
                               " ORDER BY p.received_on DESC, p.id DESC")
                    .arg(kClientName),
                {orgId});
    if (!query) {
        return query.error();
    }
    std::vector<OrganizationPayment> rows;
    while (query->next()) {
        OrganizationPayment row;
        row.id = query->value(0).toString();
        row.invoiceId = query->value(1).toString();
        row.invoiceNumber = query->value(2).toString();
        row.clientName = query->value(3).toString();
        row.method = query->value(4).toString();
        row.receivedOn = query->value(5).toString();
        row.amountCents = query->value(6).toLongLong();
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace fitflow::desktop
