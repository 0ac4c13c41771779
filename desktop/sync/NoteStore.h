#pragma once
// Adds mutations to a note's stored history and keeps the user-visible conflict list in step:
// a note whose history has concurrent heads is listed, a resolved one is taken off the list.

#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/SyncIssueRepository.h"

namespace fitflow::desktop {

class NoteStore {
public:
    explicit NoteStore(const QSqlDatabase& db);

    fitflow::Status addMutations(const std::string& noteId,
                                 const std::vector<nlohmann::json>& mutations);

private:
    EntityRepository m_entities;
    SyncIssueRepository m_issues;
};

} // namespace fitflow::desktop
