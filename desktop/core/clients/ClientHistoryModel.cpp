#include "desktop/core/clients/ClientHistoryModel.h"

#include <QDateTime>
#include <QLocale>

namespace fitflow::desktop {

namespace {

constexpr int kPreviewLength = 60;

QString localTime(const QString& utcText)
{
    const QDateTime utc = QDateTime::fromString(utcText, Qt::ISODateWithMs);
    if (!utc.isValid()) {
        return utcText;
    }
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ClientHistoryModel::ClientHistoryModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int ClientHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant ClientHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_entries.size())) {
        return {};
    }
    const Entry& entry = m_entries[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return entry.text;
    case kKindRole:
        return static_cast<int>(entry.kind);
    case kIdRole:
        return entry.id;
    default:
        return {};
    }
}

void ClientHistoryModel::setHistory(const std::vector<ClientNoteRow>& notes,
                                    const std::vector<ClientSessionRow>& sessions,
                                    const std::vector<ClientInvoiceRow>& invoices)
{
    beginResetModel();
    m_entries.clear();
    for (const ClientNoteRow& note : notes) {
        m_entries.push_back({Kind::Note, note.id, noteText(note)});
    }
    for (const ClientSessionRow& session : sessions) {
        m_entries.push_back({Kind::Session, session.id, sessionText(session)});
    }
    for (const ClientInvoiceRow& invoice : invoices) {
        m_entries.push_back({Kind::Invoice, invoice.id, invoiceText(invoice)});
    }
    endResetModel();
}

void ClientHistoryModel::clear()
{
    setHistory({}, {}, {});
}

QString ClientHistoryModel::noteText(const ClientNoteRow& note)
{
    QString preview = note.text.simplified();
    if (preview.size() > kPreviewLength) {
        preview = preview.left(kPreviewLength) + QChar(0x2026);
    }
    if (preview.isEmpty()) {
        preview = tr("(empty)");
    }
    const QString kind = note.format == QLatin1String("soap") ? tr("SOAP note") : tr("Note");
    return note.conflict ? tr("%1 (conflict): %2").arg(kind, preview)
                         : tr("%1: %2").arg(kind, preview);
}

QString ClientHistoryModel::sessionText(const ClientSessionRow& session)
{
    return tr("Session %1 at %2 (%3)")
        .arg(localTime(session.startsAt), session.locationName, session.status);
}

QString ClientHistoryModel::invoiceText(const ClientInvoiceRow& invoice)
{
    const QString kind =
        invoice.kind == QLatin1String("credit_note") ? tr("Credit note") : tr("Invoice");
    const QString number = invoice.number.isEmpty() ? tr("(no number yet)") : invoice.number;
    // A draft owes nothing yet: only its total is meaningful.
    if (invoice.status == QLatin1String("draft")) {
        return tr("%1 %2 (draft): total %3").arg(kind, number, moneyText(invoice.totalCents));
    }
    QString status = invoice.status;
    if (status == QLatin1String("issued")) {
        status = tr("issued");
    } else if (status == QLatin1String("void")) {
        status = tr("void");
    }
    // Paid, then credited: the invoice owes the client, which is their credit, not "due -$…".
    if (invoice.creditCents > 0) {
        return tr("%1 %2 (%3): total %4, paid %5, credit %6")
            .arg(kind, number, status, moneyText(invoice.totalCents), moneyText(invoice.paidCents),
                 moneyText(invoice.creditCents));
    }
    return tr("%1 %2 (%3): total %4, paid %5, due %6")
        .arg(kind, number, status, moneyText(invoice.totalCents), moneyText(invoice.paidCents),
             moneyText(invoice.balanceCents));
}

QString ClientHistoryModel::balanceText(const invoice::ClientBalance& balance)
{
    // The net position first ("Credit: $100.00" when the client is owed money), and both sides
    // when an invoice is due while another holds a credit, so neither hides the other.
    const QString net = balance.netCents < 0   ? tr("Credit: %1").arg(moneyText(-balance.netCents))
                        : balance.netCents > 0 ? tr("Due: %1").arg(moneyText(balance.netCents))
                                               : tr("Nothing due");
    if (balance.owedCents > 0 && balance.creditCents > 0) {
        return tr("%1 (%2 due, %3 credit)")
            .arg(net, moneyText(balance.owedCents), moneyText(balance.creditCents));
    }
    return net;
}

QString ClientHistoryModel::moneyText(qint64 cents)
{
    const QLocale locale;
    const qint64 magnitude = cents < 0 ? -cents : cents;
    const QString amount = locale.toString(magnitude / 100) + locale.decimalPoint() +
                           QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (cents < 0 ? locale.negativeSign() : QString()) + tr("$%1").arg(amount);
}

} // namespace fitflow::desktop
