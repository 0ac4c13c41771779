#include "shared/domain/SessionNote.h"

#include "shared/codec/JsonReader.h"
#include "shared/domain/FieldLimits.h"

namespace fitflow {
namespace {

enum class NoteFormat { Soap, FreeText };

constexpr std::array<EnumName<NoteFormat>, 2> kNoteFormatNames{{
    {NoteFormat::Soap, "soap"},
    {NoteFormat::FreeText, "free_text"},
}};

// Note text may span lines and may be empty while drafting, but is bounded.
std::string readNoteText(JsonReader& r, std::string_view key, std::size_t maxBytes)
{
    std::string text = r.string(key);
    if (text.size() > maxBytes) {
        r.fail("out_of_range", "text is too long", key);
        return {};
    }
    return text;
}

SoapSections readSoap(JsonReader& r)
{
    SoapSections soap;
    soap.subjective = readNoteText(r, "subjective", kMaxNoteSectionBytes);
    soap.objective = readNoteText(r, "objective", kMaxNoteSectionBytes);
    soap.assessment = readNoteText(r, "assessment", kMaxNoteSectionBytes);
    soap.plan = readNoteText(r, "plan", kMaxNoteSectionBytes);
    return soap;
}

NoteAmendmentEntry readAmendment(JsonReader& r)
{
    NoteAmendmentEntry amendment;
    amendment.id = r.uuid("id");
    amendment.authorUserId = r.uuid("author_user_id");
    amendment.createdAt = r.instant("created_at");
    amendment.text = readNoteText(r, "text", kMaxAmendmentBytes);
    if (r.ok() && amendment.text.empty()) {
        r.fail("invalid_value", "an amendment says something", "text");
    }
    return amendment;
}

nlohmann::json amendmentToJson(const NoteAmendmentEntry& amendment)
{
    return {{"id", amendment.id},
            {"author_user_id", amendment.authorUserId},
            {"created_at", formatUtcInstant(amendment.createdAt)},
            {"text", amendment.text}};
}

} // namespace

nlohmann::json SessionNote::toJson() const
{
    nlohmann::json json = {{"id", id},
                           {"org_id", orgId},
                           {"session_id", sessionId},
                           {"client_id", clientId},
                           {"author_user_id", authorUserId},
                           {"shared_with_client", sharedWithClient},
                           {"signed", isSigned()},
                           {"conflict", conflict},
                           {"amendments", nlohmann::json::array()}};
    if (const auto* soap = std::get_if<SoapSections>(&body)) {
        json["format"] = enumToName(kNoteFormatNames, NoteFormat::Soap);
        json["soap"] = {{"subjective", soap->subjective},
                        {"objective", soap->objective},
                        {"assessment", soap->assessment},
                        {"plan", soap->plan}};
    } else {
        json["format"] = enumToName(kNoteFormatNames, NoteFormat::FreeText);
        json["text"] = std::get<std::string>(body);
    }
    if (signedAt) {
        json["signed_at"] = formatUtcInstant(*signedAt);
    }
    for (const auto& amendment : amendments) {
        json["amendments"].push_back(amendmentToJson(amendment));
    }
    return json;
}

Result<SessionNote> SessionNote::fromJson(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& r) {
        SessionNote note;
        note.id = r.uuid("id");
        note.orgId = r.uuid("org_id");
        note.sessionId = r.uuid("session_id");
        note.clientId = r.uuid("client_id");
        note.authorUserId = r.uuid("author_user_id");
        if (r.enumeration("format", kNoteFormatNames) == NoteFormat::Soap) {
            note.body = r.object("soap", readSoap);
        } else {
            note.body = readNoteText(r, "text", kMaxNoteSectionBytes);
        }
        note.sharedWithClient = r.boolean("shared_with_client");
        const bool isSigned = r.boolean("signed");
        if (isSigned) {
            note.signedAt = r.instant("signed_at");
        } else if (r.has("signed_at")) {
            r.fail("invalid_value", "an unsigned note has no signing time", "signed_at");
        }
        note.amendments = r.array("amendments", readAmendment);
        note.conflict = r.boolean("conflict");
        if (r.ok() && !isSigned && !note.amendments.empty()) {
            r.fail("invalid_value", "only signed notes have amendments", "amendments");
        }
        return note;
    });
}

} // namespace fitflow
