#include "desktop/storage/finance/FinanceQueries.h"

#include "desktop/storage/SqlStatement.h"

#include <nlohmann/json.hpp>

namespace fitflow::desktop {

namespace {

// The studio columns every query selects first, for invoice alias `i`.
constexpr const char* kStudioColumns =
    "i.org_id, COALESCE(o.name, ''), COALESCE(i.location_id, ''), COALESCE(l.name, '')";
constexpr const char* kStudioJoins = " LEFT JOIN organizations o ON o.id = i.org_id"
                                     " LEFT JOIN locations l ON l.id = i.location_id";

FinanceStudio studioFrom(const QSqlQuery& query)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString()};
}

QString organizationCondition(const QString& orgId)
{
    return orgId.isEmpty() ? QString() : QStringLiteral(" AND i.org_id = ?");
}

QVariantList organizationValues(QVariantList values, const QString& orgId)
{
    if (!orgId.isEmpty()) {
        values.append(orgId);
    }
    return values;
}

// Adds each tax of the stored totals to the document by its code.
fitflow::Status addTaxes(const QString& storedTotals, FinanceDocument& document)
{
    const auto totals = nlohmann::json::parse(storedTotals.toStdString(), nullptr, false);
    if (totals.is_discarded() || !totals.is_object()) {
        return makeError("store_corrupt", "stored invoice totals are not valid JSON");
    }
    document.subtotalCents = totals.value("subtotal_cents", std::int64_t{0});
    for (const nlohmann::json& tax : totals.value("taxes", nlohmann::json::array())) {
        const std::string code = tax.value("code", std::string());
        const std::int64_t amount = tax.value("amount_cents", std::int64_t{0});
        if (code == "GST") {
            document.gstCents += amount;
        } else if (code == "HST") {
            document.hstCents += amount;
        } else if (code == "QST") {
            document.qstCents += amount;
        }
    }
    return {};
}

} // namespace

FinanceQueries::FinanceQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Result<FinanceFacts> FinanceQueries::facts(const QString& orgId) const
{
    return factsWhere(QStringLiteral("i.recipient = 'client'") + organizationCondition(orgId),
                      organizationValues({}, orgId));
}

fitflow::Result<FinanceFacts> FinanceQueries::supplierFacts(const QString& trainerId,
                                                            const QString& orgId) const
{
    return factsWhere(QStringLiteral("i.recipient = 'organization' AND i.trainer_id = ?") +
                          organizationCondition(orgId),
                      organizationValues({trainerId}, orgId));
}

fitflow::Result<FinanceFacts> FinanceQueries::factsWhere(const QString& which,
                                                         QVariantList values) const
{
    auto documentRows = documents(which, values);
    if (!documentRows) {
        return documentRows.error();
    }
    auto paymentRows = payments(which, values);
    if (!paymentRows) {
        return paymentRows.error();
    }
    return FinanceFacts{std::move(*documentRows), std::move(*paymentRows)};
}

fitflow::Result<std::vector<FinanceDocument>>
FinanceQueries::documents(const QString& which, const QVariantList& values) const
{
    auto query =
        execSql(m_db,
                QStringLiteral("SELECT %1, COALESCE(i.tax_point_date, ''), i.totals,"
                               " i.total_cents FROM money_invoices i%2"
                               " WHERE i.status = 'issued' AND %3"
                               " ORDER BY i.tax_point_date, i.id")
                    .arg(QLatin1String(kStudioColumns), QLatin1String(kStudioJoins), which),
                values);
    if (!query) {
        return query.error();
    }
    std::vector<FinanceDocument> rows;
    while (query->next()) {
        FinanceDocument document;
        document.studio = studioFrom(*query);
        document.date = query->value(4).toString();
        if (auto added = addTaxes(query->value(5).toString(), document); !added) {
            return added.error();
        }
        document.totalCents = query->value(6).toLongLong();
        rows.push_back(std::move(document));
    }
    return rows;
}

fitflow::Result<std::vector<FinancePayment>>
FinanceQueries::payments(const QString& which, const QVariantList& values) const
{
    auto query =
        execSql(m_db,
                // A refund (payment.refund) gives money back: it counts against what was received.
                QStringLiteral("SELECT %1, COALESCE(p.received_on, ''),"
                               " CASE WHEN p.refunds_payment_id IS NULL THEN p.amount_cents"
                               " ELSE -p.amount_cents END"
                               " FROM money_payments p"
                               " JOIN money_invoices i ON i.id = p.invoice_id%2"
                               " WHERE %3"
                               " ORDER BY p.received_on, p.id")
                    .arg(QLatin1String(kStudioColumns), QLatin1String(kStudioJoins), which),
                values);
    if (!query) {
        return query.error();
    }
    std::vector<FinancePayment> rows;
    while (query->next()) {
        rows.push_back(
            {studioFrom(*query), query->value(4).toString(), query->value(5).toLongLong()});
    }
    return rows;
}

} // namespace fitflow::desktop
