#include "desktop/core/clients/ConsentHistoryModel.h"

#include <QDateTime>
#include <QLocale>

namespace fitflow::desktop {

namespace {

QString recordedText(const QString& recordedAt)
{
    const QDateTime when = QDateTime::fromString(recordedAt, Qt::ISODate);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : recordedAt;
}

} // namespace

ConsentHistoryModel::ConsentHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int ConsentHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_consents.size());
}

int ConsentHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsentHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const ConsentRow& consent = m_consents[static_cast<size_t>(index.row())];
    if (role == kConsentIdRole) {
        return consent.id;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case KindColumn:
        return kindName(consent.kind);
    case DecisionColumn:
        return consent.granted ? tr("Granted") : tr("Withdrawn");
    case PolicyVersionColumn:
        return consent.policyVersion;
    case RecordedAtColumn:
        return recordedText(consent.recordedAt);
    default:
        return {};
    }
}

QVariant ConsentHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case KindColumn:
        return tr("Consent");
    case DecisionColumn:
        return tr("Decision");
    case PolicyVersionColumn:
        return tr("Policy version");
    case RecordedAtColumn:
        return tr("Recorded");
    default:
        return {};
    }
}

void ConsentHistoryModel::setConsents(std::vector<ConsentRow> consents)
{
    beginResetModel();
    m_consents = std::move(consents);
    endResetModel();
}

const ConsentRow* ConsentHistoryModel::current(const QString& kind) const
{
    for (const ConsentRow& consent : m_consents) {
        if (consent.kind == kind) {
            return &consent; // newest first
        }
    }
    return nullptr;
}

QString ConsentHistoryModel::currentText(const QString& kind) const
{
    const ConsentRow* consent = current(kind);
    if (consent == nullptr) {
        return tr("Not recorded");
    }
    return (consent->granted ? tr("Granted (policy %1, %2)") : tr("Withdrawn (policy %1, %2)"))
        .arg(consent->policyVersion, recordedText(consent->recordedAt));
}

QString ConsentHistoryModel::kindName(const QString& kind)
{
    if (kind == kContact) {
        return tr("Contact");
    }
    if (kind == kDataSharing) {
        return tr("Data sharing");
    }
    if (kind == kPhoto) {
        return tr("Photos");
    }
    return kind;
}

} // namespace fitflow::desktop
