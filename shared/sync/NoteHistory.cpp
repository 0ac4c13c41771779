#include "shared/sync/NoteHistory.h"

#include <algorithm>
#include <set>

namespace fitflow::sync {

void NoteHistory::apply(const NoteMutation& mutation)
{
    std::visit(
        [this](const auto& change) {
            using T = std::decay_t<decltype(change)>;
            if constexpr (std::is_same_v<T, NoteEdit>) {
                addEdit(change);
            } else if constexpr (std::is_same_v<T, NoteSignature>) {
                addSignature(change);
            } else {
                addAmendment(change);
            }
        },
        mutation);
}

void NoteHistory::merge(const NoteHistory& other)
{
    for (const auto& [stamp, edit] : other.m_edits) {
        addEdit(edit);
    }
    if (other.m_signature) {
        addSignature(*other.m_signature);
    }
    for (const auto& [stamp, text] : other.m_amendments) {
        addAmendment(NoteAmendment{stamp, text});
    }
}

// A stamp identifies one edit; should a faulty device reuse one, the larger edit wins
// everywhere, which keeps replicas equal.
void NoteHistory::addEdit(const NoteEdit& edit)
{
    auto [it, inserted] = m_edits.try_emplace(edit.stamp, edit);
    if (!inserted && it->second < edit) {
        it->second = edit;
    }
}

// The first signature wins: a note is signed once, and a second device signing concurrently
// changes nothing.
void NoteHistory::addSignature(const NoteSignature& signature)
{
    if (!m_signature || signature.stamp < m_signature->stamp) {
        m_signature = signature;
    }
}

void NoteHistory::addAmendment(const NoteAmendment& amendment)
{
    auto [it, inserted] = m_amendments.try_emplace(amendment.stamp, amendment.text);
    if (!inserted && it->second < amendment.text) {
        it->second = amendment.text;
    }
}

std::vector<Hlc> NoteHistory::heads() const
{
    std::set<Hlc> builtOn;
    for (const auto& [stamp, edit] : m_edits) {
        builtOn.insert(edit.bases.begin(), edit.bases.end());
    }
    std::vector<Hlc> result;
    for (const auto& [stamp, edit] : m_edits) {
        if (!builtOn.contains(stamp)) {
            result.push_back(stamp);
        }
    }
    return result;
}

NoteView NoteHistory::view() const
{
    NoteView view;
    std::vector<Hlc> candidates = heads();
    std::optional<Hlc> current;
    if (m_signature && m_edits.contains(m_signature->signedVersion)) {
        current = m_signature->signedVersion;
    } else if (!candidates.empty()) {
        current = candidates.back();
    }
    if (current) {
        view.text = m_edits.at(*current).text;
    }
    for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
        if (*it != current) {
            view.conflictingTexts.push_back(m_edits.at(*it).text);
        }
    }
    view.conflict = !view.conflictingTexts.empty();
    view.isSigned = m_signature.has_value();
    for (const auto& [stamp, text] : m_amendments) {
        view.amendments.push_back(text);
        view.amendmentStamps.push_back(stamp);
    }
    return view;
}

Result<NoteEdit> NoteHistory::makeEdit(std::string text, Hlc stamp) const
{
    if (isSigned()) {
        return makeError("note_signed", "a signed note cannot be edited; add an amendment");
    }
    return NoteEdit{std::move(stamp), heads(), std::move(text)};
}

Result<NoteSignature> NoteHistory::makeSignature(Hlc stamp) const
{
    if (isSigned()) {
        return makeError("note_signed", "the note is already signed");
    }
    const std::vector<Hlc> current = heads();
    if (current.empty()) {
        return makeError("note_empty", "an empty note cannot be signed");
    }
    if (current.size() > 1) {
        return makeError("note_conflict", "resolve the conflicting versions before signing");
    }
    return NoteSignature{std::move(stamp), current.front()};
}

Result<NoteAmendment> NoteHistory::makeAmendment(std::string text, Hlc stamp) const
{
    if (!isSigned()) {
        return makeError("note_not_signed", "only signed notes are amended; edit it instead");
    }
    return NoteAmendment{std::move(stamp), std::move(text)};
}

} // namespace fitflow::sync
