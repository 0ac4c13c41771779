#pragma once
// One live session as the calendar and dashboard show it: the session row joined with its
// client's name, its location (name, time zone) and its organization's name. Read-only.

#include <QDateTime>
#include <QString>

namespace fitflow::desktop {

struct BookedSession {
    QString id;
    QString orgId;
    QString orgName;
    QString clientId;
    QString clientName;
    QString locationId;
    QString locationName;
    QString timeZone; // IANA zone of the location
    QString trainerId;
    QString status;    // wire name: scheduled, completed, cancelled, no_show
    QDateTime start;   // UTC
    QDateTime end;     // UTC
    QString seriesId;  // the recurring series it is an occurrence of; empty for a single session
    QString packageId; // the client's package it takes its credit from; empty for none
};

// A place a session can be booked: a location with its organization.
struct BookableLocation {
    QString id;
    QString orgId;
    QString orgName;
    QString name;
    QString timeZone;
};

// An organization (studio) the device knows, by name.
struct StudioName {
    QString id;
    QString name;
};

// A client that can be booked, with the organization the client belongs to.
struct BookableClient {
    QString id;
    QString orgId;
    QString name;
};

} // namespace fitflow::desktop
