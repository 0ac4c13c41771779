#include "desktop/core/calendar/AvailabilityCheck.h"

#include "desktop/core/calendar/ConflictWarnings.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace fitflow::desktop {

namespace {

using scheduling::LocalSpan;
using std::chrono::minutes;

constexpr minutes kDay{24 * 60};

date::year_month_day toYmd(const QDate& day)
{
    return date::year{day.year()} / static_cast<unsigned>(day.month()) /
           static_cast<unsigned>(day.day());
}

minutes minutesOf(const QTime& time)
{
    return minutes{time.hour() * 60 + time.minute()};
}

bool overlaps(const LocalSpan& a, const LocalSpan& b)
{
    return a.start < b.end && b.start < a.end;
}

QString timeText(minutes sinceMidnight)
{
    const auto total = static_cast<int>(sinceMidnight.count());
    return QStringLiteral("%1:%2")
        .arg(total / 60, 2, 10, QLatin1Char('0'))
        .arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString weekdaysText(int isoWeekday)
{
    switch (isoWeekday) {
    case 1:
        return AvailabilityCheck::tr("Mondays");
    case 2:
        return AvailabilityCheck::tr("Tuesdays");
    case 3:
        return AvailabilityCheck::tr("Wednesdays");
    case 4:
        return AvailabilityCheck::tr("Thursdays");
    case 5:
        return AvailabilityCheck::tr("Fridays");
    case 6:
        return AvailabilityCheck::tr("Saturdays");
    default:
        return AvailabilityCheck::tr("Sundays");
    }
}

QString spansText(const std::vector<LocalSpan>& spans)
{
    QStringList parts;
    for (const LocalSpan& span : spans) {
        parts << (span.start == minutes{0} && span.end == kDay
                      ? AvailabilityCheck::tr("all day")
                      : AvailabilityCheck::tr("%1–%2").arg(timeText(span.start),
                                                           timeText(span.end)));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

std::optional<AvailabilityMiss>
AvailabilityCheck::check(const std::vector<StoredAvailability>& records, const SessionDraft& draft)
{
    const auto record = std::find_if(records.begin(), records.end(), [&](const auto& stored) {
        return QString::fromStdString(stored.availability.locationId) == draft.locationId;
    });
    if (record == records.end() || !draft.start.isValid() || draft.end <= draft.start) {
        return std::nullopt;
    }
    scheduling::Availability availability = record->availability;
    if (availability.timeZone.empty()) {
        availability.timeZone = draft.timeZone.toStdString();
    }
    const auto inside =
        scheduling::isAvailable(availability, {toSysSeconds(draft.start), toSysSeconds(draft.end)});
    if (!inside || *inside) {
        return std::nullopt; // within availability, or a zone this device cannot check
    }
    const QTimeZone zone(QByteArray::fromStdString(availability.timeZone));
    const QDateTime localStart = draft.start.toTimeZone(zone);
    const QDateTime localEnd = draft.end.toTimeZone(zone);
    const QDate day = localStart.date();
    const LocalSpan session{minutesOf(localStart.time()),
                            localEnd.date() > day ? kDay : minutesOf(localEnd.time())};

    AvailabilityMiss miss;
    miss.orgName = record->orgName;
    miss.locationName = record->locationName;
    miss.localDate = day;
    const date::year_month_day ymd = toYmd(day);
    std::vector<LocalSpan> hours;
    std::vector<LocalSpan> timeOff;
    for (const scheduling::AvailabilityException& exception : availability.exceptions) {
        if (exception.date != ymd) {
            continue;
        }
        miss.dateHasExceptions = true;
        const LocalSpan span = exception.span.value_or(LocalSpan{minutes{0}, kDay});
        if (exception.kind == scheduling::ExceptionKind::ExtraAvailable) {
            hours.push_back(span);
        } else if (overlaps(span, session)) {
            timeOff.push_back(span);
        }
    }
    if (!timeOff.empty()) {
        miss.reason = AvailabilityMiss::Reason::TimeOff;
        miss.spans = timeOff;
        return miss;
    }
    const date::weekday weekday{date::sys_days{ymd}};
    for (const scheduling::WeeklyRule& rule : availability.weeklyRules) {
        if (rule.weekday == weekday) {
            hours.push_back(rule.span);
        }
    }
    std::sort(hours.begin(), hours.end(),
              [](const LocalSpan& a, const LocalSpan& b) { return a.start < b.start; });
    miss.reason = hours.empty() ? AvailabilityMiss::Reason::NoHoursThatDay
                                : AvailabilityMiss::Reason::OutsideHours;
    miss.spans = std::move(hours);
    return miss;
}

QString AvailabilityCheck::describe(const AvailabilityMiss& miss)
{
    const QString place = miss.locationName.isEmpty() || miss.orgName.isEmpty()
                              ? (miss.locationName.isEmpty() ? miss.orgName : miss.locationName)
                              : tr("%1, %2").arg(miss.orgName, miss.locationName);
    const QString when = miss.dateHasExceptions
                             ? QLocale().toString(miss.localDate, QStringLiteral("ddd d MMM"))
                             : weekdaysText(miss.localDate.dayOfWeek());
    switch (miss.reason) {
    case AvailabilityMiss::Reason::TimeOff:
        return tr("Outside your availability at %1: time off on %2 (%3).")
            .arg(place, when, spansText(miss.spans));
    case AvailabilityMiss::Reason::NoHoursThatDay:
        return tr("Outside your availability at %1: no hours on %2.").arg(place, when);
    case AvailabilityMiss::Reason::OutsideHours:
        break;
    }
    return tr("Outside your availability at %1 on %2 (%3).")
        .arg(place, when, spansText(miss.spans));
}

} // namespace fitflow::desktop
