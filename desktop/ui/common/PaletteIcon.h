#pragma once
// Icons drawn from single-colour SVGs and tinted with the current palette, so they follow light
// and dark themes and stay sharp at any device pixel ratio (rendered per size, not scaled).

#include <QIcon>
#include <QPalette>
#include <QString>

namespace fitflow::desktop {

class PaletteIcon {
public:
    // `svgPath` is a resource path such as ":/icons/calendar.svg". Normal and Disabled modes use
    // the palette's text colours, Selected uses the highlighted-text colour.
    static QIcon fromSvg(const QString& svgPath, const QPalette& palette);
    // One tinted pixmap of `logicalSize` for `devicePixelRatio`.
    static QPixmap pixmap(const QString& svgPath, const QColor& colour, int logicalSize,
                          qreal devicePixelRatio);
};

} // namespace fitflow::desktop
