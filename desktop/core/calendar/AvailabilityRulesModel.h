#pragma once
// The editable weekly hours of one location in the Availability dialog: one row per span
// (weekday, from, to), local times of the location. Nothing is written from here; rules()
// gives the shared form and problem() the first mistake to show inline (end before start,
// two spans of one day overlapping).

#include "shared/scheduling/Availability.h"

#include <QAbstractTableModel>
#include <QTime>

#include <vector>

namespace fitflow::desktop {

class AvailabilityRulesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DayColumn, FromColumn, ToColumn, ColumnCount };

    explicit AvailabilityRulesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Day: ISO weekday 1 (Monday) to 7; From/To: QTime (To 00:00 means midnight, the day's end).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    void setRules(const std::vector<scheduling::WeeklyRule>& rules);
    // Appends Monday 09:00–17:00 (or the day after the last row's) and returns its row.
    int addSpan();
    std::vector<scheduling::WeeklyRule> rules() const;
    // The first mistake, e.g. "Row 2: the end must be after the start."; empty when valid.
    QString problem() const;

private:
    struct Span {
        int isoDay = 1;
        QTime from;
        QTime to;
    };

    std::vector<Span> m_spans;
};

} // namespace fitflow::desktop
