#include "desktop/core/manager/OrganizationInvoiceModel.h"

#include "desktop/core/calendar/MoneyText.h"
#include "desktop/core/invoices/InvoiceListModel.h"

namespace fitflow::desktop {

OrganizationInvoiceModel::OrganizationInvoiceModel(View view, QObject* parent)
    : QAbstractTableModel(parent)
    , m_view(view)
{
}

void OrganizationInvoiceModel::setInvoices(const std::vector<OrganizationInvoice>& invoices,
                                           const QHash<QString, QString>& trainerNames)
{
    m_invoices = invoices;
    m_trainerNames = trainerNames;
    rebuild();
}

void OrganizationInvoiceModel::setTrainerFilter(const QString& trainerId)
{
    m_filter = trainerId;
    rebuild();
}

void OrganizationInvoiceModel::rebuild()
{
    beginResetModel();
    m_visible.clear();
    for (const OrganizationInvoice& invoice : m_invoices) {
        const bool inView = (m_view == View::ContractorInvoices) == invoice.toOrganization;
        const bool passesFilter =
            m_view == View::Studio || m_filter.isEmpty() || invoice.trainerId == m_filter;
        if (inView && passesFilter) {
            m_visible.push_back(invoice);
        }
    }
    endResetModel();
}

std::int64_t OrganizationInvoiceModel::outstandingCents() const
{
    std::int64_t total = 0;
    for (const OrganizationInvoice& invoice : m_visible) {
        if (invoice.status == QLatin1String("issued") && invoice.kind == QLatin1String("invoice")) {
            total += invoice.balanceCents;
        }
    }
    return total;
}

int OrganizationInvoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int OrganizationInvoiceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrganizationInvoiceModel::displayText(const OrganizationInvoice& invoice, int column) const
{
    switch (column) {
    case Number:
        return InvoiceListModel::numberText(invoice.number, invoice.kind);
    case Client:
        return m_view == View::ContractorInvoices ? invoice.locationName : invoice.clientName;
    case BilledBy:
        return invoice.trainerId.isEmpty()
                   ? tr("Studio")
                   : m_trainerNames.value(invoice.trainerId, tr("A trainer"));
    case Date:
        return invoice.taxPointDate;
    case Status:
        // An issued invoice with nothing left to pay reads "Paid" here; otherwise the list's text.
        if (invoice.status == QLatin1String("issued") && invoice.kind == QLatin1String("invoice") &&
            invoice.balanceCents == 0) {
            return tr("Paid");
        }
        return InvoiceListModel::statusText(invoice.status);
    case Total:
        return MoneyText::fromCents(invoice.totalCents);
    case Paid:
        return MoneyText::fromCents(invoice.paidCents);
    case Balance:
        return MoneyText::fromCents(invoice.balanceCents);
    default:
        return {};
    }
}

QVariant OrganizationInvoiceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OrganizationInvoice& invoice = m_visible[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(invoice, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= Total
                   ? QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case kIdRole:
        return invoice.id;
    case kBalanceCentsRole:
        return QVariant::fromValue<qint64>(invoice.balanceCents);
    case kStatusRole:
        return invoice.status;
    case kNumberRole:
        return invoice.number;
    default:
        return {};
    }
}

QVariant OrganizationInvoiceModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Number:
        return tr("Number");
    case Client:
        return m_view == View::ContractorInvoices ? tr("Location") : tr("Client");
    case BilledBy:
        return m_view == View::ContractorInvoices ? tr("Trainer") : tr("Billed by");
    case Date:
        return tr("Date");
    case Status:
        return tr("Status");
    case Total:
        return tr("Total");
    case Paid:
        return tr("Paid");
    case Balance:
        return tr("Balance");
    default:
        return {};
    }
}

} // namespace fitflow::desktop
