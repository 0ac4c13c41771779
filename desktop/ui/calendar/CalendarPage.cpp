#include "desktop/ui/calendar/CalendarPage.h"

#include "desktop/ui/common/EmptyStateWidget.h"

#include <QVBoxLayout>

namespace fitflow::desktop {

CalendarPage::CalendarPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyStateWidget(
        QStringLiteral(":/icons/calendar.svg"), tr("No sessions yet"),
        tr("Sessions you book at any of your studios appear together in one calendar."), this));
}

} // namespace fitflow::desktop
