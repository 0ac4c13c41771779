#pragma once
// The clients table of the Clients page: one row per client the last search returned, columns
// name, email, phone and tags. Filled by ClientsService on the GUI thread; the FTS index does the
// filtering, so no proxy model sits in between.

#include "desktop/storage/search/ClientDirectory.h"

#include <QAbstractTableModel>

#include <vector>

namespace fitflow::desktop {

class ClientListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, PhoneColumn, TagsColumn, ColumnCount };
    static constexpr int kClientIdRole = Qt::UserRole + 1;

    explicit ClientListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setClients(std::vector<ClientSummary> clients);
    // The row showing `clientId`, or -1.
    int rowOf(const QString& clientId) const;
    const ClientSummary* clientAt(int row) const;

private:
    std::vector<ClientSummary> m_clients;
};

} // namespace fitflow::desktop
