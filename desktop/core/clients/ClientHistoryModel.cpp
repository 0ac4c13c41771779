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

void ClientHistoryModel::setHistory(std::vector<ClientNoteRow> notes,
                                    std::vector<ClientSessionRow> sessions)
{
    beginResetModel();
    m_entries.clear();
    for (const ClientNoteRow& note : notes) {
        m_entries.push_back({Kind::Note, note.id, noteText(note)});
    }
    for (const ClientSessionRow& session : sessions) {
        m_entries.push_back({Kind::Session, session.id, sessionText(session)});
    }
    endResetModel();
}

void ClientHistoryModel::clear()
{
    setHistory({}, {});
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

} // namespace fitflow::desktop
