#pragma once
// An organization's payments for the Manager page: date received, invoice, client, method and
// amount (integer cents shown as money).

#include "desktop/storage/manager/ManagerMoneyQueries.h"

#include <QAbstractTableModel>

namespace fitflow::desktop {

class PaymentListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ReceivedOn, Invoice, Client, Method, Amount, ColumnCount };

    explicit PaymentListModel(QObject* parent = nullptr);

    void setPayments(const std::vector<OrganizationPayment>& payments);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString methodText(const QString& method) const;

    std::vector<OrganizationPayment> m_payments;
};

} // namespace fitflow::desktop
