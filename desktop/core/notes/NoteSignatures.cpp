#include "desktop/core/notes/NoteSignatures.h"

#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/StoreTransaction.h"
#include "desktop/sync/LocalClock.h"
#include "desktop/sync/NoteStore.h"
#include "shared/sync/MutationCodec.h"

#include <functional>

namespace fitflow::desktop {

namespace {

using MakeMutation =
    std::function<fitflow::Result<nlohmann::json>(const sync::NoteHistory&, sync::Hlc)>;

// Loads the live note, builds one mutation from its history and a fresh stamp, stores it and
// queues it for push, all in one transaction.
fitflow::Status writeNoteMutation(const QSqlDatabase& db, const std::string& noteId,
                                  const MakeMutation& make)
{
    auto transaction = StoreTransaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    EntityRepository entities(db);
    const EntitySpec& note = *findSyncedEntity("note");
    auto row = entities.loadRecord(note, noteId);
    if (!row) {
        return row.error();
    }
    if (!*row || (*row)->state.isDeleted()) {
        return makeError("not_found", "no note with id " + noteId);
    }
    auto history = entities.noteHistory(noteId);
    if (!history) {
        return history.error();
    }
    SyncStateRepository state(db);
    LocalClock clock(state, systemPhysicalClock());
    auto stamp = clock.next();
    if (!stamp) {
        return stamp.error();
    }
    auto mutation = make(*history, *stamp);
    if (!mutation) {
        return mutation.error();
    }
    if (auto stored = NoteStore(db).addMutations(noteId, {*mutation}); !stored) {
        return stored;
    }
    auto queued =
        OutboxRepository(db).append({0, (*row)->orgId, note.name, noteId, {{"note", *mutation}}});
    if (!queued) {
        return queued.error();
    }
    return transaction->commit();
}

} // namespace

NoteSignatures::NoteSignatures(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Status NoteSignatures::sign(const std::string& noteId)
{
    return writeNoteMutation(
        m_db, noteId,
        [](const sync::NoteHistory& history, sync::Hlc stamp) -> fitflow::Result<nlohmann::json> {
            auto signature = history.makeSignature(std::move(stamp));
            if (!signature) {
                return signature.error();
            }
            return sync::noteMutationToJson(*signature);
        });
}

fitflow::Status NoteSignatures::amend(const std::string& noteId, const std::string& text)
{
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        return makeError("missing_field", "an amendment needs text", "text");
    }
    return writeNoteMutation(m_db, noteId,
                             [&text](const sync::NoteHistory& history,
                                     sync::Hlc stamp) -> fitflow::Result<nlohmann::json> {
                                 auto amendment = history.makeAmendment(text, std::move(stamp));
                                 if (!amendment) {
                                     return amendment.error();
                                 }
                                 return sync::noteMutationToJson(*amendment);
                             });
}

} // namespace fitflow::desktop
