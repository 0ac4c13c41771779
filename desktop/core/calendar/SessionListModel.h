#pragma once
// Sessions of every studio as a table (when, client, studio, location, status) for the
// calendar view and the dashboard. Times are shown in one zone chosen by the page; the first
// column's decoration is the studio's colour for the current palette.

#include "desktop/storage/calendar/BookedSession.h"

#include <QAbstractTableModel>
#include <QPalette>
#include <QTimeZone>

#include <vector>

namespace fitflow::desktop {

class SessionListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        ClientColumn,
        StudioColumn,
        LocationColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        OrgIdRole,
        StartRole, // QDateTime, UTC
        EndRole,   // QDateTime, UTC
        StatusRole // wire name
    };

    explicit SessionListModel(QObject* parent = nullptr);

    void setSessions(std::vector<BookedSession> sessions);
    const std::vector<BookedSession>& sessions() const { return m_sessions; }
    // nullptr when no session has this id.
    const BookedSession* session(const QString& id) const;

    void setTimeZone(const QTimeZone& zone);
    QTimeZone timeZone() const { return m_zone; }
    void setPalette(const QPalette& palette);

    // The words shown for a status wire name ("no_show" -> "No-show").
    static QString statusText(const QString& status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString whenText(const BookedSession& session) const;
    QVariant displayText(const BookedSession& session, int column) const;

    std::vector<BookedSession> m_sessions;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QPalette m_palette;
};

} // namespace fitflow::desktop
