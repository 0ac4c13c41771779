#pragma once
// Applies one note text mutation (edit, sign, amend) inside the push transaction: rebuilds the
// note's NoteHistory from note_sync_mutations, refuses what can never apply (an edit or second
// signature of a signed note, an amendment of an unsigned one), stores the mutation, and keeps
// the REST view current (note_revisions gets the visible text; signing sets signed_at).

#include "server/storage/sync/SyncMutationActor.h"
#include "shared/core/Result.h"
#include "shared/sync/NoteMutation.h"

namespace pqxx {
class transaction_base;
} // namespace pqxx

namespace fitflow::storage {

// A rejection (`not_found`, `forbidden`, `note_signed`, `note_not_signed`, `invalid_value`) as
// an Error; SQL failures throw.
Status applyNoteMutation(pqxx::transaction_base& transaction, const SyncMutationActor& actor,
                         const std::string& noteId, const sync::NoteMutation& mutation);

} // namespace fitflow::storage
