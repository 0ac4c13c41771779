#pragma once
// A session being booked or changed in the calendar, before it is written: which client, where,
// and when (UTC). `id` is empty for a new session; for a change it is the session's own id, so
// conflict detection skips the session's old slot.

#include <QDateTime>
#include <QString>

namespace fitflow::desktop {

struct SessionDraft {
    QString id;
    QString orgId;
    QString clientId;
    QString locationId;
    QString timeZone;  // IANA zone of the location
    QDateTime start;   // UTC
    QDateTime end;     // UTC
    QString packageId; // the client's package the session uses; empty: none
    // True when the user chose the package (the dialog): packageId is written, an empty one
    // clears it. False for drags and deletions: the sessions keep their package.
    bool packageChosen = false;
};

} // namespace fitflow::desktop
