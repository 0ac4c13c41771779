#pragma once
// Builds the desktop benchmark's encrypted store: a trainer's practice at several studios with
// many clients and sessions, written in one transaction through EntityRepository (the path a
// sync pull takes, which also keeps the client search index in step), so seeding 55,000 rows
// takes seconds, not the minutes one LocalChanges transaction per row would.

#include "shared/core/Result.h"

#include <QByteArray>
#include <QString>

namespace fitflow::bench {

struct LargeStoreShape {
    int clients = 5000;
    int sessions = 50000;
    int organizations = 3;
};

class LargeStoreSeeder {
public:
    static constexpr const char* kZone = "America/Toronto";

    // Creates the store at `path` (production key derivation) and fills it. Sessions are spread
    // evenly from four years ago to one year ahead, so "today" holds a realistic handful.
    static fitflow::Status create(const QString& path, const QByteArray& passphrase,
                                  const LargeStoreShape& shape);

    // The first and last name of the index-th client (the search queries are drawn from these).
    static QString firstName(int index);
    static QString lastName(int index);
};

} // namespace fitflow::bench
