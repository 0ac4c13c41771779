#pragma once
// The fee invoice of a late cancellation (issue 6 part 3): a DRAFT invoice for the session's
// client with one line, "<text> — <session start, location>" at the policy's fee, linked to the
// session (line_links), taxed where the session was held by the shared engine, written through
// InvoiceOperations::draft (local row + `invoice.draft` outbox entry: works offline). The server
// refuses a second bill of the same session, so one session gets one fee invoice.
// Use from the thread that owns `db`.

#include "shared/core/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <string>

namespace fitflow::desktop::money {

struct LateFeeRequest {
    QString sessionId;
    std::int64_t feeCents = 0;
    QDate taxPointDate;          // the day of the cancellation
    QString descriptionTemplate; // "%1" becomes "2026-11-20 09:00, Northside Plateau"
    bool gstHstRegistered = true;
    bool qstRegistered = true;
};

struct LateFeeDraft {
    std::string invoiceId;
    std::string orgId;
    std::string clientId;
    std::int64_t totalCents = 0; // the fee with its taxes
};

// Errors: `invalid_value` (fee not above 0, no "%1"), `not_found` (no such session or its
// location), `session_already_billed` (a line of an invoice that is not void bills it), the
// errors of InvoiceOperations::draft.
fitflow::Result<LateFeeDraft> draftLateCancellationFee(const QSqlDatabase& db,
                                                       const LateFeeRequest& request);

} // namespace fitflow::desktop::money
