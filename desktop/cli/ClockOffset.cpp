#include "desktop/cli/ClockOffset.h"

#include <QByteArray>
#include <QtGlobal>

#include <chrono>

namespace fitflow::cli {

namespace {

constexpr long long kMaxOffsetSeconds = 100LL * 366 * 24 * 3600;

} // namespace

fitflow::Result<desktop::PhysicalClock> physicalClockFromEnvironment()
{
    const QByteArray text = qgetenv(kClockOffsetVariable);
    if (text.isEmpty()) {
        return desktop::systemPhysicalClock();
    }
    bool ok = false;
    const long long seconds = text.trimmed().toLongLong(&ok);
    if (!ok || seconds > kMaxOffsetSeconds || seconds < -kMaxOffsetSeconds) {
        return makeError("invalid_clock_offset",
                         std::string(kClockOffsetVariable) +
                             " must be a whole number of seconds within 100 years");
    }
    const std::chrono::seconds offset{seconds};
    return desktop::PhysicalClock(
        [system = desktop::systemPhysicalClock(), offset] { return system() + offset; });
}

} // namespace fitflow::cli
