#include "desktop/core/calendar/AvailabilityExceptionsModel.h"

#include "desktop/core/calendar/LocalSpanTimes.h"
#include "shared/scheduling/AvailabilityWire.h"

#include <QLocale>

namespace fitflow::desktop {

AvailabilityExceptionsModel::AvailabilityExceptionsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int AvailabilityExceptionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AvailabilityExceptionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AvailabilityExceptionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Entry& entry = m_entries[static_cast<std::size_t>(index.row())];
    if (index.column() == WholeDayColumn && role == Qt::CheckStateRole) {
        return entry.wholeDay ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case DateColumn:
            return entry.date;
        case KindColumn:
            return entry.extra ? 1 : 0;
        case WholeDayColumn:
            return entry.wholeDay;
        case FromColumn:
            return entry.from;
        case ToColumn:
            return entry.to;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(entry.date, QLocale::ShortFormat);
        case KindColumn:
            return kindName(entry.extra);
        case WholeDayColumn:
            return entry.wholeDay ? tr("Whole day") : QString();
        case FromColumn:
            return entry.wholeDay ? QString() : entry.from.toString(QStringLiteral("HH:mm"));
        case ToColumn:
            return entry.wholeDay            ? QString()
                   : entry.to == QTime(0, 0) ? QStringLiteral("24:00")
                                             : entry.to.toString(QStringLiteral("HH:mm"));
        default:
            return {};
        }
    }
    return {};
}

QVariant AvailabilityExceptionsModel::headerData(int section, Qt::Orientation orientation,
                                                 int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Change");
    case WholeDayColumn:
        return tr("Whole day");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    default:
        return {};
    }
}

Qt::ItemFlags AvailabilityExceptionsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == WholeDayColumn ? base | Qt::ItemIsUserCheckable
                                            : base | Qt::ItemIsEditable;
}

bool AvailabilityExceptionsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return false;
    }
    Entry& entry = m_entries[static_cast<std::size_t>(index.row())];
    if (index.column() == WholeDayColumn && (role == Qt::CheckStateRole || role == Qt::EditRole)) {
        entry.wholeDay = role == Qt::CheckStateRole ? value.value<Qt::CheckState>() == Qt::Checked
                                                    : value.toBool();
    } else if (role != Qt::EditRole) {
        return false;
    } else if (index.column() == DateColumn) {
        if (!value.toDate().isValid()) {
            return false;
        }
        entry.date = value.toDate();
    } else if (index.column() == KindColumn) {
        entry.extra = value.toInt() == 1;
    } else {
        if (!value.toTime().isValid()) {
            return false;
        }
        (index.column() == FromColumn ? entry.from : entry.to) = value.toTime();
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

bool AvailabilityExceptionsModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount()) {
        return false;
    }
    beginRemoveRows({}, row, row + count - 1);
    m_entries.erase(m_entries.begin() + row, m_entries.begin() + row + count);
    endRemoveRows();
    return true;
}

void AvailabilityExceptionsModel::setExceptions(
    const std::vector<scheduling::AvailabilityException>& exceptions)
{
    beginResetModel();
    m_entries.clear();
    for (const scheduling::AvailabilityException& exception : exceptions) {
        Entry entry;
        entry.date = QDate(static_cast<int>(exception.date.year()),
                           static_cast<int>(static_cast<unsigned>(exception.date.month())),
                           static_cast<int>(static_cast<unsigned>(exception.date.day())));
        entry.extra = exception.kind == scheduling::ExceptionKind::ExtraAvailable;
        entry.wholeDay = !exception.span;
        if (exception.span) {
            const SpanTimes times = spanTimes(*exception.span);
            entry.from = times.from;
            entry.to = times.to;
        }
        m_entries.push_back(entry);
    }
    endResetModel();
}

int AvailabilityExceptionsModel::addDayOff(const QDate& day)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    Entry entry;
    entry.date = day;
    m_entries.push_back(entry);
    endInsertRows();
    return row;
}

std::vector<scheduling::AvailabilityException> AvailabilityExceptionsModel::exceptions() const
{
    std::vector<scheduling::AvailabilityException> exceptions;
    for (const Entry& entry : m_entries) {
        scheduling::AvailabilityException exception;
        exception.date = date::year{entry.date.year()} / static_cast<unsigned>(entry.date.month()) /
                         static_cast<unsigned>(entry.date.day());
        exception.kind = entry.extra ? scheduling::ExceptionKind::ExtraAvailable
                                     : scheduling::ExceptionKind::Unavailable;
        if (!entry.wholeDay) {
            exception.span = localSpan(entry.from, entry.to);
        }
        exceptions.push_back(exception);
    }
    return exceptions;
}

QString AvailabilityExceptionsModel::problem() const
{
    const auto all = exceptions();
    for (std::size_t row = 0; row < all.size(); ++row) {
        if (all[row].span && all[row].span->start >= all[row].span->end) {
            return tr("Exceptions, row %1: the end must be after the start.").arg(row + 1);
        }
    }
    if (auto overlap = scheduling::checkExceptionOverlaps(all); !overlap) {
        return tr("Exceptions, row %1 overlaps another of the same date and kind.")
            .arg(scheduling::entryIndexOfPath(overlap.error().path) + 1);
    }
    return {};
}

QString AvailabilityExceptionsModel::kindName(bool extra)
{
    return extra ? tr("Extra hours") : tr("Unavailable");
}

} // namespace fitflow::desktop
