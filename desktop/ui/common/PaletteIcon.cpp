#include "desktop/ui/common/PaletteIcon.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include <array>

namespace fitflow::desktop {

namespace {
// Sizes rendered up front: list and menu sizes at 1x and 2x.
constexpr std::array kIconSizes{16, 24, 32, 48, 64};
} // namespace

QPixmap PaletteIcon::pixmap(const QString& svgPath, const QColor& colour, int logicalSize,
                            qreal devicePixelRatio)
{
    const int side = qRound(logicalSize * devicePixelRatio);
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSvgRenderer renderer(svgPath);
    QPainter painter(&image);
    renderer.render(&painter);
    // Keep the shape's alpha, replace its colour with the palette's.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), colour);
    painter.end();
    QPixmap result = QPixmap::fromImage(image);
    result.setDevicePixelRatio(devicePixelRatio);
    return result;
}

QIcon PaletteIcon::fromSvg(const QString& svgPath, const QPalette& palette)
{
    QIcon icon;
    for (const int size : kIconSizes) {
        icon.addPixmap(
            pixmap(svgPath, palette.color(QPalette::Active, QPalette::WindowText), size, 1.0),
            QIcon::Normal);
        icon.addPixmap(
            pixmap(svgPath, palette.color(QPalette::Active, QPalette::HighlightedText), size, 1.0),
            QIcon::Selected);
        icon.addPixmap(
            pixmap(svgPath, palette.color(QPalette::Disabled, QPalette::WindowText), size, 1.0),
            QIcon::Disabled);
    }
    return icon;
}

} // namespace fitflow::desktop
