#pragma once
// A trainer's note about a session (design §2): SOAP sections or free text. Signed notes are
// immutable; later corrections are amendments beside the signed text. `conflict` marks a note
// whose concurrent edits were both kept by sync (shared/sync/NoteHistory) until the author
// resolves them.

#include "shared/codec/EnumNames.h"
#include "shared/codec/TextFormats.h"
#include "shared/core/Result.h"

#include <nlohmann/json.hpp>

#include <array>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace fitflow {

class JsonReader;

struct SoapSections {
    std::string subjective;
    std::string objective;
    std::string assessment;
    std::string plan;

    friend bool operator==(const SoapSections&, const SoapSections&) = default;
};

struct NoteAmendmentEntry {
    std::string id;
    std::string authorUserId;
    Instant createdAt{};
    std::string text;

    friend bool operator==(const NoteAmendmentEntry&, const NoteAmendmentEntry&) = default;
};

struct SessionNote {
    std::string id;
    std::string orgId;
    std::string sessionId;
    std::string clientId;
    std::string authorUserId;
    std::variant<SoapSections, std::string> body; // SOAP sections, or free text
    bool sharedWithClient = false;
    std::optional<Instant> signedAt;            // set exactly when the note is signed
    std::vector<NoteAmendmentEntry> amendments; // only on signed notes
    bool conflict = false;

    bool isSigned() const { return signedAt.has_value(); }

    nlohmann::json toJson() const;
    static Result<SessionNote> fromJson(const nlohmann::json& json);

    friend bool operator==(const SessionNote&, const SessionNote&) = default;
};

} // namespace fitflow
