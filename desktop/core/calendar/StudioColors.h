#pragma once
// One colour per studio (organization), the same on every run and every device: the hue comes
// from a hash of the organization id, the lightness from the palette, so blocks stay readable
// on light and dark themes alike.

#include <QColor>
#include <QPalette>
#include <QString>

namespace fitflow::desktop {

struct StudioColors {
    QColor fill;   // block background
    QColor stripe; // strong accent (left edge, legend swatch)
    QColor text;   // text drawn on `fill`

    // Colours for `orgId` under `palette` (dark when its window colour is dark).
    static StudioColors forStudio(const QString& orgId, const QPalette& palette);
    static bool isDark(const QPalette& palette);
};

} // namespace fitflow::desktop
