#pragma once
// The Manager page's week schedule: one row per day (Monday first), one column per trainer, each
// cell listing that trainer's sessions of the day ("09:00–10:00 Client · Location", with the
// status when it is not scheduled). A trainer filter narrows it to one column. Times are shown
// in the computer's local time, like the week boundaries.

#include "desktop/core/manager/ManagerSnapshot.h"

#include <QAbstractTableModel>

namespace fitflow::desktop {

class TrainerWeekModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kSessionCountRole = Qt::UserRole + 1; // int: sessions in the cell
    static constexpr int kTrainerIdRole = Qt::UserRole + 2;    // QString: the column's trainer

    explicit TrainerWeekModel(QObject* parent = nullptr);

    void setSchedule(const QDate& weekStart, const QList<TrainerColumn>& trainers,
                     const std::vector<BookedSession>& sessions);
    // Shows only this trainer's column; empty shows every trainer.
    void setTrainerFilter(const QString& trainerId);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<const BookedSession*> sessionsIn(const QModelIndex& index) const;
    QString statusText(const QString& status) const;

    QDate m_weekStart;
    QList<TrainerColumn> m_trainers;
    QList<TrainerColumn> m_visible;
    std::vector<BookedSession> m_sessions;
    QString m_filter;
};

} // namespace fitflow::desktop
