#include "desktop/core/calendar/CancellationNotice.h"

#include "desktop/core/calendar/ConflictWarnings.h"

#include <QLocale>

namespace fitflow::desktop {

fitflow::Result<scheduling::CancellationAssessment>
CancellationNotice::assess(const scheduling::CancellationPolicy& policy,
                           const QDateTime& sessionStart, const QDateTime& cancelledAt)
{
    return scheduling::assessCancellation(policy, toSysSeconds(sessionStart),
                                          toSysSeconds(cancelledAt));
}

QString CancellationNotice::money(std::int64_t cents)
{
    const QLocale locale;
    const bool negative = cents < 0;
    const std::int64_t magnitude = negative ? -cents : cents;
    const QString amount = tr("$%1%2%3").arg(
        locale.toString(static_cast<qlonglong>(magnitude / 100)), locale.decimalPoint(),
        QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0')));
    return negative ? locale.negativeSign() + amount : amount;
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
        .arg(money(assessment.feeCents));
}

} // namespace fitflow::desktop
