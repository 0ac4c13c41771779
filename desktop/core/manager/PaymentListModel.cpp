#include "desktop/core/manager/PaymentListModel.h"

#include "desktop/core/calendar/MoneyText.h"

namespace fitflow::desktop {

PaymentListModel::PaymentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PaymentListModel::setPayments(const std::vector<OrganizationPayment>& payments)
{
    beginResetModel();
    m_payments = payments;
    endResetModel();
}

int PaymentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_payments.size());
}

int PaymentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PaymentListModel::methodText(const QString& method) const
{
    if (method == QLatin1String("cash")) {
        return tr("Cash");
    }
    if (method == QLatin1String("e_transfer")) {
        return tr("E-transfer");
    }
    if (method == QLatin1String("card")) {
        return tr("Card");
    }
    if (method == QLatin1String("refund")) {
        return tr("Refund");
    }
    return method;
}

QVariant PaymentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OrganizationPayment& payment = m_payments[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole) {
        return index.column() == Amount
                   ? QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case ReceivedOn:
        return payment.receivedOn;
    case Invoice:
        return payment.invoiceNumber;
    case Client:
        return payment.clientName;
    case Method:
        return methodText(payment.method);
    case Amount:
        // A refund (payment.refund) is money given back: shown as a negative amount.
        return MoneyText::fromCents(
            payment.method == QLatin1String("refund") ? -payment.amountCents : payment.amountCents);
    default:
        return {};
    }
}

QVariant PaymentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ReceivedOn:
        return tr("Received");
    case Invoice:
        return tr("Invoice");
    case Client:
        return tr("Client");
    case Method:
        return tr("Method");
    case Amount:
        return tr("Amount");
    default:
        return {};
    }
}

} // namespace fitflow::desktop
