#include "desktop/core/invoices/PackageInvoiceLine.h"

#include "desktop/core/calendar/MoneyText.h"

namespace fitflow::desktop {

QString PackageInvoiceLine::description(const money::UnbilledPackage& package)
{
    return package.credits == 1 ? tr("%1 — 1 credit").arg(package.name)
                                : tr("%1 — %2 credits").arg(package.name).arg(package.credits);
}

DraftLineInput PackageInvoiceLine::line(const money::UnbilledPackage& package)
{
    DraftLineInput line;
    line.description = description(package);
    line.quantity = 1;
    line.unitPrice = MoneyText::fromCents(package.priceCents);
    line.packageId = package.id;
    return line;
}

} // namespace fitflow::desktop
