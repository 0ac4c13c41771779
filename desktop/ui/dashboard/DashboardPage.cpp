#include "desktop/ui/dashboard/DashboardPage.h"

#include "desktop/ui/common/EmptyStateWidget.h"

#include <QVBoxLayout>

namespace fitflow::desktop {

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyStateWidget(
        QStringLiteral(":/icons/dashboard.svg"), tr("No sessions today"),
        tr("Your sessions at every studio, today and in the coming week, are listed here."), this));
}

} // namespace fitflow::desktop
