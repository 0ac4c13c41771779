#include "desktop/sync/NoteStore.h"

namespace fitflow::desktop {

NoteStore::NoteStore(const QSqlDatabase& db)
    : m_entities(db)
    , m_issues(db)
{
}

fitflow::Status NoteStore::addMutations(const std::string& noteId,
                                        const std::vector<nlohmann::json>& mutations)
{
    if (auto added = m_entities.addNoteMutations(noteId, mutations); !added) {
        return added;
    }
    auto history = m_entities.noteHistory(noteId);
    if (!history) {
        return history.error();
    }
    return m_issues.setConflict({"note", noteId}, history->view().conflict);
}

} // namespace fitflow::desktop
