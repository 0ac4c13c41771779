#include "shared/ical/VTimezoneBuilder.h"

#include "shared/ical/IcsDateTime.h"

#include <string>
#include <vector>

namespace fitflow::ical {
namespace {

using std::chrono::seconds;

// Before this year the tz database has no real transitions ("since the big bang" entries);
// such an observance gets the conventional DTSTART 16010101T000000.
constexpr int kEarliestRealTransitionYear = 1800;

struct Observance {
    bool daylight = false;
    seconds offsetFrom{0};
    seconds offsetTo{0};
    std::string name;
    std::vector<scheduling::LocalDateTime> onsets; // local time before the change (RFC 5545)

    bool sameKindAs(const Observance& other) const
    {
        return daylight == other.daylight && offsetFrom == other.offsetFrom &&
               offsetTo == other.offsetTo && name == other.name;
    }
};

int yearOf(std::chrono::sys_seconds instant)
{
    return static_cast<int>(date::year_month_day{date::floor<date::days>(instant)}.year());
}

void addOnset(std::vector<Observance>& observances, Observance observance)
{
    for (Observance& existing : observances) {
        if (existing.sameKindAs(observance)) {
            existing.onsets.push_back(observance.onsets.front());
            return;
        }
    }
    observances.push_back(std::move(observance));
}

Observance observanceStarting(const date::time_zone& zone, const date::sys_info& info)
{
    Observance observance;
    observance.daylight = info.save != std::chrono::minutes{0};
    observance.offsetTo = info.offset;
    observance.name = info.abbrev;
    if (yearOf(info.begin) < kEarliestRealTransitionYear) {
        observance.offsetFrom = info.offset;
        observance.onsets.push_back(date::local_days{date::year{1601} / 1 / 1} + seconds{0});
        return observance;
    }
    observance.offsetFrom = zone.get_info(info.begin - seconds{1}).offset;
    observance.onsets.push_back(
        scheduling::LocalDateTime{(info.begin + observance.offsetFrom).time_since_epoch()});
    return observance;
}

void writeObservance(IcsWriter& writer, const Observance& observance)
{
    const char* component = observance.daylight ? "DAYLIGHT" : "STANDARD";
    writer.begin(component);
    writer.property("DTSTART", formatLocalDateTime(observance.onsets.front()));
    if (observance.onsets.size() > 1) {
        std::string dates;
        for (std::size_t i = 1; i < observance.onsets.size(); ++i) {
            dates += (i == 1 ? "" : ",") + formatLocalDateTime(observance.onsets[i]);
        }
        writer.property("RDATE", dates);
    }
    writer.property("TZOFFSETFROM", formatUtcOffset(observance.offsetFrom));
    writer.property("TZOFFSETTO", formatUtcOffset(observance.offsetTo));
    writer.textProperty("TZNAME", observance.name);
    writer.end(component);
}

} // namespace

void writeVTimezone(IcsWriter& writer, const scheduling::ZoneClock& clock, int fromYear, int toYear)
{
    const date::time_zone& zone = clock.zone();
    // A day of margin on both sides turns the local year bounds into safe UTC bounds.
    const std::chrono::sys_seconds spanStart{
        (date::sys_days{date::year{fromYear} / 1 / 1} - date::days{1}).time_since_epoch()};
    const std::chrono::sys_seconds spanEnd{
        (date::sys_days{date::year{toYear + 1} / 1 / 1} + date::days{1}).time_since_epoch()};

    std::vector<Observance> observances;
    date::sys_info info = zone.get_info(spanStart);
    addOnset(observances, observanceStarting(zone, info));
    while (info.end < spanEnd) {
        info = zone.get_info(info.end);
        addOnset(observances, observanceStarting(zone, info));
    }

    writer.begin("VTIMEZONE");
    writer.textProperty("TZID", clock.name());
    for (const Observance& observance : observances) {
        writeObservance(writer, observance);
    }
    writer.end("VTIMEZONE");
}

} // namespace fitflow::ical
