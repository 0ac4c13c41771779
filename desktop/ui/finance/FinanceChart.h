#pragma once
// The financial overview's bar chart, drawn with QPainter (Qt Charts is GPL-only): one bar per
// period, stacked by studio, of revenue, of payments received or of the tax collected. Colours come
// from the palette (StudioColors per studio, text and axes from the palette's text roles) so dark
// themes work. Its accessible text alternative is the table next to it; the accessible description
// sums it up.

#include "desktop/core/finance/FinanceReport.h"

#include <QWidget>

#include <cstdint>

namespace fitflow::desktop {

class FinanceChart : public QWidget {
    Q_OBJECT

public:
    enum class Measure { Revenue, Received, Tax };

    explicit FinanceChart(QWidget* parent = nullptr);

    void setReport(const FinanceReport& report, Measure measure);
    // The tallest bar in cents (the sum of a period's positive amounts), 0 when empty.
    std::int64_t largestBarCents() const;
    int barCount() const { return static_cast<int>(m_periods.size()); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Segment {
        QString studioKey;
        std::int64_t cents = 0;
    };
    struct Bar {
        QString period;
        std::vector<Segment> segments;
    };

    void paintLegend(QPainter& painter, const QRect& area) const;

    std::vector<Bar> m_periods;
    std::vector<std::pair<QString, QString>> m_studios; // key, name, in order of appearance
    Measure m_measure = Measure::Revenue;
};

} // namespace fitflow::desktop
