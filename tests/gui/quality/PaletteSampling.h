#pragma once
// Pixel sampling for the screenshot test: a dark palette to run the app in, and the few
// measurements that tell whether a picture follows the palette (background colour, whether a
// label's ink is lighter or darker than what is behind it).

#include <QApplication>
#include <QHash>
#include <QImage>
#include <QPalette>

namespace fitflow::desktop::testing {

// A plain dark palette like the ones desktop themes install (Window #2d2d2d, text #e8e8e8).
inline QPalette darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x2d);
    const QColor base(0x1f, 0x1f, 0x1f);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette palette(window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x28));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0x45, 0x45, 0x45));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Link, QColor(0x7c, 0xb3, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9c, 0xff));
    palette.setColor(QPalette::Light, QColor(0x55, 0x55, 0x55));
    palette.setColor(QPalette::Midlight, QColor(0x48, 0x48, 0x48));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    return palette;
}

// Perceived brightness from 0 (black) to 1 (white).
inline double lightness(QRgb pixel)
{
    return (0.299 * qRed(pixel) + 0.587 * qGreen(pixel) + 0.114 * qBlue(pixel)) / 255.0;
}

// True when the image has more than one colour, i.e. something was actually drawn.
inline bool hasContent(const QImage& image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            if (image.pixel(x, y) != first) {
                return true;
            }
        }
    }
    return false;
}

// The most frequent colour (to 1/16 per channel): the background of a page or a panel.
inline QRgb dominantColour(const QImage& image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            ++counts[qRgb(qRed(pixel) & 0xf0, qGreen(pixel) & 0xf0, qBlue(pixel) & 0xf0)];
        }
    }
    QRgb best = 0;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

// How much lighter (positive) or darker (negative) the ink of a text area is than its
// background: the pixel that differs most from the dominant colour, in lightness.
inline double inkContrast(const QImage& area)
{
    const double background = lightness(dominantColour(area));
    double strongest = 0.0;
    for (int y = 0; y < area.height(); ++y) {
        for (int x = 0; x < area.width(); ++x) {
            const double difference = lightness(area.pixel(x, y)) - background;
            if (std::abs(difference) > std::abs(strongest)) {
                strongest = difference;
            }
        }
    }
    return strongest;
}

} // namespace fitflow::desktop::testing
