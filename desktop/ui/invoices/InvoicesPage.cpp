#include "desktop/ui/invoices/InvoicesPage.h"

#include "desktop/ui/common/EmptyStateWidget.h"

#include <QVBoxLayout>

namespace fitflow::desktop {

InvoicesPage::InvoicesPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("invoicesPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyStateWidget(
        QStringLiteral(":/icons/invoices.svg"), tr("No invoices yet"),
        tr("Invoices you issue and the payments you receive are listed here."), this));
}

} // namespace fitflow::desktop
