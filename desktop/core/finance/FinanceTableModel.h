#pragma once
// The table behind the financial overview's chart (and its accessible text alternative): period,
// studio, revenue, GST, HST, QST, invoiced total and payments received, with a totals row at
// the end. Amounts are shown from integer cents (MoneyText); kCentsRole gives the number.

#include "desktop/core/finance/FinanceReport.h"

#include <QAbstractTableModel>

namespace fitflow::desktop {

class FinanceTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Period, Studio, Revenue, Gst, Hst, Qst, Invoiced, Received, ColumnCount };
    static constexpr int kCentsRole = Qt::UserRole + 1; // qint64, amount columns only

    explicit FinanceTableModel(QObject* parent = nullptr);

    void setReport(FinanceReport report);
    const FinanceReport& report() const { return m_report; }
    // The sums of every row (period and studio empty).
    const FinanceRow& totals() const { return m_totals; }

    // The amount of `column` in `row` (0 for the text columns).
    static std::int64_t centsOf(const FinanceRow& row, int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const FinanceRow& rowAt(int row) const;

    FinanceReport m_report;
    FinanceRow m_totals;
};

} // namespace fitflow::desktop
