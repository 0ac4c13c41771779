#include "desktop/core/clients/ClientListModel.h"

namespace fitflow::desktop {

ClientListModel::ClientListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int ClientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_clients.size());
}

int ClientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const
{
    const ClientSummary* client = index.isValid() ? clientAt(index.row()) : nullptr;
    if (client == nullptr) {
        return {};
    }
    if (role == kClientIdRole) {
        return client->id;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return tr("%1, %2").arg(client->lastName, client->firstName);
    case EmailColumn:
        return client->email;
    case PhoneColumn:
        return client->phone;
    case TagsColumn:
        return client->tags.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

void ClientListModel::setClients(std::vector<ClientSummary> clients)
{
    beginResetModel();
    m_clients = std::move(clients);
    endResetModel();
}

int ClientListModel::rowOf(const QString& clientId) const
{
    for (size_t row = 0; row < m_clients.size(); ++row) {
        if (m_clients[row].id == clientId) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

const ClientSummary* ClientListModel::clientAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_clients.size())) {
        return nullptr;
    }
    return &m_clients[static_cast<size_t>(row)];
}

} // namespace fitflow::desktop
