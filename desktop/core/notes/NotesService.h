#pragma once
// The session-note editor's application service: create, load, autosave edits (each one a
// LocalChanges text edit on the current heads), share with the client, sign, amend, and resolve
// a conflict (a new edit on both heads). Store work runs on the store thread via
// StoreSession::runOnStore; every successful write reloads the note and emits noteLoaded.

#include "desktop/core/notes/NoteRecord.h"
#include "shared/core/Result.h"

#include <QObject>

#include <functional>

namespace fitflow::desktop {

class LocalStore;
class StoreEvents;
class StoreSession;

class NotesService : public QObject {
    Q_OBJECT

public:
    // `events` (may be null) hears "note" after every write.
    NotesService(StoreSession& session, StoreEvents* events, QObject* parent = nullptr);

    // A new note of `format` ("soap" or "free") for the client, tied to a session when
    // `sessionId` is not empty. Emits created(id) then noteLoaded.
    void create(const QString& clientId, const QString& sessionId, const QString& format,
                const QString& text);
    // The session's note: the existing one, or a new one of `format` for the client.
    // Emits created(id) when it had to create it, then noteLoaded.
    void openForSession(const QString& clientId, const QString& sessionId, const QString& format,
                        const QString& text);
    void load(const QString& noteId);
    // Emits textSaved(noteId) then noteLoaded; a signed note answers writeFailed("note_signed").
    void saveText(const QString& noteId, const QString& text);
    void setShared(const QString& noteId, bool shared);
    void sign(const QString& noteId);
    void amend(const QString& noteId, const QString& text);
    // The user's pick or merge of two conflicting versions: an edit that builds on both.
    void resolve(const QString& noteId, const QString& text);

signals:
    void created(const QString& noteId);
    void noteLoaded(const fitflow::desktop::NoteRecord& note);
    void textSaved(const QString& noteId);
    void loadFailed(const QString& code, const QString& message);
    void writeFailed(const QString& code, const QString& message);
    // Any note data changed through this service.
    void notesChanged();

private:
    using Write = std::function<fitflow::Status(LocalStore*)>;
    void runWrite(const QString& noteId, Write write, bool isTextEdit);

    void announceWrite();

    StoreSession& m_session;
    StoreEvents* m_events;
};

} // namespace fitflow::desktop
