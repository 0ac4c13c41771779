#pragma once
// Read side of a client's consents and packages (local rows of migration step 7), for the
// profile and the session dialog. Read-only SQL; writes go through LocalChanges.

#include "shared/clients/PackageCredits.h"
#include "shared/core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace fitflow::desktop {

// One recorded consent decision (a version). Newest first in every list.
struct ConsentRow {
    QString id;
    QString kind; // "contact", "data_sharing", "photo" (older kinds may come from the server)
    bool granted = false;
    QString policyVersion;
    QString recordedAt; // RFC 3339 UTC
    QString recordedBy; // user id; empty until the server filled it in
};

struct PackageRow {
    QString id;
    QString clientId;
    QString name;
    int sessionsTotal = 0;
    qint64 priceCents = 0;
    QString currency;
    std::optional<std::chrono::year_month_day> expiresOn;
    // The live sessions booked on it, as the credit rule needs them.
    std::vector<clients::PackageSessionUse> sessions;
};

class ClientExtrasQueries {
public:
    explicit ClientExtrasQueries(QSqlDatabase db);

    // Every consent record of the client, newest `recorded_at` first (ties: larger id first).
    fitflow::Result<std::vector<ConsentRow>> consents(const QString& clientId) const;
    // The client's live packages, by name, each with its booked sessions.
    fitflow::Result<std::vector<PackageRow>> packages(const QString& clientId) const;

private:
    QSqlDatabase m_db;
};

} // namespace fitflow::desktop
