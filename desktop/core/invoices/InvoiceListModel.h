#pragma once
// The Invoices page's table: number, client, organization, date, status, total and balance of
// every invoice and credit note, optionally only those of one status. Amounts are shown from
// integer cents in the user's locale (MoneyText).

#include "desktop/core/invoices/InvoiceRow.h"

#include <QAbstractTableModel>

namespace fitflow::desktop {

class InvoiceListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Client, Organization, Date, Status, Total, Balance, ColumnCount };
    static constexpr int kIdRole = Qt::UserRole + 1;
    static constexpr int kStatusRole = Qt::UserRole + 2;       // "draft", "issued", "void"
    static constexpr int kBalanceCentsRole = Qt::UserRole + 3; // qint64
    static constexpr int kKindRole = Qt::UserRole + 4;         // "invoice", "credit_note"
    static constexpr int kCreditCentsRole = Qt::UserRole + 5;  // qint64: owed to the client

    explicit InvoiceListModel(QObject* parent = nullptr);

    void setInvoices(std::vector<InvoiceRow> rows);
    // Empty: every status.
    void setStatusFilter(const QString& status);
    QString statusFilter() const { return m_statusFilter; }
    // Empty: every invoice; "client": invoices to clients; "organization": the user's contractor
    // invoices to studios.
    void setRecipientFilter(const QString& recipient);
    QString recipientFilter() const { return m_recipientFilter; }
    const InvoiceRow* invoiceAt(int row) const;

    // The words for a status ("Draft", "Issued", "Void").
    static QString statusText(const QString& status);
    // "INV-…", "INV-… (credit note)" or "(not issued)": also used by the manager's list.
    static QString numberText(const QString& number, const QString& kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuildVisible();
    QVariant displayText(const InvoiceRow& invoice, int column) const;

    std::vector<InvoiceRow> m_all;
    std::vector<const InvoiceRow*> m_visible;
    QString m_statusFilter;
    QString m_recipientFilter;
};

} // namespace fitflow::desktop
