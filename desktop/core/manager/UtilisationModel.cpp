#include "desktop/core/manager/UtilisationModel.h"

namespace fitflow::desktop {

namespace {
constexpr std::int64_t kMinutesPerHour = 60;

// "No-shows (week)" as "No-shows" over "(week)": nine columns then fit the Manager view's width
// in French too; the translations keep one string per header.
QString onTwoLines(QString header)
{
    const qsizetype open = header.lastIndexOf(QStringLiteral(" ("));
    if (open > 0) {
        header.replace(open, 1, QLatin1Char('\n'));
    }
    return header;
}
} // namespace

UtilisationModel::UtilisationModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void UtilisationModel::setRows(const std::vector<TrainerUtilisation>& rows)
{
    m_rows = rows;
    rebuild();
}

void UtilisationModel::setTrainerFilter(const QString& trainerId)
{
    m_filter = trainerId;
    rebuild();
}

void UtilisationModel::rebuild()
{
    beginResetModel();
    m_visible.clear();
    for (const TrainerUtilisation& row : m_rows) {
        if (m_filter.isEmpty() || row.trainerId == m_filter) {
            m_visible.push_back(row);
        }
    }
    endResetModel();
}

QString UtilisationModel::hoursText(std::int64_t minutes)
{
    const std::int64_t hours = minutes / kMinutesPerHour;
    const std::int64_t rest = minutes % kMinutesPerHour;
    return rest == 0 ? tr("%1 h").arg(hours) : tr("%1 h %2 min").arg(hours).arg(rest);
}

int UtilisationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int UtilisationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::int64_t UtilisationModel::value(const TrainerUtilisation& row, int column)
{
    switch (column) {
    case WeekBooked:
        return row.week.bookedMinutes;
    case WeekCompleted:
        return row.week.completed;
    case WeekCancelled:
        return row.week.cancelled;
    case WeekNoShows:
        return row.week.noShows;
    case MonthBooked:
        return row.month.bookedMinutes;
    case MonthCompleted:
        return row.month.completed;
    case MonthCancelled:
        return row.month.cancelled;
    case MonthNoShows:
        return row.month.noShows;
    default:
        return 0;
    }
}

QVariant UtilisationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TrainerUtilisation& row = m_visible[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == Trainer) {
            return row.name;
        }
        if (column == WeekBooked || column == MonthBooked) {
            return hoursText(value(row, column));
        }
        return QString::number(value(row, column));
    case Qt::TextAlignmentRole:
        return column == Trainer
                   ? QVariant()
                   : QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case kValueRole:
        return column == Trainer ? QVariant() : QVariant::fromValue<qint64>(value(row, column));
    default:
        return {};
    }
}

QVariant UtilisationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Trainer:
        return tr("Trainer");
    case WeekBooked:
        return onTwoLines(tr("Booked (week)"));
    case WeekCompleted:
        return onTwoLines(tr("Completed (week)"));
    case WeekCancelled:
        return onTwoLines(tr("Cancelled (week)"));
    case WeekNoShows:
        return onTwoLines(tr("No-shows (week)"));
    case MonthBooked:
        return onTwoLines(tr("Booked (month)"));
    case MonthCompleted:
        return onTwoLines(tr("Completed (month)"));
    case MonthCancelled:
        return onTwoLines(tr("Cancelled (month)"));
    case MonthNoShows:
        return onTwoLines(tr("No-shows (month)"));
    default:
        return {};
    }
}

} // namespace fitflow::desktop
