#pragma once
// The sentences around cancelling a session: before, whether it is late under the trainer's
// policy and the fee that applies (a draft fee invoice follows unless the fee is waived); after,
// what became of the fee invoice (LateFeeService drafts it with feeLineTemplate as its line).

#include "shared/scheduling/CancellationPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <cstdint>

namespace fitflow::desktop {

class CancellationNotice {
    Q_DECLARE_TR_FUNCTIONS(CancellationNotice)

public:
    // Errors of scheduling::assessCancellation ("invalid_policy").
    static fitflow::Result<scheduling::CancellationAssessment>
    assess(const scheduling::CancellationPolicy& policy, const QDateTime& sessionStart,
           const QDateTime& cancelledAt);

    static QString text(const scheduling::CancellationAssessment& assessment);

    // The fee line: "Late cancellation fee — %1" (%1: the session's local start and location).
    static QString feeLineTemplate();
    // "A draft invoice of $28.74 was created for <client>: Invoices → Drafts."
    static QString feeDraftCreated(std::int64_t totalCents, const QString& clientName);
    static QString feeDraftFailed(const QString& reason);
    static QString feeWaived();
};

} // namespace fitflow::desktop
