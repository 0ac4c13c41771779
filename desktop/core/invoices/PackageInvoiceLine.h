#pragma once
// The one invoice line that bills a package: "<package name> — N credits" at the package's price,
// linked to the package (line_links), so the package is not offered for another invoice.

#include "desktop/core/invoices/InvoiceDraftForm.h"
#include "desktop/storage/money/UnbilledPackages.h"

#include <QCoreApplication>
#include <QString>

namespace fitflow::desktop {

class PackageInvoiceLine {
    Q_DECLARE_TR_FUNCTIONS(PackageInvoiceLine)

public:
    static QString description(const money::UnbilledPackage& package);
    static DraftLineInput line(const money::UnbilledPackage& package);
};

} // namespace fitflow::desktop
