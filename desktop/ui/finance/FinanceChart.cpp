#include "desktop/ui/finance/FinanceChart.h"

#include "desktop/core/calendar/MoneyText.h"
#include "desktop/core/calendar/StudioColors.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>

namespace fitflow::desktop {

namespace {
constexpr int kMargin = 8;
constexpr int kAxisWidth = 90;
constexpr int kLabelHeight = 20;
constexpr int kLegendHeight = 22;
constexpr int kSwatch = 12;
constexpr int kMaxBarWidth = 60;
} // namespace

FinanceChart::FinanceChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("financeChart"));
    setAccessibleName(tr("Revenue chart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize FinanceChart::sizeHint() const
{
    return {600, 260};
}

QSize FinanceChart::minimumSizeHint() const
{
    return {240, 160};
}

void FinanceChart::setReport(const FinanceReport& report, Measure measure)
{
    m_measure = measure;
    m_periods.clear();
    m_studios.clear();
    for (const FinanceRow& row : report.rows) {
        if (m_periods.empty() || m_periods.back().period != row.period) {
            m_periods.push_back({row.period, {}});
        }
        const std::int64_t cents = measure == Measure::Revenue    ? row.revenueCents
                                   : measure == Measure::Received ? row.receivedCents
                                                                  : row.taxCents();
        m_periods.back().segments.push_back({row.studioKey, cents});
        const auto known =
            std::find_if(m_studios.begin(), m_studios.end(),
                         [&row](const auto& studio) { return studio.first == row.studioKey; });
        if (known == m_studios.end()) {
            m_studios.emplace_back(row.studioKey, row.studio);
        }
    }
    switch (measure) {
    case Measure::Revenue:
        setAccessibleName(tr("Revenue by period and studio"));
        break;
    case Measure::Received:
        setAccessibleName(tr("Payments received by period and studio"));
        break;
    case Measure::Tax:
        setAccessibleName(tr("Tax you collected as a supplier by period and studio billed"));
        break;
    }
    setAccessibleDescription(tr("%n period(s); the tallest bar is %1. The table below lists "
                                "every amount.",
                                nullptr, barCount())
                                 .arg(MoneyText::fromCents(largestBarCents())));
    update();
}

std::int64_t FinanceChart::largestBarCents() const
{
    std::int64_t largest = 0;
    for (const Bar& bar : m_periods) {
        std::int64_t height = 0;
        for (const Segment& segment : bar.segments) {
            height += std::max<std::int64_t>(segment.cents, 0);
        }
        largest = std::max(largest, height);
    }
    return largest;
}

void FinanceChart::paintLegend(QPainter& painter, const QRect& area) const
{
    int x = area.left();
    for (const auto& [key, name] : m_studios) {
        const StudioColors colors = StudioColors::forStudio(key, palette());
        painter.fillRect(QRect(x, area.center().y() - kSwatch / 2, kSwatch, kSwatch),
                         colors.stripe);
        x += kSwatch + 4;
        const int width = painter.fontMetrics().horizontalAdvance(name);
        painter.drawText(QRect(x, area.top(), width, area.height()), Qt::AlignVCenter, name);
        x += width + 16;
    }
}

void FinanceChart::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.setPen(palette().color(QPalette::Text));
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const std::int64_t largest = largestBarCents();
    if (m_periods.empty() || largest <= 0) {
        painter.drawText(area, Qt::AlignCenter, tr("Nothing to chart for these filters."));
        return;
    }
    paintLegend(painter, QRect(area.left(), area.top(), area.width(), kLegendHeight));
    const QRect plot(area.left() + kAxisWidth, area.top() + kLegendHeight,
                     area.width() - kAxisWidth, area.height() - kLegendHeight - kLabelHeight);
    // The axis: zero and the tallest bar, in money.
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.drawText(
        QRect(area.left(), plot.top() - kLabelHeight / 2, kAxisWidth - 4, kLabelHeight),
        Qt::AlignRight | Qt::AlignVCenter, MoneyText::fromCents(largest));
    painter.drawText(
        QRect(area.left(), plot.bottom() - kLabelHeight / 2, kAxisWidth - 4, kLabelHeight),
        Qt::AlignRight | Qt::AlignVCenter, MoneyText::fromCents(0));

    const int slot = plot.width() / static_cast<int>(m_periods.size());
    const int barWidth = std::clamp(slot * 2 / 3, 1, kMaxBarWidth);
    for (std::size_t i = 0; i < m_periods.size(); ++i) {
        const Bar& bar = m_periods[i];
        const int x = plot.left() + static_cast<int>(i) * slot + (slot - barWidth) / 2;
        std::int64_t stacked = 0;
        for (const Segment& segment : bar.segments) {
            if (segment.cents <= 0) {
                continue; // a period where credits exceed sales shows no bar for that studio
            }
            const int bottom = plot.bottom() - static_cast<int>(stacked * plot.height() / largest);
            stacked += segment.cents;
            const int top = plot.bottom() - static_cast<int>(stacked * plot.height() / largest);
            const StudioColors colors = StudioColors::forStudio(segment.studioKey, palette());
            painter.fillRect(QRect(x, top, barWidth, std::max(bottom - top, 1)), colors.stripe);
        }
        painter.drawText(
            QRect(plot.left() + static_cast<int>(i) * slot, plot.bottom() + 2, slot, kLabelHeight),
            Qt::AlignHCenter | Qt::AlignTop, bar.period);
    }
}

} // namespace fitflow::desktop
