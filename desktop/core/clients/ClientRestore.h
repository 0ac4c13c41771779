#pragma once
// Undoes a client's deletion the way sync understands it: an "undelete" record mutation, newer
// than the delete, applied to the row (which puts it back in the search index) and queued in the
// outbox, in ONE store transaction. LocalChanges covers add/update/remove only. Use on the store
// thread.

#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <string>

namespace fitflow::desktop {

class ClientRestore {
public:
    explicit ClientRestore(QSqlDatabase db);

    // Errors: "not_found" (no such client), "not_deleted" (nothing to undo).
    fitflow::Status restore(const std::string& clientId);

private:
    QSqlDatabase m_db;
};

} // namespace fitflow::desktop
