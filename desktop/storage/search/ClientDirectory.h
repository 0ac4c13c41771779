#pragma once
// Read side of the Clients page: live clients in name order, narrowed by what the user typed
// through the FTS4 index (ClientSearchIndex: names, email, phone, tags) and by one tag.
// Read-only SQL; writes go through LocalChanges.

#include "shared/core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace fitflow::desktop {

struct ClientSummary {
    QString id;
    QString orgId;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString homeLocationId;
    QStringList trainerIds;
    QStringList tags; // canonical order (shared/clients/ClientTags.h)
};

class ClientDirectory {
public:
    explicit ClientDirectory(QSqlDatabase db);

    // Live clients ordered by last then first name; every client when `typed` holds no word.
    // A non-empty `tag` keeps only the clients carrying exactly that tag.
    fitflow::Result<std::vector<ClientSummary>> find(const QString& typed, int limit,
                                                     const QString& tag = QString()) const;
    // Every tag some live client carries, sorted (the list's tag filter).
    fitflow::Result<QStringList> allTags() const;
    // Error "not_found" for an unknown or deleted client.
    fitflow::Result<ClientSummary> client(const QString& clientId) const;

private:
    QSqlDatabase m_db;
};

} // namespace fitflow::desktop
