// How long RRULE expansion takes in a location's local time (tz lookups included): a weekly
// 3×/week series over one year, a daily series over five years, a one-week window far into
// an open-ended series, and the iCalendar export of a year-long series.

#include "shared/ical/CalendarExporter.h"
#include "shared/scheduling/SeriesExpander.h"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>

namespace {

using namespace date::literals;
using namespace std::chrono_literals;
using fitflow::scheduling::Instant;
using fitflow::scheduling::SessionSeries;
using fitflow::scheduling::TimeInterval;

Instant utcAt(date::year_month_day day)
{
    return Instant{date::sys_days{day}.time_since_epoch()};
}

SessionSeries torontoSeries(const char* rrule)
{
    SessionSeries series;
    series.id = "bench-series";
    series.timeZone = "America/Toronto";
    series.firstStart = date::local_days{2026_y / 1 / 5} + 7h; // a Monday
    series.duration = 60min;
    auto rule = fitflow::scheduling::parseRecurrenceRule(rrule);
    if (!rule) {
        std::cerr << "bad benchmark rule: " << rule.error().message << "\n";
        std::abort();
    }
    series.rule = *rule;
    return series;
}

void expand(benchmark::State& state, const SessionSeries& series, const TimeInterval& window)
{
    std::size_t occurrences = 0;
    for (auto _ : state) {
        auto result = fitflow::scheduling::expandSeries(series, window);
        occurrences = result ? result->size() : 0;
        benchmark::DoNotOptimize(result);
    }
    state.counters["occurrences"] = static_cast<double>(occurrences);
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(occurrences));
}

void weeklyThreeTimesOneYear(benchmark::State& state)
{
    expand(state, torontoSeries("FREQ=WEEKLY;BYDAY=MO,WE,FR"),
           {utcAt(2026_y / 1 / 1), utcAt(2027_y / 1 / 1)});
}

void dailyFiveYears(benchmark::State& state)
{
    expand(state, torontoSeries("FREQ=DAILY"), {utcAt(2026_y / 1 / 1), utcAt(2031_y / 1 / 1)});
}

void oneWeekTenYearsIn(benchmark::State& state)
{
    expand(state, torontoSeries("FREQ=WEEKLY;BYDAY=MO,WE,FR"),
           {utcAt(2036_y / 3 / 3), utcAt(2036_y / 3 / 10)});
}

void exportYearLongSeries(benchmark::State& state)
{
    fitflow::ical::CalendarExportRequest request;
    request.generatedAt = utcAt(2026_y / 1 / 1);
    fitflow::ical::CalendarSeries entry;
    entry.series = torontoSeries("FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=156");
    entry.text = {"Personal training", "Northside Toronto", {"Jane Doe"}, 0};
    request.series.push_back(entry);
    for (auto _ : state) {
        auto ics = fitflow::ical::exportCalendar(request);
        benchmark::DoNotOptimize(ics);
    }
}

} // namespace

BENCHMARK(weeklyThreeTimesOneYear)->Unit(benchmark::kMicrosecond);
BENCHMARK(dailyFiveYears)->Unit(benchmark::kMicrosecond);
BENCHMARK(oneWeekTenYearsIn)->Unit(benchmark::kMicrosecond);
BENCHMARK(exportYearLongSeries)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
