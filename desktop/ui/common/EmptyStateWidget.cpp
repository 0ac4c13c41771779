#include "desktop/ui/common/EmptyStateWidget.h"

#include "desktop/ui/common/PaletteIcon.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fitflow::desktop {

namespace {
constexpr int kIconSize = 64;
constexpr qreal kHeadingScale = 1.4;
constexpr int kTextWidth = 420;
} // namespace

EmptyStateWidget::EmptyStateWidget(const QString& iconPath, const QString& heading,
                                   const QString& explanation, QWidget* parent)
    : QWidget(parent)
{
    auto* iconLabel = new QLabel(this);
    iconLabel->setObjectName(QStringLiteral("emptyStateIcon"));
    iconLabel->setPixmap(PaletteIcon::pixmap(iconPath, palette().color(QPalette::PlaceholderText),
                                             kIconSize, devicePixelRatioF()));
    iconLabel->setAlignment(Qt::AlignCenter);

    m_headingLabel = new QLabel(heading, this);
    m_headingLabel->setObjectName(QStringLiteral("emptyStateHeading"));
    QFont headingFont = m_headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * kHeadingScale);
    headingFont.setBold(true);
    m_headingLabel->setFont(headingFont);
    m_headingLabel->setAlignment(Qt::AlignCenter);

    auto* explanationLabel = new QLabel(explanation, this);
    explanationLabel->setObjectName(QStringLiteral("emptyStateExplanation"));
    explanationLabel->setWordWrap(true);
    explanationLabel->setAlignment(Qt::AlignCenter);
    // A centred, wrapped label gets its size hint's height from the layout, which is one line;
    // fix its width and reserve the wrapped height instead.
    explanationLabel->setFixedWidth(kTextWidth);
    explanationLabel->setMinimumHeight(explanationLabel->heightForWidth(kTextWidth));

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(iconLabel);
    layout->addWidget(m_headingLabel);
    layout->addWidget(explanationLabel, 0, Qt::AlignHCenter);
    layout->addStretch();
}

QString EmptyStateWidget::heading() const
{
    return m_headingLabel->text();
}

} // namespace fitflow::desktop
