#include "shared/ical/CalendarExporter.h"

#include "shared/ical/ClientInitials.h"
#include "shared/ical/IcsDateTime.h"
#include "shared/ical/IcsWriter.h"
#include "shared/ical/VTimezoneBuilder.h"
#include "shared/scheduling/OccurrenceGenerator.h"

#include <algorithm>
#include <map>
#include <set>

namespace fitflow::ical {
namespace {

using scheduling::Instant;
using scheduling::LocalDateTime;
using scheduling::ZoneClock;

constexpr std::string_view kProductId = "-//FitFlow//FitFlow " FITFLOW_VERSION "//EN";

struct YearSpan {
    int first = 0;
    int last = 0;
};

// Zone name -> years its VTIMEZONE must cover.
using ZoneYears = std::map<std::string, YearSpan>;

int localYear(LocalDateTime local)
{
    return static_cast<int>(date::year_month_day{date::floor<date::days>(local)}.year());
}

void coverYears(ZoneYears& zones, const std::string& zone, int first, int last)
{
    auto [entry, inserted] = zones.try_emplace(zone, YearSpan{first, last});
    if (!inserted) {
        entry->second.first = std::min(entry->second.first, first);
        entry->second.last = std::max(entry->second.last, last);
    }
}

std::string uidFor(const std::string& id)
{
    return id + "@fitflow";
}

std::string summaryOf(const CalendarEventText& text, bool privacyMode)
{
    std::string clients;
    for (const std::string& name : text.clientNames) {
        const std::string label = privacyMode ? clientInitials(name) : name;
        if (!label.empty()) {
            clients += (clients.empty() ? "" : ", ") + label;
        }
    }
    if (clients.empty()) {
        return text.title;
    }
    return text.title.empty() ? clients : text.title + ": " + clients;
}

std::string zoned(std::string_view property, const ZoneClock& clock)
{
    // IANA names contain only letters, digits, '/', '_', '-' and '+': no quoting needed.
    return std::string(property) + ";TZID=" + std::string(clock.name());
}

void writeEventText(IcsWriter& writer, const CalendarEventText& text, bool privacyMode)
{
    writer.textProperty("SUMMARY", summaryOf(text, privacyMode));
    if (!text.locationText.empty()) {
        writer.textProperty("LOCATION", text.locationText);
    }
}

// The last local start a bounded series produces, or nullopt when it is open-ended.
std::optional<LocalDateTime> lastStartOf(const scheduling::SessionSeries& series,
                                         const ZoneClock& clock)
{
    const auto& rule = series.rule;
    if (rule.until) {
        return clock.toLocal(*rule.until);
    }
    if (!rule.count) {
        return std::nullopt;
    }
    // COUNT periods at most, each at most 7 × INTERVAL days long.
    const LocalDateTime bound =
        series.firstStart + date::days{(*rule.count + 1) * 7 * rule.interval};
    LocalDateTime last = series.firstStart;
    scheduling::OccurrenceGenerator(series, clock)
        .run(series.firstStart, bound, [&](LocalDateTime local, Instant) {
            last = local;
            return true;
        });
    return last;
}

class CalendarBuilder {
public:
    explicit CalendarBuilder(const CalendarExportRequest& request)
        : m_request(request)
        , m_stamp(formatUtcDateTime(request.generatedAt))
    {
    }

    Result<std::string> build()
    {
        std::set<std::string> seriesIds;
        for (std::size_t i = 0; i < m_request.series.size(); ++i) {
            if (auto status = addSeries(m_request.series[i]); !status) {
                return withPathPrefix(status.error(), "series[" + std::to_string(i) + "]");
            }
            seriesIds.insert(m_request.series[i].series.id);
        }
        for (std::size_t i = 0; i < m_request.sessions.size(); ++i) {
            const auto& entry = m_request.sessions[i];
            if (entry.session.seriesId && seriesIds.contains(*entry.session.seriesId)) {
                continue;
            }
            if (auto status = addSession(entry); !status) {
                return withPathPrefix(status.error(), "sessions[" + std::to_string(i) + "]");
            }
        }
        return assemble();
    }

private:
    Status addSession(const CalendarSession& entry)
    {
        const auto& session = entry.session;
        if (session.id.empty()) {
            return makeError("invalid_id", "session id is empty", "id");
        }
        if (session.time.empty()) {
            return makeError("invalid_interval", "session must end after it starts", "time");
        }
        auto clock = ZoneClock::forZone(session.timeZone);
        if (!clock) {
            return clock.error();
        }
        const LocalDateTime start = clock->toLocal(session.time.start);
        const LocalDateTime end = clock->toLocal(session.time.end);
        coverYears(m_zoneYears, session.timeZone, localYear(start), localYear(end));

        m_events.begin("VEVENT");
        m_events.textProperty("UID", uidFor(session.id));
        m_events.property("DTSTAMP", m_stamp);
        m_events.property(zoned("DTSTART", *clock), formatLocalDateTime(start));
        m_events.property(zoned("DTEND", *clock), formatLocalDateTime(end));
        writeEventText(m_events, entry.text, m_request.privacyMode);
        m_events.property("STATUS", session.status == scheduling::SessionStatus::Cancelled
                                        ? "CANCELLED"
                                        : "CONFIRMED");
        m_events.property("SEQUENCE", std::to_string(entry.text.sequence));
        m_events.end("VEVENT");
        return {};
    }

    Status addSeries(const CalendarSeries& entry)
    {
        const auto& series = entry.series;
        if (auto valid = scheduling::validateSeries(series); !valid) {
            return valid.error();
        }
        const ZoneClock clock = ZoneClock::forZone(series.timeZone).value();
        const Instant firstInstant = clock.toInstant(series.firstStart);
        const LocalDateTime firstEnd = clock.toLocal(firstInstant + series.duration);

        const int firstYear = localYear(series.firstStart);
        const auto lastStart = lastStartOf(series, clock);
        int lastYear = lastStart
                           ? localYear(*lastStart + series.duration)
                           : std::max(firstYear, localYear(clock.toLocal(m_request.generatedAt))) +
                                 kOpenSeriesYears;
        for (const auto& [original, time] : series.moved) {
            lastYear = std::max(lastYear, localYear(clock.toLocal(time.end)));
        }
        coverYears(m_zoneYears, series.timeZone, firstYear, lastYear);

        m_events.begin("VEVENT");
        m_events.textProperty("UID", uidFor(series.id));
        m_events.property("DTSTAMP", m_stamp);
        m_events.property(zoned("DTSTART", clock), formatLocalDateTime(series.firstStart));
        m_events.property(zoned("DTEND", clock), formatLocalDateTime(firstEnd));
        m_events.property("RRULE", scheduling::formatRecurrenceRule(series.rule));
        if (!series.cancelled.empty()) {
            std::string dates;
            for (LocalDateTime when : series.cancelled) {
                dates += (dates.empty() ? "" : ",") + formatLocalDateTime(when);
            }
            m_events.property(zoned("EXDATE", clock), dates);
        }
        writeEventText(m_events, entry.text, m_request.privacyMode);
        m_events.property("STATUS", "CONFIRMED");
        m_events.property("SEQUENCE", std::to_string(entry.text.sequence));
        m_events.end("VEVENT");

        for (const auto& [original, time] : series.moved) {
            if (series.cancelled.contains(original)) {
                continue;
            }
            m_events.begin("VEVENT");
            m_events.textProperty("UID", uidFor(series.id));
            m_events.property("DTSTAMP", m_stamp);
            m_events.property(zoned("RECURRENCE-ID", clock), formatLocalDateTime(original));
            m_events.property(zoned("DTSTART", clock),
                              formatLocalDateTime(clock.toLocal(time.start)));
            m_events.property(zoned("DTEND", clock), formatLocalDateTime(clock.toLocal(time.end)));
            writeEventText(m_events, entry.text, m_request.privacyMode);
            m_events.property("STATUS", "CONFIRMED");
            m_events.property("SEQUENCE", std::to_string(entry.text.sequence + 1));
            m_events.end("VEVENT");
        }
        return {};
    }

    std::string assemble() const
    {
        IcsWriter calendar;
        calendar.begin("VCALENDAR");
        calendar.property("VERSION", "2.0");
        calendar.property("PRODID", kProductId);
        calendar.property("CALSCALE", "GREGORIAN");
        calendar.property("METHOD", "PUBLISH");
        if (!m_request.calendarName.empty()) {
            calendar.textProperty("X-WR-CALNAME", m_request.calendarName);
        }
        for (const auto& [zone, years] : m_zoneYears) {
            writeVTimezone(calendar, ZoneClock::forZone(zone).value(), years.first, years.last);
        }
        std::string text = calendar.text();
        text += m_events.text();
        text += foldLine("END:VCALENDAR");
        return text;
    }

    const CalendarExportRequest& m_request;
    const std::string m_stamp;
    ZoneYears m_zoneYears;
    IcsWriter m_events;
};

} // namespace

Result<std::string> exportCalendar(const CalendarExportRequest& request)
{
    for (const auto& series : request.series) {
        if (series.series.id.empty()) {
            return makeError("invalid_id", "series id is empty", "series.id");
        }
    }
    return CalendarBuilder(request).build();
}

} // namespace fitflow::ical
