#include "desktop/ui/clients/ClientsPage.h"

#include "desktop/ui/common/EmptyStateWidget.h"

#include <QVBoxLayout>

namespace fitflow::desktop {

ClientsPage::ClientsPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("clientsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyStateWidget(
        QStringLiteral(":/icons/clients.svg"), tr("No clients yet"),
        tr("Clients you add, or that your studios share with you, are listed here."), this));
}

} // namespace fitflow::desktop
