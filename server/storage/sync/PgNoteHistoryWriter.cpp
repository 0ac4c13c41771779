#include "server/storage/sync/PgNoteHistoryWriter.h"

#include "server/service/tenancy/ActingRole.h"
#include "server/storage/TenantTransaction.h"
#include "shared/sync/MutationCodec.h"
#include "shared/sync/NoteHistory.h"

#include <pqxx/pqxx>

namespace fitflow::storage {

namespace {

using sync::NoteAmendment;
using sync::NoteEdit;
using sync::NoteHistory;
using sync::NoteMutation;
using sync::NoteSignature;

Action actionOf(const NoteMutation& mutation)
{
    if (std::holds_alternative<NoteSignature>(mutation)) {
        return Action::Sign;
    }
    if (std::holds_alternative<NoteAmendment>(mutation)) {
        return Action::Amend;
    }
    return Action::Update;
}

const sync::Hlc& stampOf(const NoteMutation& mutation)
{
    return std::visit([](const auto& change) -> const sync::Hlc& { return change.stamp; },
                      mutation);
}

NoteHistory loadHistory(pqxx::transaction_base& tx, const SyncMutationActor& actor,
                        const std::string& noteId, bool& alreadyHas, const std::string& stamp)
{
    NoteHistory history;
    const auto rows = tx.exec_params("SELECT stamp, mutation::text FROM note_sync_mutations "
                                     "WHERE org_id = $1 AND note_id = $2 ORDER BY stamp",
                                     actor.orgId, noteId);
    for (const auto& row : rows) {
        alreadyHas = alreadyHas || row[0].as<std::string>() == stamp;
        const auto stored =
            sync::noteMutationFromJson(nlohmann::json::parse(row[1].as<std::string>()));
        if (stored) {
            history.apply(*stored);
        }
    }
    return history;
}

Status checkApplicable(const NoteHistory& history, const NoteMutation& mutation)
{
    if (std::holds_alternative<NoteEdit>(mutation) && history.isSigned()) {
        return makeError("note_signed", "the note is signed: add an amendment instead");
    }
    if (const auto* signature = std::get_if<NoteSignature>(&mutation)) {
        if (history.isSigned()) {
            return makeError("note_signed", "the note is already signed");
        }
        bool known = false;
        for (const auto& head : history.heads()) {
            known = known || head == signature->signedVersion;
        }
        if (!known) {
            return makeError("invalid_value", "only a current version of the note can be signed",
                             "note.signed_version");
        }
    }
    if (std::holds_alternative<NoteAmendment>(mutation) && !history.isSigned()) {
        return makeError("note_not_signed", "only a signed note is amended; edit it instead");
    }
    return {};
}

void appendRevision(pqxx::transaction_base& tx, const SyncMutationActor& actor,
                    const std::string& noteId, const std::string& body, bool isAmendment)
{
    tx.exec_params("INSERT INTO note_revisions (org_id, note_id, revision_no, body, is_amendment, "
                   "author_user_id) "
                   "SELECT $1, $2, coalesce(max(revision_no), 0) + 1, $3, $4, $5 "
                   "FROM note_revisions WHERE org_id = $1 AND note_id = $2",
                   actor.orgId, noteId, body, isAmendment, actor.userId);
}

} // namespace

Status applyNoteMutation(pqxx::transaction_base& transaction, const SyncMutationActor& actor,
                         const std::string& noteId, const NoteMutation& mutation)
{
    const auto role =
        service::chooseActingRole(actor.heldRoles, actionOf(mutation), Resource::Note);
    if (!role) {
        return makeError("forbidden", "your role in this organization does not allow this");
    }
    setTenantContext(transaction, TenantContext{actor.orgId, actor.userId,
                                                std::string(enumToName(kRoleNames, *role))});
    if (transaction
            .exec_params("SELECT 1 FROM notes WHERE org_id = $1 AND id = $2 FOR UPDATE",
                         actor.orgId, noteId)
            .empty()) {
        return makeError("not_found", "no such note: write its header first");
    }
    const std::string stamp = stampOf(mutation).toString();
    bool alreadyHas = false;
    NoteHistory history = loadHistory(transaction, actor, noteId, alreadyHas, stamp);
    if (alreadyHas) {
        return {}; // a re-delivered change
    }
    if (auto applicable = checkApplicable(history, mutation); !applicable) {
        return applicable;
    }
    transaction.exec_params("INSERT INTO note_sync_mutations (org_id, note_id, stamp, mutation, "
                            "user_id) VALUES ($1, $2, $3, $4::jsonb, $5)",
                            actor.orgId, noteId, stamp, sync::noteMutationToJson(mutation).dump(),
                            actor.userId);
    const std::string before = history.view().text;
    history.apply(mutation);
    if (const auto* amendment = std::get_if<NoteAmendment>(&mutation)) {
        appendRevision(transaction, actor, noteId, amendment->text, true);
    } else if (std::holds_alternative<NoteSignature>(mutation)) {
        transaction.exec_params("UPDATE notes SET signed_at = now() WHERE org_id = $1 AND id = $2",
                                actor.orgId, noteId);
    } else if (history.view().text != before) {
        appendRevision(transaction, actor, noteId, history.view().text, false);
    }
    return {};
}

} // namespace fitflow::storage
