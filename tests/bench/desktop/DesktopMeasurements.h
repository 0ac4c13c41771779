#pragma once
// The two numbers issue 6 sets targets for, measured through the app's own code paths on the
// GUI thread of a QApplication: store unlock to the Dashboard page showing its data (target
// < 1 s), and client search from the keystroke's search() call to the list being filled
// (ClientsService, the Clients page's path; target p95 < 20 ms).

#include <QString>
#include <QStringList>

#include <vector>

namespace fitflow::desktop {
class StoreSession;
}

namespace fitflow::bench {

struct OpenTiming {
    double unlockMs = 0;    // unlock() called -> store Unlocked (key derivation, migrations, index)
    double dashboardMs = 0; // Unlocked -> the Dashboard page's first reload finished
    double totalMs() const { return unlockMs + dashboardMs; }
    bool ok = false;
};

struct SearchTiming {
    std::vector<double> latenciesMs; // one per query, in order
    long long matchedRows = 0;       // sum over the queries (to show the searches found rows)
    bool ok = false;
};

// Unlocks `session` (which must be Locked) and shows a Dashboard page until it has loaded.
OpenTiming measureOpenToDashboard(desktop::StoreSession& session, const QByteArray& passphrase);

// Runs every query in turn through a ClientsService on the unlocked `session`.
SearchTiming measureClientSearch(desktop::StoreSession& session, const QStringList& queries);

// What people type: name prefixes of 1-5 letters, whole names, "first last" pairs, e-mail
// fragments and phone digits, `count` of them in a fixed pseudo-random order.
QStringList sampleQueries(int count);

// The p-th percentile (0-100) of `values` by nearest rank; 0 for an empty list.
double percentile(std::vector<double> values, double p);

} // namespace fitflow::bench
