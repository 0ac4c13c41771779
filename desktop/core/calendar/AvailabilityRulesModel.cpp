#include "desktop/core/calendar/AvailabilityRulesModel.h"

#include "desktop/core/calendar/LocalSpanTimes.h"
#include "shared/scheduling/AvailabilityWire.h"

#include <QLocale>

namespace fitflow::desktop {

AvailabilityRulesModel::AvailabilityRulesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int AvailabilityRulesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_spans.size());
}

int AvailabilityRulesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AvailabilityRulesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Span& span = m_spans[static_cast<std::size_t>(index.row())];
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case DayColumn:
            return span.isoDay;
        case FromColumn:
            return span.from;
        case ToColumn:
            return span.to;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case DayColumn:
            return QLocale().dayName(span.isoDay);
        case FromColumn:
            return span.from.toString(QStringLiteral("HH:mm"));
        case ToColumn:
            return span.to == QTime(0, 0) ? QStringLiteral("24:00")
                                          : span.to.toString(QStringLiteral("HH:mm"));
        default:
            return {};
        }
    }
    return {};
}

QVariant AvailabilityRulesModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DayColumn:
        return tr("Day");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    default:
        return {};
    }
}

Qt::ItemFlags AvailabilityRulesModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                           : Qt::NoItemFlags;
}

bool AvailabilityRulesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount()) {
        return false;
    }
    Span& span = m_spans[static_cast<std::size_t>(index.row())];
    if (index.column() == DayColumn) {
        const int day = value.toInt();
        if (day < 1 || day > 7) {
            return false;
        }
        span.isoDay = day;
    } else {
        const QTime time = value.toTime();
        if (!time.isValid()) {
            return false;
        }
        (index.column() == FromColumn ? span.from : span.to) = time;
    }
    emit dataChanged(index, index);
    return true;
}

bool AvailabilityRulesModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount()) {
        return false;
    }
    beginRemoveRows({}, row, row + count - 1);
    m_spans.erase(m_spans.begin() + row, m_spans.begin() + row + count);
    endRemoveRows();
    return true;
}

void AvailabilityRulesModel::setRules(const std::vector<scheduling::WeeklyRule>& rules)
{
    beginResetModel();
    m_spans.clear();
    for (const scheduling::WeeklyRule& rule : rules) {
        const SpanTimes times = spanTimes(rule.span);
        m_spans.push_back({static_cast<int>(rule.weekday.iso_encoding()), times.from, times.to});
    }
    endResetModel();
}

int AvailabilityRulesModel::addSpan()
{
    const int day = m_spans.empty() ? 1 : m_spans.back().isoDay % 7 + 1;
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_spans.push_back({day, QTime(9, 0), QTime(17, 0)});
    endInsertRows();
    return row;
}

std::vector<scheduling::WeeklyRule> AvailabilityRulesModel::rules() const
{
    std::vector<scheduling::WeeklyRule> rules;
    for (const Span& span : m_spans) {
        rules.push_back(
            {date::weekday{static_cast<unsigned>(span.isoDay % 7)}, localSpan(span.from, span.to)});
    }
    return rules;
}

QString AvailabilityRulesModel::problem() const
{
    const auto all = rules();
    for (std::size_t row = 0; row < all.size(); ++row) {
        if (all[row].span.start >= all[row].span.end) {
            return tr("Weekly hours, row %1: the end must be after the start.").arg(row + 1);
        }
    }
    if (auto overlap = scheduling::checkWeeklyRuleOverlaps(all); !overlap) {
        return tr("Weekly hours, row %1 overlaps another span of the same day.")
            .arg(scheduling::entryIndexOfPath(overlap.error().path) + 1);
    }
    return {};
}

} // namespace fitflow::desktop
