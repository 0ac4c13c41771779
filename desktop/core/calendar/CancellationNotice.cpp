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
    return tr("This is a late cancellation: your policy charges a fee of %1. Cancelling creates "
              "a draft invoice of the fee for the client; choose Waive fee to cancel without it.")
        .arg(MoneyText::fromCents(assessment.feeCents));
}

QString CancellationNotice::feeLineTemplate()
{
    return tr("Late cancellation fee — %1");
}

QString CancellationNotice::feeDraftCreated(std::int64_t totalCents, const QString& clientName)
{
    return tr("Session cancelled. A draft invoice of %1 was created for %2: Invoices → Drafts.")
        .arg(MoneyText::fromCents(totalCents), clientName);
}

QString CancellationNotice::feeDraftFailed(const QString& reason)
{
    return tr("Session cancelled, but the fee invoice could not be created: %1").arg(reason);
}

QString CancellationNotice::feeWaived()
{
    return tr("Session cancelled. The late-cancellation fee was waived.");
}

} // namespace fitflow::desktop
