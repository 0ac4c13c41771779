#include "desktop/core/notes/NotesService.h"

#include "desktop/core/ErrorText.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/account/AccountProfile.h"
#include "desktop/core/notes/NoteSignatures.h"
#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/storage/manager/ProfileCache.h"
#include "desktop/storage/search/ClientHistoryQuery.h"
#include "desktop/sync/LocalChanges.h"

namespace fitflow::desktop {

namespace {

fitflow::Error storeClosed()
{
    return makeError("store_closed", "the store is locked");
}

QString fieldText(const SyncedRecord& state, const char* field)
{
    const nlohmann::json* value = state.record().value(field);
    return value != nullptr && value->is_string()
               ? QString::fromStdString(value->get<std::string>())
               : QString();
}

QStringList toQStringList(const std::vector<std::string>& texts)
{
    QStringList list;
    for (const std::string& text : texts) {
        list << QString::fromStdString(text);
    }
    return list;
}

// When and by whom each amendment was written: its stamp's time, and the signed-in user, named
// from the cached profile (else the account's e-mail). Only a note's author reads or amends it
// (permission matrix: notes are the trainer's own), so every amendment a store holds, from any of
// its user's devices, is that user's. A store that cannot say (no account yet, unreadable cache)
// gives no name rather than failing the read.
QList<NoteAmendmentSource> amendmentSources(const QSqlDatabase& db,
                                            const std::vector<sync::Hlc>& stamps)
{
    const auto account = SyncStateRepository(db).account();
    QString userId;
    QString userName;
    if (account && *account) {
        userId = QString::fromStdString((*account)->userId);
        userName = QString::fromStdString((*account)->email);
    }
    if (const auto cached = ProfileCache(db).load(); cached && *cached) {
        const AccountProfile profile = AccountProfile::fromJson(**cached);
        if (!profile.displayName.isEmpty() && (userId.isEmpty() || profile.userId == userId)) {
            userId = profile.userId;
            userName = profile.displayName;
        }
    }
    QList<NoteAmendmentSource> sources;
    for (const sync::Hlc& stamp : stamps) {
        NoteAmendmentSource source;
        source.writtenAt =
            QDateTime::fromMSecsSinceEpoch(stamp.physical.time_since_epoch().count(), Qt::UTC);
        source.authorUserId = userId;
        source.authorName = userName;
        sources.append(source);
    }
    return sources;
}

fitflow::Result<NoteRecord> readNote(LocalStore* store, const QString& noteId)
{
    if (store == nullptr) {
        return storeClosed();
    }
    EntityRepository entities(store->database());
    auto row = entities.loadRecord(*findSyncedEntity("note"), noteId.toStdString());
    if (!row) {
        return row.error();
    }
    if (!*row || (*row)->state.isDeleted()) {
        return makeError("not_found", "no note with id " + noteId.toStdString());
    }
    auto history = entities.noteHistory(noteId.toStdString());
    if (!history) {
        return history.error();
    }
    const sync::NoteView view = history->view();
    const SyncedRecord& state = (*row)->state;
    const nlohmann::json* shared = state.record().value("shared_with_client");
    return NoteRecord{noteId,
                      QString::fromStdString((*row)->orgId),
                      fieldText(state, "client_id"),
                      fieldText(state, "session_id"),
                      fieldText(state, "format"),
                      shared != nullptr && shared->is_boolean() && shared->get<bool>(),
                      QString::fromStdString(view.text),
                      view.isSigned,
                      view.conflict,
                      toQStringList(view.conflictingTexts),
                      toQStringList(view.amendments),
                      amendmentSources(store->database(), view.amendmentStamps)};
}

fitflow::Result<QString> createNote(LocalStore* store, const QString& clientId,
                                    const QString& sessionId, const QString& format,
                                    const QString& text)
{
    if (store == nullptr) {
        return storeClosed();
    }
    auto client = EntityRepository(store->database())
                      .loadRecord(*findSyncedEntity("client"), clientId.toStdString());
    if (!client) {
        return client.error();
    }
    if (!*client || (*client)->state.isDeleted()) {
        return makeError("not_found", "no client with id " + clientId.toStdString(), "client_id");
    }
    nlohmann::json fields{{"client_id", clientId.toStdString()},
                          {"format", format.toStdString()},
                          {"shared_with_client", false},
                          {"text", text.toStdString()}};
    if (!sessionId.isEmpty()) {
        fields["session_id"] = sessionId.toStdString();
    }
    auto added = LocalChanges(store->database()).add("note", (*client)->orgId, std::move(fields));
    if (!added) {
        return added.error();
    }
    return QString::fromStdString(*added);
}

} // namespace

NotesService::NotesService(StoreSession& session, StoreEvents* events, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_events(events)
{
}

void NotesService::create(const QString& clientId, const QString& sessionId, const QString& format,
                          const QString& text)
{
    m_session.runOnStore<fitflow::Result<QString>>(
        this,
        [=](LocalStore* store) { return createNote(store, clientId, sessionId, format, text); },
        [this](fitflow::Result<QString> newId) {
            if (!newId) {
                emit writeFailed(QString::fromStdString(newId.error().code),
                                 ErrorText::forError(newId.error()));
                return;
            }
            emit created(*newId);
            announceWrite();
            load(*newId);
        });
}

void NotesService::openForSession(const QString& clientId, const QString& sessionId,
                                  const QString& format, const QString& text)
{
    // (id, whether it was created now)
    using Opened = fitflow::Result<std::pair<QString, bool>>;
    m_session.runOnStore<Opened>(
        this,
        [=](LocalStore* store) -> Opened {
            if (store == nullptr) {
                return storeClosed();
            }
            auto existing = ClientHistoryQuery(store->database()).noteForSession(sessionId);
            if (!existing) {
                return existing.error();
            }
            if (*existing) {
                return std::pair{**existing, false};
            }
            auto newId = createNote(store, clientId, sessionId, format, text);
            if (!newId) {
                return newId.error();
            }
            return std::pair{*newId, true};
        },
        [this](Opened opened) {
            if (!opened) {
                emit writeFailed(QString::fromStdString(opened.error().code),
                                 ErrorText::forError(opened.error()));
                return;
            }
            if (opened->second) {
                emit created(opened->first);
                announceWrite();
            }
            load(opened->first);
        });
}

void NotesService::load(const QString& noteId)
{
    m_session.runOnStore<fitflow::Result<NoteRecord>>(
        this, [noteId](LocalStore* store) { return readNote(store, noteId); },
        [this](fitflow::Result<NoteRecord> note) {
            if (!note) {
                emit loadFailed(QString::fromStdString(note.error().code),
                                ErrorText::forError(note.error()));
                return;
            }
            emit noteLoaded(*note);
        });
}

void NotesService::saveText(const QString& noteId, const QString& text)
{
    runWrite(
        noteId,
        [noteId, text](LocalStore* store) {
            return LocalChanges(store->database())
                .update("note", noteId.toStdString(), {{"text", text.toStdString()}});
        },
        true);
}

void NotesService::setShared(const QString& noteId, bool shared)
{
    runWrite(
        noteId,
        [noteId, shared](LocalStore* store) {
            return LocalChanges(store->database())
                .update("note", noteId.toStdString(), {{"shared_with_client", shared}});
        },
        false);
}

void NotesService::sign(const QString& noteId)
{
    runWrite(
        noteId,
        [noteId](LocalStore* store) {
            return NoteSignatures(store->database()).sign(noteId.toStdString());
        },
        false);
}

void NotesService::amend(const QString& noteId, const QString& text)
{
    runWrite(
        noteId,
        [noteId, text](LocalStore* store) {
            return NoteSignatures(store->database())
                .amend(noteId.toStdString(), text.toStdString());
        },
        false);
}

void NotesService::resolve(const QString& noteId, const QString& text)
{
    saveText(noteId, text);
}

void NotesService::runWrite(const QString& noteId, Write write, bool isTextEdit)
{
    m_session.runOnStore<fitflow::Status>(
        this,
        [write = std::move(write)](LocalStore* store) -> fitflow::Status {
            if (store == nullptr) {
                return storeClosed();
            }
            return write(store);
        },
        [this, noteId, isTextEdit](fitflow::Status written) {
            if (!written) {
                emit writeFailed(QString::fromStdString(written.error().code),
                                 ErrorText::forError(written.error()));
                return;
            }
            if (isTextEdit) {
                emit textSaved(noteId);
            }
            announceWrite();
            load(noteId);
        });
}

void NotesService::announceWrite()
{
    emit notesChanged();
    if (m_events != nullptr) {
        m_events->notifyChanged(QStringLiteral("note"));
    }
}

} // namespace fitflow::desktop
