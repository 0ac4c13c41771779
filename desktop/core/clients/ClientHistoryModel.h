#pragma once
// A client's history in the profile panel: their session notes first (newest first), then their
// sessions (newest first), then their invoices with what was paid and what is due. A note row
// carries its id so the page can open it in the editor.

#include "desktop/core/clients/ClientRecords.h"

#include <QAbstractListModel>

#include <vector>

namespace fitflow::desktop {

class ClientHistoryModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum class Kind { Note, Session, Invoice };
    static constexpr int kKindRole = Qt::UserRole + 1; // Kind as int
    static constexpr int kIdRole = Qt::UserRole + 2;

    explicit ClientHistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setHistory(const std::vector<ClientNoteRow>& notes,
                    const std::vector<ClientSessionRow>& sessions,
                    const std::vector<ClientInvoiceRow>& invoices);
    // Whole dollars and cents in the user's locale, from integer cents (never a double).
    static QString moneyText(qint64 cents);
    // A client's position over their invoices: "Credit: $100.00", "Due: $25.00" or
    // "Nothing due" (with both sides when an invoice is due while another holds a credit).
    static QString balanceText(const invoice::ClientBalance& balance);
    void clear();

private:
    struct Entry {
        Kind kind;
        QString id;
        QString text;
    };
    static QString noteText(const ClientNoteRow& note);
    static QString sessionText(const ClientSessionRow& session);
    static QString invoiceText(const ClientInvoiceRow& invoice);

    std::vector<Entry> m_entries;
};

} // namespace fitflow::desktop
