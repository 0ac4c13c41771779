#pragma once
// Completed sessions a new invoice can bill, each as the invoice line it becomes (linked to the
// session by `line_links`, server migration 0017). A session is invoiced once: one linked from a
// line of an invoice that is not void is not offered again (voiding frees it; the server rejects
// a second bill). Lines made before links existed are still matched by their description, which
// carries the session's local start and location ("2026-11-20 09:00, Northside Plateau").

#include "desktop/storage/calendar/BookedSession.h"

#include <QCoreApplication>
#include <QString>

#include <set>
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
    // The completed sessions among `sessions` that are not in `billedSessionIds` and whose key
    // is in none of `unlinkedDescriptions` (unlinked lines of invoices that are not void),
    // ordered as given.
    static std::vector<BillableSession> select(const std::vector<BookedSession>& sessions,
                                               const std::set<QString>& billedSessionIds,
                                               const std::vector<QString>& unlinkedDescriptions);

    // The session's start in its location's time zone and the location's name.
    static QString keyOf(const BookedSession& session);
};

} // namespace fitflow::desktop
