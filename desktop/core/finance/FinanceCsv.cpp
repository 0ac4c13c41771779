#include "desktop/core/finance/FinanceCsv.h"

#include "desktop/core/finance/FinanceTableModel.h"
#include "desktop/core/finance/TaxDisplayName.h"

#include <QStringList>

namespace fitflow::desktop {

QString FinanceCsv::field(const QString& text)
{
    const bool mustQuote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                           text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!mustQuote) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString FinanceCsv::dollars(std::int64_t cents)
{
    // Magnitude in unsigned arithmetic so the most negative value cannot overflow.
    const bool negative = cents < 0;
    const std::uint64_t magnitude =
        negative ? std::uint64_t(0) - static_cast<std::uint64_t>(cents) : std::uint64_t(cents);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QByteArray FinanceCsv::toCsv(const FinanceReport& report)
{
    const QStringList header{tr("Period"),
                             tr("Studio"),
                             tr("Revenue"),
                             TaxDisplayName::forCode(QStringLiteral("GST")),
                             TaxDisplayName::forCode(QStringLiteral("HST")),
                             TaxDisplayName::forCode(QStringLiteral("QST")),
                             tr("Invoiced"),
                             tr("Received")};
    QStringList lines;
    QStringList fields;
    for (const QString& name : header) {
        fields.append(field(name));
    }
    lines.append(fields.join(QLatin1Char(',')));
    const auto addRow = [&lines](const FinanceRow& row, const QString& studio) {
        QStringList values{field(row.period), field(studio)};
        for (int column = FinanceTableModel::Revenue; column < FinanceTableModel::ColumnCount;
             ++column) {
            values.append(dollars(FinanceTableModel::centsOf(row, column)));
        }
        lines.append(values.join(QLatin1Char(',')));
    };
    for (const FinanceRow& row : report.rows) {
        addRow(row, row.studio);
    }
    for (const FinanceRow& row : report.supplierRows) {
        addRow(row, tr("Contractor invoices to %1").arg(row.studio));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace fitflow::desktop
