#pragma once
// Signing a note and amending a signed one, written like LocalChanges writes an edit: the
// NoteHistory mutation and its outbox entry in ONE store transaction, stamped by the device's
// clock. (LocalChanges covers add/update/remove only; this adds the two note-only operations.)
// Use on the store thread.

#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <string>

namespace fitflow::desktop {

class NoteSignatures {
public:
    explicit NoteSignatures(QSqlDatabase db);

    // Pins the current text. Errors: "not_found", "note_signed", "note_empty", "note_conflict".
    fitflow::Status sign(const std::string& noteId);
    // Adds an amendment beside the signed text. Errors: "not_found", "note_not_signed",
    // "missing_field" (empty text).
    fitflow::Status amend(const std::string& noteId, const std::string& text);

private:
    QSqlDatabase m_db;
};

} // namespace fitflow::desktop
