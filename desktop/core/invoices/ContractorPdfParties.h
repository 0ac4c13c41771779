#pragma once
// The two parties of a contractor invoice's PDF, read on the store thread: the supplier is the
// trainer who issued it (name and email from the cached profile; their registration numbers as
// the server snapshotted them at issue, or, for one this device issued and has not synced yet,
// the user's own numbers on record), the recipient is the studio (organization name, the
// location where the services were supplied with its street address, and the organization's
// registration numbers).

#include "desktop/core/invoices/InvoicePdf.h"
#include "desktop/storage/money/MoneyRepository.h"

#include <QSqlDatabase>

namespace fitflow::desktop {

void fillContractorParties(const QSqlDatabase& db, const money::LocalInvoice& invoice,
                           InvoicePdfContent& content);

} // namespace fitflow::desktop
