#pragma once
// The replicated state of one note's text: every version, the signature and the amendments.
// Like LwwRecord, apply() and merge() are order-independent and idempotent. What a reader sees
// is derived by view(): the newest version that no other version builds on is the text; any
// other such "head" is a concurrent edit, kept and flagged as a conflict. Once signed, the
// signed version is the text for good and every edit not leading to it is a conflict.

#include "shared/core/Result.h"
#include "shared/sync/NoteMutation.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::sync {

struct NoteView {
    std::string text;
    std::vector<std::string> conflictingTexts; // other heads, newest first
    bool conflict = false;
    bool isSigned = false;
    std::vector<std::string> amendments; // oldest first
    std::vector<Hlc> amendmentStamps;    // when and on which device each was written, same order
};

class NoteHistory {
public:
    void apply(const NoteMutation& mutation);
    void merge(const NoteHistory& other);

    NoteView view() const;
    bool isSigned() const { return m_signature.has_value(); }
    // Versions no other version builds on, oldest first.
    std::vector<Hlc> heads() const;

    // The edit an author makes after reading view(): it builds on every head, which resolves
    // a conflict. Error `note_signed` once signed (amend instead).
    Result<NoteEdit> makeEdit(std::string text, Hlc stamp) const;
    // Signs the current text. Errors: `note_signed`, `note_empty`, `note_conflict` (resolve first).
    Result<NoteSignature> makeSignature(Hlc stamp) const;
    // Error `note_not_signed`: unsigned notes are edited, not amended.
    Result<NoteAmendment> makeAmendment(std::string text, Hlc stamp) const;

    friend bool operator==(const NoteHistory&, const NoteHistory&) = default;

private:
    void addEdit(const NoteEdit& edit);
    void addSignature(const NoteSignature& signature);
    void addAmendment(const NoteAmendment& amendment);

    std::map<Hlc, NoteEdit> m_edits;
    std::optional<NoteSignature> m_signature;
    std::map<Hlc, std::string> m_amendments;
};

} // namespace fitflow::sync
