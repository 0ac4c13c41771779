#include "desktop/core/manager/TrainerUtilisation.h"

namespace fitflow::desktop {

namespace {

constexpr int kDaysPerWeek = 7;
constexpr qint64 kSecondsPerMinute = 60;

QDateTime localMidnight(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC();
}

void count(PeriodUtilisation& period, const BookedSession& session)
{
    if (session.status == QLatin1String("cancelled")) {
        ++period.cancelled;
        return;
    }
    period.bookedMinutes += session.start.secsTo(session.end) / kSecondsPerMinute;
    if (session.status == QLatin1String("completed")) {
        ++period.completed;
    } else if (session.status == QLatin1String("no_show")) {
        ++period.noShows;
    }
}

} // namespace

UtcPeriod weekOf(const QDate& monday)
{
    return {localMidnight(monday), localMidnight(monday.addDays(kDaysPerWeek))};
}

UtcPeriod monthOf(const QDate& day)
{
    const QDate first(day.year(), day.month(), 1);
    return {localMidnight(first), localMidnight(first.addMonths(1))};
}

std::vector<TrainerUtilisation> computeUtilisation(const QList<TrainerColumn>& trainers,
                                                   const std::vector<BookedSession>& sessions,
                                                   const UtcPeriod& week, const UtcPeriod& month)
{
    std::vector<TrainerUtilisation> rows;
    rows.reserve(static_cast<std::size_t>(trainers.size()));
    for (const TrainerColumn& trainer : trainers) {
        TrainerUtilisation row{trainer.userId, trainer.name, {}, {}};
        for (const BookedSession& session : sessions) {
            if (session.trainerId != trainer.userId) {
                continue;
            }
            if (week.contains(session.start)) {
                count(row.week, session);
            }
            if (month.contains(session.start)) {
                count(row.month, session);
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace fitflow::desktop
