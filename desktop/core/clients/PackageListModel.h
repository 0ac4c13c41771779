#pragma once
// A client's session packages in the profile: name, credits used of the total, remaining
// credits (0 once expired), expiry and price. Credits follow shared/clients/PackageCredits with
// the user's late-cancellation window.

#include "desktop/storage/clients/ClientExtrasQueries.h"

#include <QAbstractTableModel>

#include <chrono>
#include <vector>

namespace fitflow::desktop {

class PackageListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        UsedColumn,
        RemainingColumn,
        ExpiresColumn,
        PriceColumn,
        ColumnCount
    };
    static constexpr int kPackageIdRole = Qt::UserRole + 1;
    static constexpr int kRemainingRole = Qt::UserRole + 2;

    struct Entry {
        PackageRow package;
        clients::PackageCredits credits;
    };

    explicit PackageListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // `today` is the user's local date; `lateWindow` the late-cancellation window.
    void setPackages(std::vector<PackageRow> packages, std::chrono::minutes lateWindow,
                     std::chrono::year_month_day today);
    void clear();
    const Entry* entryAt(int row) const;

    static QString priceText(qint64 cents, const QString& currency);

private:
    std::vector<Entry> m_entries;
};

} // namespace fitflow::desktop
