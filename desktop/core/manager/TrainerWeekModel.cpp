#include "desktop/core/manager/TrainerWeekModel.h"

#include <QLocale>

namespace fitflow::desktop {

namespace {
constexpr int kDaysPerWeek = 7;
} // namespace

TrainerWeekModel::TrainerWeekModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TrainerWeekModel::setSchedule(const QDate& weekStart, const QList<TrainerColumn>& trainers,
                                   const std::vector<BookedSession>& sessions)
{
    beginResetModel();
    m_weekStart = weekStart;
    m_trainers = trainers;
    m_sessions = sessions;
    m_visible.clear();
    for (const TrainerColumn& trainer : std::as_const(m_trainers)) {
        if (m_filter.isEmpty() || trainer.userId == m_filter) {
            m_visible.append(trainer);
        }
    }
    endResetModel();
}

void TrainerWeekModel::setTrainerFilter(const QString& trainerId)
{
    m_filter = trainerId;
    const QList<TrainerColumn> trainers = m_trainers;
    const std::vector<BookedSession> sessions = m_sessions;
    setSchedule(m_weekStart, trainers, sessions);
}

int TrainerWeekModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_weekStart.isValid() ? 0 : kDaysPerWeek;
}

int TrainerWeekModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

QList<const BookedSession*> TrainerWeekModel::sessionsIn(const QModelIndex& index) const
{
    QList<const BookedSession*> found;
    const QDate day = m_weekStart.addDays(index.row());
    const QString& trainerId = m_visible.at(index.column()).userId;
    for (const BookedSession& session : m_sessions) {
        if (session.trainerId == trainerId && session.start.toLocalTime().date() == day) {
            found.append(&session);
        }
    }
    return found;
}

QString TrainerWeekModel::statusText(const QString& status) const
{
    if (status == QLatin1String("completed")) {
        return tr("completed");
    }
    if (status == QLatin1String("cancelled")) {
        return tr("cancelled");
    }
    if (status == QLatin1String("no_show")) {
        return tr("no-show");
    }
    return {};
}

QVariant TrainerWeekModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList lines;
        const QLocale locale;
        // Hours and minutes, as the calendar shows them (a locale's short time format may carry
        // seconds: the C locale's does).
        const QString hhmm = QStringLiteral("HH:mm");
        for (const BookedSession* session : sessionsIn(index)) {
            QString line = tr("%1–%2 %3 · %4")
                               .arg(locale.toString(session->start.toLocalTime().time(), hhmm),
                                    locale.toString(session->end.toLocalTime().time(), hhmm),
                                    session->clientName, session->locationName);
            const QString status = statusText(session->status);
            if (!status.isEmpty()) {
                line = tr("%1 (%2)").arg(line, status);
            }
            lines.append(line);
        }
        if (lines.isEmpty() && role == Qt::AccessibleTextRole) {
            return tr("No sessions");
        }
        return lines.join(QLatin1Char('\n'));
    }
    case kSessionCountRole:
        return static_cast<int>(sessionsIn(index).size());
    case kTrainerIdRole:
        return m_visible.at(index.column()).userId;
    default:
        return {};
    }
}

QVariant TrainerWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (orientation == Qt::Horizontal) {
        return section >= 0 && section < m_visible.size() ? QVariant(m_visible.at(section).name)
                                                          : QVariant();
    }
    if (section < 0 || section >= kDaysPerWeek || !m_weekStart.isValid()) {
        return {};
    }
    return QLocale().toString(m_weekStart.addDays(section), QStringLiteral("ddd d MMM"));
}

} // namespace fitflow::desktop
