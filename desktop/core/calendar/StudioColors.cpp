#include "desktop/core/calendar/StudioColors.h"

#include <QCryptographicHash>

namespace fitflow::desktop {

namespace {

constexpr int kHueCount = 360;
constexpr int kDarkThreshold = 128; // HSL lightness of the window colour below which it is dark

// qHash is seeded per process; the colour must not change between runs.
int stableHue(const QString& orgId)
{
    const QByteArray digest = QCryptographicHash::hash(orgId.toUtf8(), QCryptographicHash::Sha256);
    const auto high = static_cast<unsigned char>(digest.at(0));
    const auto low = static_cast<unsigned char>(digest.at(1));
    return ((high << 8) | low) % kHueCount;
}

} // namespace

bool StudioColors::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < kDarkThreshold;
}

StudioColors StudioColors::forStudio(const QString& orgId, const QPalette& palette)
{
    const int hue = stableHue(orgId);
    if (isDark(palette)) {
        return {QColor::fromHsl(hue, 110, 70), QColor::fromHsl(hue, 200, 150),
                QColor::fromHsl(hue, 30, 240)};
    }
    return {QColor::fromHsl(hue, 160, 215), QColor::fromHsl(hue, 180, 95),
            QColor::fromHsl(hue, 60, 25)};
}

} // namespace fitflow::desktop
