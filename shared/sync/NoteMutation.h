#pragma once
// Changes to a session note's text. Notes are never merged by last-writer-wins: each edit names
// the versions its author saw (`bases`), so concurrent edits are recognisable and both kept.
// Signing pins one version for good; later changes are amendments beside it.

#include "shared/sync/Hlc.h"

#include <string>
#include <variant>
#include <vector>

namespace fitflow::sync {

struct NoteEdit {
    Hlc stamp;
    std::vector<Hlc> bases; // the heads the author saw; empty for the first version
    std::string text;

    friend auto operator<=>(const NoteEdit&, const NoteEdit&) = default;
};

struct NoteSignature {
    Hlc stamp;
    Hlc signedVersion; // stamp of the NoteEdit being signed

    friend bool operator==(const NoteSignature&, const NoteSignature&) = default;
};

struct NoteAmendment {
    Hlc stamp;
    std::string text;

    friend bool operator==(const NoteAmendment&, const NoteAmendment&) = default;
};

using NoteMutation = std::variant<NoteEdit, NoteSignature, NoteAmendment>;

} // namespace fitflow::sync
