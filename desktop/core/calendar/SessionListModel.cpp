#include "desktop/core/calendar/SessionListModel.h"

#include "desktop/core/calendar/StudioColors.h"

#include <QLocale>

namespace fitflow::desktop {

SessionListModel::SessionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SessionListModel::setSessions(std::vector<BookedSession> sessions)
{
    beginResetModel();
    m_sessions = std::move(sessions);
    endResetModel();
}

const BookedSession* SessionListModel::session(const QString& id) const
{
    for (const BookedSession& row : m_sessions) {
        if (row.id == id) {
            return &row;
        }
    }
    return nullptr;
}

void SessionListModel::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    if (!m_sessions.empty()) {
        emit dataChanged(index(0, WhenColumn), index(rowCount() - 1, WhenColumn),
                         {Qt::DisplayRole});
    }
}

void SessionListModel::setPalette(const QPalette& palette)
{
    m_palette = palette;
    if (!m_sessions.empty()) {
        emit dataChanged(index(0, WhenColumn), index(rowCount() - 1, WhenColumn),
                         {Qt::DecorationRole});
    }
}

QString SessionListModel::statusText(const QString& status)
{
    if (status == QLatin1String("completed")) {
        return tr("Completed");
    }
    if (status == QLatin1String("cancelled")) {
        return tr("Cancelled");
    }
    if (status == QLatin1String("no_show")) {
        return tr("No-show");
    }
    return tr("Scheduled");
}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionListModel::whenText(const BookedSession& session) const
{
    const QLocale locale;
    const QDateTime start = session.start.toTimeZone(m_zone);
    const QDateTime end = session.end.toTimeZone(m_zone);
    return tr("%1 %2–%3")
        .arg(locale.toString(start.date(), QStringLiteral("ddd d MMM")),
             locale.toString(start.time(), QStringLiteral("HH:mm")),
             locale.toString(end.time(), QStringLiteral("HH:mm")));
}

QVariant SessionListModel::displayText(const BookedSession& session, int column) const
{
    switch (column) {
    case WhenColumn:
        return whenText(session);
    case ClientColumn:
        return session.clientName;
    case StudioColumn:
        return session.orgName;
    case LocationColumn:
        return session.locationName;
    case StatusColumn:
        return statusText(session.status);
    default:
        return {};
    }
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const BookedSession& session = m_sessions.at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(session, index.column());
    case Qt::DecorationRole:
        return index.column() == WhenColumn
                   ? QVariant(StudioColors::forStudio(session.orgId, m_palette).stripe)
                   : QVariant();
    case IdRole:
        return session.id;
    case OrgIdRole:
        return session.orgId;
    case StartRole:
        return session.start;
    case EndRole:
        return session.end;
    case StatusRole:
        return session.status;
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ClientColumn:
        return tr("Client");
    case StudioColumn:
        return tr("Studio");
    case LocationColumn:
        return tr("Location");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace fitflow::desktop
