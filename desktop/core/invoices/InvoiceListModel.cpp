#include "desktop/core/invoices/InvoiceListModel.h"

#include "desktop/core/calendar/MoneyText.h"

namespace fitflow::desktop {

InvoiceListModel::InvoiceListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void InvoiceListModel::setInvoices(std::vector<InvoiceRow> rows)
{
    beginResetModel();
    m_all = std::move(rows);
    rebuildVisible();
    endResetModel();
}

void InvoiceListModel::setStatusFilter(const QString& status)
{
    if (status == m_statusFilter) {
        return;
    }
    beginResetModel();
    m_statusFilter = status;
    rebuildVisible();
    endResetModel();
}

void InvoiceListModel::setRecipientFilter(const QString& recipient)
{
    if (recipient == m_recipientFilter) {
        return;
    }
    beginResetModel();
    m_recipientFilter = recipient;
    rebuildVisible();
    endResetModel();
}

void InvoiceListModel::rebuildVisible()
{
    m_visible.clear();
    for (const InvoiceRow& invoice : m_all) {
        const bool recipientShown =
            m_recipientFilter.isEmpty() ||
            (m_recipientFilter == QLatin1String("organization")) == invoice.toOrganization;
        if (recipientShown && (m_statusFilter.isEmpty() || invoice.status == m_statusFilter)) {
            m_visible.push_back(&invoice);
        }
    }
}

const InvoiceRow* InvoiceListModel::invoiceAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_visible.size())) {
        return nullptr;
    }
    return m_visible[static_cast<std::size_t>(row)];
}

QString InvoiceListModel::statusText(const QString& status)
{
    if (status == QLatin1String("draft")) {
        return tr("Draft");
    }
    if (status == QLatin1String("issued")) {
        return tr("Issued");
    }
    if (status == QLatin1String("void")) {
        return tr("Void");
    }
    // Settled outside the app (rows seeded or made through the REST API, like the demo data's).
    if (status == QLatin1String("paid")) {
        return tr("Paid");
    }
    return status;
}

QString InvoiceListModel::numberText(const QString& number, const QString& kind)
{
    if (number.isEmpty()) {
        return tr("(not issued)");
    }
    return kind == QLatin1String("credit_note") ? tr("%1 (credit note)").arg(number) : number;
}

int InvoiceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int InvoiceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceListModel::displayText(const InvoiceRow& invoice, int column) const
{
    switch (column) {
    case Number:
        return numberText(invoice.number, invoice.kind);
    case Client:
        return invoice.clientName;
    case Organization:
        return invoice.organizationName;
    case Date:
        return invoice.taxPointDate;
    case Status:
        return statusText(invoice.status);
    case Total:
        return MoneyText::fromCents(invoice.totalCents);
    case Balance:
        // An overpaid invoice owes the client: shown as their credit, never a negative balance.
        return invoice.creditCents > 0
                   ? tr("Credit %1").arg(MoneyText::fromCents(invoice.creditCents))
                   : MoneyText::fromCents(invoice.balanceCents);
    default:
        return {};
    }
}

QVariant InvoiceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const InvoiceRow& invoice = *m_visible[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(invoice, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Total || index.column() == Balance) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case kIdRole:
        return invoice.id;
    case kStatusRole:
        return invoice.status;
    case kBalanceCentsRole:
        return QVariant::fromValue<qint64>(invoice.balanceCents);
    case kKindRole:
        return invoice.kind;
    case kCreditCentsRole:
        return QVariant::fromValue<qint64>(invoice.creditCents);
    default:
        return {};
    }
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Number:
        return tr("Number");
    case Client:
        return tr("Client");
    case Organization:
        return tr("Organization");
    case Date:
        return tr("Date");
    case Status:
        return tr("Status");
    case Total:
        return tr("Total");
    case Balance:
        return tr("Balance");
    default:
        return {};
    }
}

} // namespace fitflow::desktop
