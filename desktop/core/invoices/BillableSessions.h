#pragma once
// Completed sessions a new invoice can bill, each as the invoice line it becomes. A session is
// invoiced once: the line's description carries the session's local start and location
// ("2026-11-20 09:00, Northside Plateau"), and a session whose key appears in a line of any
// invoice or credit note that is not void is not offered again (so voiding an invoice frees its
// sessions). Devices agree without a link column because pulled invoices carry their lines.

#include "desktop/storage/calendar/BookedSession.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace fitflow::desktop {

struct BillableSession {
    QString id;
    QString orgId;
    QString clientId;
    QString locationId;
    QString key;         // "2026-11-20 09:00, Northside Plateau" (language-neutral)
    QString description; // the invoice line: "Training session 2026-11-20 09:00, ..."
};

class BillableSessions {
    Q_DECLARE_TR_FUNCTIONS(BillableSessions)

public:
    // The completed sessions among `sessions` whose key is in none of `invoicedDescriptions`
    // (the line descriptions of invoices that are not void), ordered as given.
    static std::vector<BillableSession> select(const std::vector<BookedSession>& sessions,
                                               const std::vector<QString>& invoicedDescriptions);

    // The session's start in its location's time zone and the location's name.
    static QString keyOf(const BookedSession& session);
};

} // namespace fitflow::desktop
