#pragma once
// What sync could not settle on its own and the user must see: mutations the server rejected
// (with its reason) and records in conflict (notes with concurrent text edits).

#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <string>
#include <vector>

namespace fitflow::desktop {

struct SyncRejection {
    qint64 mutationId = 0;
    std::string orgId;
    std::string entity;
    std::string entityId;
    std::string code;
    std::string message;
    std::string field; // the domain JSON name of the one field at fault, or empty
};

struct SyncConflict {
    std::string entity;
    std::string entityId;
};

class SyncIssueRepository {
public:
    explicit SyncIssueRepository(QSqlDatabase db);

    fitflow::Status addRejection(const SyncRejection& rejection);
    fitflow::Result<std::vector<SyncRejection>> rejections() const;

    // Records or clears the conflict flag of one record.
    fitflow::Status setConflict(const SyncConflict& record, bool inConflict);
    fitflow::Result<std::vector<SyncConflict>> conflicts() const;

    fitflow::Status removeAll();

private:
    QSqlDatabase m_db;
};

} // namespace fitflow::desktop
