#pragma once
// What a new invoice can be made for: this device's organizations, their clients and their
// locations (with the province that decides the taxes), and the completed sessions and the
// packages not invoiced yet, read on the store thread.

#include "desktop/core/invoices/BillableSessions.h"
#include "desktop/storage/money/UnbilledPackages.h"

#include <QHash>
#include <QString>

#include <vector>

namespace fitflow::desktop {

struct InvoiceChoice {
    QString id;
    QString orgId;
    QString name;
    QString province; // locations only
};

// An organization's GST/HST and QST registration numbers the owner set on the server; empty
// where it has none (it then charges neither tax by default).
struct OrganizationRegistrations {
    QString gstHstNumber;
    QString qstNumber;
};

struct InvoiceChoices {
    std::vector<InvoiceChoice> organizations;
    std::vector<InvoiceChoice> clients;
    std::vector<InvoiceChoice> locations;
    std::vector<BillableSession> sessions;                   // completed, not invoiced yet
    std::vector<money::UnbilledPackage> packages;            // not invoiced yet
    QHash<QString, OrganizationRegistrations> registrations; // by organization id
};

} // namespace fitflow::desktop
