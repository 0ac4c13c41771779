#pragma once
// An organization's invoices for the Manager page, in one of two views: the invoices to
// clients (the studio's receivables, whoever billed them), or the contractor invoices trainers
// sent the studio (its payables: number, trainer, location, date, status, total, paid, balance),
// which a trainer filter can narrow to one trainer.

#include "desktop/storage/manager/ManagerMoneyQueries.h"

#include <QAbstractTableModel>
#include <QHash>

namespace fitflow::desktop {

class OrganizationInvoiceModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class View { Studio, ContractorInvoices };
    enum Column { Number, Client, BilledBy, Date, Status, Total, Paid, Balance, ColumnCount };
    static constexpr int kIdRole = Qt::UserRole + 1;           // QString
    static constexpr int kBalanceCentsRole = Qt::UserRole + 2; // qint64
    static constexpr int kStatusRole = Qt::UserRole + 3;       // QString: wire status
    static constexpr int kNumberRole = Qt::UserRole + 4;       // QString

    explicit OrganizationInvoiceModel(View view, QObject* parent = nullptr);

    // `trainerNames`: user id -> name, for the "Billed by" column.
    void setInvoices(const std::vector<OrganizationInvoice>& invoices,
                     const QHash<QString, QString>& trainerNames);
    // ContractorInvoices view only: one trainer's invoices; empty shows all.
    void setTrainerFilter(const QString& trainerId);
    // Sum of the outstanding balances of the shown issued invoices, in cents.
    std::int64_t outstandingCents() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QString displayText(const OrganizationInvoice& invoice, int column) const;

    View m_view;
    std::vector<OrganizationInvoice> m_invoices;
    std::vector<OrganizationInvoice> m_visible;
    QHash<QString, QString> m_trainerNames;
    QString m_filter;
};

} // namespace fitflow::desktop
