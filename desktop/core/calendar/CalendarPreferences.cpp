#include "desktop/core/calendar/CalendarPreferences.h"

#include "desktop/core/AppSettings.h"

namespace fitflow::desktop {

namespace {

const QString kTravelBufferMinutes = QStringLiteral("calendar/travelBufferMinutes");
const QString kLateWindowMinutes = QStringLiteral("calendar/lateCancellationWindowMinutes");
const QString kLateFeeCents = QStringLiteral("calendar/lateCancellationFeeCents");

// The stored number when it is an integer in [minimum, maximum], else `fallback`.
qint64 boundedNumber(const QSettings& settings, const QString& key, qint64 minimum, qint64 maximum,
                     qint64 fallback)
{
    bool ok = false;
    const qint64 value = settings.value(key).toLongLong(&ok);
    return ok && value >= minimum && value <= maximum ? value : fallback;
}

} // namespace

CalendarPreferences CalendarPreferences::fromSettings(const QSettings& settings)
{
    CalendarPreferences defaults;
    CalendarPreferences read;
    read.travelBuffer = std::chrono::minutes{boundedNumber(settings, kTravelBufferMinutes, 0,
                                                           kMaxTravelBuffer.count(),
                                                           defaults.travelBuffer.count())};
    read.cancellation.lateWindow =
        std::chrono::minutes{boundedNumber(settings, kLateWindowMinutes, 0, kMaxLateWindow.count(),
                                           defaults.cancellation.lateWindow.count())};
    read.cancellation.lateFeeCents = boundedNumber(settings, kLateFeeCents, 0, kMaxLateFeeCents,
                                                   defaults.cancellation.lateFeeCents);
    return read;
}

CalendarPreferences CalendarPreferences::fromUserSettings()
{
    const QSettings settings(QString::fromLatin1(AppSettings::kOrganizationName),
                             QString::fromLatin1(AppSettings::kApplicationName));
    return fromSettings(settings);
}

void CalendarPreferences::saveTo(QSettings& settings) const
{
    settings.setValue(kTravelBufferMinutes, static_cast<qint64>(travelBuffer.count()));
    settings.setValue(kLateWindowMinutes, static_cast<qint64>(cancellation.lateWindow.count()));
    settings.setValue(kLateFeeCents, static_cast<qint64>(cancellation.lateFeeCents));
}

} // namespace fitflow::desktop
