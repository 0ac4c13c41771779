#include "desktop/core/finance/FinanceTableModel.h"

#include "desktop/core/calendar/MoneyText.h"
#include "desktop/core/finance/TaxDisplayName.h"

namespace fitflow::desktop {

FinanceTableModel::FinanceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FinanceTableModel::setReport(FinanceReport report)
{
    beginResetModel();
    m_report = std::move(report);
    m_totals = FinanceRow{};
    for (const FinanceRow& row : m_report.rows) {
        m_totals.revenueCents += row.revenueCents;
        m_totals.gstCents += row.gstCents;
        m_totals.hstCents += row.hstCents;
        m_totals.qstCents += row.qstCents;
        m_totals.invoicedCents += row.invoicedCents;
        m_totals.receivedCents += row.receivedCents;
    }
    endResetModel();
}

std::int64_t FinanceTableModel::centsOf(const FinanceRow& row, int column)
{
    switch (column) {
    case Revenue:
        return row.revenueCents;
    case Gst:
        return row.gstCents;
    case Hst:
        return row.hstCents;
    case Qst:
        return row.qstCents;
    case Invoiced:
        return row.invoicedCents;
    case Received:
        return row.receivedCents;
    default:
        return 0;
    }
}

int FinanceTableModel::rowCount(const QModelIndex& parent) const
{
    // The totals row follows the report's rows when there are any.
    if (parent.isValid() || m_report.rows.empty()) {
        return 0;
    }
    return static_cast<int>(m_report.rows.size()) + 1;
}

int FinanceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const FinanceRow& FinanceTableModel::rowAt(int row) const
{
    return row < static_cast<int>(m_report.rows.size()) ? m_report.rows[std::size_t(row)]
                                                        : m_totals;
}

QVariant FinanceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const bool totalsRow = index.row() == static_cast<int>(m_report.rows.size());
    const FinanceRow& row = rowAt(index.row());
    const int column = index.column();
    const bool amount = column >= Revenue;
    switch (role) {
    case Qt::DisplayRole:
        if (column == Period) {
            return totalsRow ? tr("Total") : row.period;
        }
        if (column == Studio) {
            return totalsRow ? QString() : row.studio;
        }
        return MoneyText::fromCents(centsOf(row, column));
    case kCentsRole:
        return amount ? QVariant::fromValue(qint64(centsOf(row, column))) : QVariant();
    case Qt::TextAlignmentRole:
        return amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant FinanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Period:
        return tr("Period");
    case Studio:
        return tr("Studio");
    case Revenue:
        return tr("Revenue");
    case Gst:
        return TaxDisplayName::forCode(QStringLiteral("GST"));
    case Hst:
        return TaxDisplayName::forCode(QStringLiteral("HST"));
    case Qst:
        return TaxDisplayName::forCode(QStringLiteral("QST"));
    case Invoiced:
        return tr("Invoiced");
    case Received:
        return tr("Received");
    default:
        return {};
    }
}

} // namespace fitflow::desktop
