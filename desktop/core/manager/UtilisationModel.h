#pragma once
// Utilisation per trainer for the Manager page: booked hours, completed, cancelled and no-show
// sessions in the shown week and in its month. A trainer filter narrows it to one row.

#include "desktop/core/manager/ManagerSnapshot.h"

#include <QAbstractTableModel>

namespace fitflow::desktop {

class UtilisationModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Trainer,
        WeekBooked,
        WeekCompleted,
        WeekCancelled,
        WeekNoShows,
        MonthBooked,
        MonthCompleted,
        MonthCancelled,
        MonthNoShows,
        ColumnCount
    };
    static constexpr int kValueRole = Qt::UserRole + 1; // qint64: minutes or a count

    explicit UtilisationModel(QObject* parent = nullptr);

    void setRows(const std::vector<TrainerUtilisation>& rows);
    void setTrainerFilter(const QString& trainerId);

    // "7 h 30 min" from minutes, without floating point.
    static QString hoursText(std::int64_t minutes);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    static std::int64_t value(const TrainerUtilisation& row, int column);

    std::vector<TrainerUtilisation> m_rows;
    std::vector<TrainerUtilisation> m_visible;
    QString m_filter;
};

} // namespace fitflow::desktop
