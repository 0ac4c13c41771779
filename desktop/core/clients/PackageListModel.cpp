#include "desktop/core/clients/PackageListModel.h"

#include "shared/codec/TextFormats.h"

#include <QLocale>

namespace fitflow::desktop {

PackageListModel::PackageListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int PackageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int PackageListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageListModel::data(const QModelIndex& index, int role) const
{
    const Entry* entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (entry == nullptr) {
        return {};
    }
    if (role == kPackageIdRole) {
        return entry->package.id;
    }
    if (role == kRemainingRole) {
        return entry->credits.remaining;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return entry->package.name;
    case UsedColumn:
        return tr("%1 of %2").arg(entry->credits.used).arg(entry->credits.total);
    case RemainingColumn:
        return entry->credits.expired ? tr("0 (expired)")
                                      : QString::number(entry->credits.remaining);
    case ExpiresColumn:
        return entry->package.expiresOn
                   ? QString::fromStdString(formatIsoDate(*entry->package.expiresOn))
                   : tr("Never");
    case PriceColumn:
        return priceText(entry->package.priceCents, entry->package.currency);
    default:
        return {};
    }
}

QVariant PackageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Package");
    case UsedColumn:
        return tr("Used");
    case RemainingColumn:
        return tr("Remaining");
    case ExpiresColumn:
        return tr("Expires");
    case PriceColumn:
        return tr("Price");
    default:
        return {};
    }
}

void PackageListModel::setPackages(std::vector<PackageRow> packages,
                                   std::chrono::minutes lateWindow,
                                   std::chrono::year_month_day today)
{
    beginResetModel();
    m_entries.clear();
    for (PackageRow& package : packages) {
        const auto credits = clients::packageCredits(package.sessionsTotal, package.expiresOn,
                                                     package.sessions, lateWindow, today);
        m_entries.push_back({std::move(package), credits});
    }
    endResetModel();
}

void PackageListModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

const PackageListModel::Entry* PackageListModel::entryAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_entries.size())) {
        return nullptr;
    }
    return &m_entries[static_cast<size_t>(row)];
}

QString PackageListModel::priceText(qint64 cents, const QString& currency)
{
    const QLocale locale;
    const QString amount = locale.toString(cents / 100) + locale.decimalPoint() +
                           QStringLiteral("%1").arg(cents % 100, 2, 10, QLatin1Char('0'));
    return tr("%1 %2").arg(amount, currency);
}

} // namespace fitflow::desktop
