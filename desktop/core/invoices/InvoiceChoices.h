#pragma once
// What a new invoice can be made for: this device's organizations, their clients and their
// locations (with the province that decides the taxes), read on the store thread.

#include <QString>

#include <vector>

namespace fitflow::desktop {

struct InvoiceChoice {
    QString id;
    QString orgId;
    QString name;
    QString province; // locations only
};

struct InvoiceChoices {
    std::vector<InvoiceChoice> organizations;
    std::vector<InvoiceChoice> clients;
    std::vector<InvoiceChoice> locations;
};

} // namespace fitflow::desktop
