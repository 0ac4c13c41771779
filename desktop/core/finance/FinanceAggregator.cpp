#include "desktop/core/finance/FinanceAggregator.h"

#include <QDate>

#include <algorithm>
#include <map>
#include <utility>

namespace fitflow::desktop {

namespace {

using RowKey = std::pair<QString, QString>; // period, studio key

QString studioKeyOf(const FinanceStudio& studio)
{
    return studio.locationId.isEmpty() ? studio.orgId : studio.locationId;
}

class RowTable {
public:
    explicit RowTable(FinancePeriod period)
        : m_period(period)
    {
    }

    // The row of `date`'s period and `studio`, or null for an unreadable date.
    FinanceRow* rowFor(const QString& date, const FinanceStudio& studio)
    {
        const QString period = FinanceAggregator::periodOf(date, m_period);
        if (period.isEmpty()) {
            return nullptr;
        }
        const RowKey key{period, studioKeyOf(studio)};
        auto found = m_rows.find(key);
        if (found == m_rows.end()) {
            FinanceRow row;
            row.period = period;
            row.studioKey = key.second;
            row.studio = FinanceAggregator::studioName(studio);
            found = m_rows.emplace(key, std::move(row)).first;
        }
        return &found->second;
    }

    FinanceReport report() const
    {
        FinanceReport report;
        report.period = m_period;
        for (const auto& [key, row] : m_rows) {
            report.rows.push_back(row);
        }
        std::stable_sort(report.rows.begin(), report.rows.end(),
                         [](const FinanceRow& a, const FinanceRow& b) {
                             if (a.period != b.period) {
                                 return a.period < b.period;
                             }
                             return a.studio.localeAwareCompare(b.studio) < 0;
                         });
        return report;
    }

private:
    FinancePeriod m_period;
    std::map<RowKey, FinanceRow> m_rows;
};

} // namespace

QString FinanceAggregator::periodOf(const QString& date, FinancePeriod period)
{
    const QDate day = QDate::fromString(date, Qt::ISODate);
    if (!day.isValid() || date.size() != 10) {
        return {};
    }
    switch (period) {
    case FinancePeriod::Month:
        return day.toString(QStringLiteral("yyyy-MM"));
    case FinancePeriod::Quarter:
        return QStringLiteral("%1-Q%2").arg(day.year()).arg((day.month() - 1) / 3 + 1);
    case FinancePeriod::Year:
        return QString::number(day.year());
    }
    return {};
}

QString FinanceAggregator::studioName(const FinanceStudio& studio)
{
    if (studio.locationName.isEmpty()) {
        return studio.orgName;
    }
    return studio.orgName.isEmpty() ? studio.locationName
                                    : studio.orgName + QStringLiteral(" · ") + studio.locationName;
}

FinanceReport FinanceAggregator::aggregate(const FinanceFacts& facts, FinancePeriod period)
{
    RowTable table(period);
    for (const FinanceDocument& document : facts.documents) {
        if (FinanceRow* row = table.rowFor(document.date, document.studio)) {
            row->revenueCents += document.subtotalCents;
            row->gstCents += document.gstCents;
            row->hstCents += document.hstCents;
            row->qstCents += document.qstCents;
            row->invoicedCents += document.totalCents;
        }
    }
    for (const FinancePayment& payment : facts.payments) {
        if (FinanceRow* row = table.rowFor(payment.date, payment.studio)) {
            row->receivedCents += payment.amountCents;
        }
    }
    return table.report();
}

} // namespace fitflow::desktop
