#include "desktop/core/calendar/CancellationNotice.h"

#include "desktop/core/calendar/ConflictWarnings.h"
#include "desktop/core/calendar/MoneyText.h"

namespace fitflow::desktop {

fitflow::Result<scheduling::CancellationAssessment>
CancellationNotice::assess(const scheduling::CancellationPolicy& policy,
                           const QDateTime& sessionStart, const QDateTime& cancelledAt)
{
    return scheduling::assessCancellation(policy, toSysSeconds(sessionStart),
                                          toSysSeconds(cancelledAt));
}

QString CancellationNotice::text(const scheduling::CancellationAssessment& assessment)
{
    if (!assessment.late) {
        return tr("This cancellation is in time: no fee applies.");
    }
    if (assessment.feeCents == 0) {
        return tr("This is a late cancellation. Your policy sets no fee.");
    }
    return tr("This is a late cancellation: your policy charges a fee of %1. The fee invoice will "
              "be created once invoices sync with the server (not available yet).")
        .arg(MoneyText::fromCents(assessment.feeCents));
}

} // namespace fitflow::desktop
