#pragma once
// Keeps this device's invoice numbers topped up, so a trainer can issue invoices offline (design
// §2: numbers come from per-device blocks reserved in advance). Run on the store thread by each
// background sync round: for every organization where the cached profile says the user is staff
// (the server reserves blocks for staff only) and this device holds fewer than kLowWater numbers
// with no reservation already queued, it queues a number_block.reserve of kBlockSize through the
// outbox. The round pushes it, and the block arrives with the same round's pull.

#include "shared/core/Result.h"

#include <QSqlDatabase>

namespace fitflow::desktop {

class InvoiceNumberTopUp {
public:
    static constexpr std::int64_t kLowWater = 20;
    static constexpr std::int64_t kBlockSize = 100;

    // Queues the reservations needed; returns how many it queued (0: nothing to do, or no
    // cached profile yet: the next round tries again).
    static fitflow::Result<int> queueReservations(const QSqlDatabase& db);
};

} // namespace fitflow::desktop
