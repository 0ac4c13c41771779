#pragma once
// The editable exceptions of one location in the Availability dialog: one row per dated change
// (date, unavailable or extra hours, whole day or a span), local times of the location.
// exceptions() gives the shared form and problem() the first mistake to show inline.

#include "shared/scheduling/Availability.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QTime>

#include <vector>

namespace fitflow::desktop {

class AvailabilityExceptionsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DateColumn, KindColumn, WholeDayColumn, FromColumn, ToColumn, ColumnCount };

    explicit AvailabilityExceptionsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Date: QDate; Kind: 0 unavailable, 1 extra hours; Whole day: bool (or Qt::CheckStateRole);
    // From/To: QTime (To 00:00 means midnight, the day's end).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    void setExceptions(const std::vector<scheduling::AvailabilityException>& exceptions);
    // Appends a whole day off on `day` and returns its row.
    int addDayOff(const QDate& day);
    std::vector<scheduling::AvailabilityException> exceptions() const;
    // The first mistake, e.g. "Exceptions, row 1: the end must be after the start."
    QString problem() const;
    // The Change column's words: "Extra hours" for 1, "Unavailable" for 0 (its edit values).
    static QString kindName(bool extra);

private:
    struct Entry {
        QDate date;
        bool extra = false;
        bool wholeDay = true;
        QTime from{9, 0};
        QTime to{17, 0};
    };

    std::vector<Entry> m_entries;
};

} // namespace fitflow::desktop
