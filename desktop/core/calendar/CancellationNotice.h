#pragma once
// The sentence shown before a session is cancelled: whether it is late under the trainer's
// policy and the fee that applies. The fee invoice itself is created with invoice sync (engineer
// M's money API); until then the notice says so.

#include "shared/scheduling/CancellationPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace fitflow::desktop {

class CancellationNotice {
    Q_DECLARE_TR_FUNCTIONS(CancellationNotice)

public:
    // Errors of scheduling::assessCancellation ("invalid_policy").
    static fitflow::Result<scheduling::CancellationAssessment>
    assess(const scheduling::CancellationPolicy& policy, const QDateTime& sessionStart,
           const QDateTime& cancelledAt);

    static QString text(const scheduling::CancellationAssessment& assessment);
};

} // namespace fitflow::desktop
