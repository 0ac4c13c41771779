#include "shared/sync/MutationCodec.h"

#include "shared/codec/EnumNames.h"
#include "shared/codec/JsonReader.h"

#include <array>

namespace fitflow::sync {
namespace {

constexpr std::array<EnumName<RecordOperation>, 3> kRecordOperationNames{{
    {RecordOperation::Write, "write"},
    {RecordOperation::Delete, "delete"},
    {RecordOperation::Undelete, "undelete"},
}};

enum class NoteMutationKind { Edit, Sign, Amend };

constexpr std::array<EnumName<NoteMutationKind>, 3> kNoteMutationKindNames{{
    {NoteMutationKind::Edit, "edit"},
    {NoteMutationKind::Sign, "sign"},
    {NoteMutationKind::Amend, "amend"},
}};

// A bound on the ancestry of one edit: more heads than this means a broken client.
constexpr std::size_t kMaxNoteBases = 64;
constexpr std::size_t kMaxNoteTextBytes = 100'000;

Hlc readHlc(JsonReader& r, std::string_view key)
{
    const std::string text = r.string(key);
    if (!r.ok()) {
        return {};
    }
    auto stamp = Hlc::parse(text);
    if (!stamp.ok()) {
        r.fail("invalid_value", stamp.error().message, key);
        return {};
    }
    return std::move(stamp).value();
}

std::vector<Hlc> readHlcArray(JsonReader& r, std::string_view key)
{
    std::vector<Hlc> stamps;
    const std::vector<std::string> texts = r.stringArray(key);
    if (texts.size() > kMaxNoteBases) {
        r.fail("out_of_range", "too many base versions", key);
        return {};
    }
    for (std::size_t i = 0; i < texts.size(); ++i) {
        auto stamp = Hlc::parse(texts[i]);
        if (!stamp.ok()) {
            r.fail("invalid_value", stamp.error().message,
                   std::string(key) + "[" + std::to_string(i) + "]");
            return {};
        }
        stamps.push_back(std::move(stamp).value());
    }
    return stamps;
}

std::string readNoteText(JsonReader& r)
{
    std::string text = r.string("text");
    if (text.size() > kMaxNoteTextBytes) {
        r.fail("out_of_range", "note text is too long", "text");
        return {};
    }
    return text;
}

} // namespace

nlohmann::json recordMutationToJson(const RecordMutation& mutation)
{
    nlohmann::json json = {{"operation", enumToName(kRecordOperationNames, mutation.operation)},
                           {"stamp", mutation.stamp.toString()}};
    if (mutation.operation == RecordOperation::Write) {
        json["fields"] = mutation.fields;
    }
    return json;
}

Result<RecordMutation> recordMutationFromJson(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& r) {
        RecordMutation mutation;
        mutation.operation = r.enumeration("operation", kRecordOperationNames);
        mutation.stamp = readHlc(r, "stamp");
        if (r.ok() && mutation.operation == RecordOperation::Write) {
            const nlohmann::json fields = r.raw("fields");
            if (!fields.is_object()) {
                r.fail("wrong_type", "expected an object", "fields");
            } else if (fields.empty()) {
                r.fail("invalid_value", "a write changes at least one field", "fields");
            } else {
                mutation.fields = fields.get<std::map<std::string, nlohmann::json>>();
            }
        }
        return mutation;
    });
}

nlohmann::json noteMutationToJson(const NoteMutation& mutation)
{
    if (const auto* edit = std::get_if<NoteEdit>(&mutation)) {
        nlohmann::json bases = nlohmann::json::array();
        for (const Hlc& base : edit->bases) {
            bases.push_back(base.toString());
        }
        return {{"kind", "edit"},
                {"stamp", edit->stamp.toString()},
                {"bases", bases},
                {"text", edit->text}};
    }
    if (const auto* signature = std::get_if<NoteSignature>(&mutation)) {
        return {{"kind", "sign"},
                {"stamp", signature->stamp.toString()},
                {"signed_version", signature->signedVersion.toString()}};
    }
    const auto& amendment = std::get<NoteAmendment>(mutation);
    return {{"kind", "amend"}, {"stamp", amendment.stamp.toString()}, {"text", amendment.text}};
}

Result<NoteMutation> noteMutationFromJson(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& r) -> NoteMutation {
        const NoteMutationKind kind = r.enumeration("kind", kNoteMutationKindNames);
        Hlc stamp = readHlc(r, "stamp");
        switch (kind) {
        case NoteMutationKind::Edit: {
            std::vector<Hlc> bases = readHlcArray(r, "bases");
            return NoteEdit{std::move(stamp), std::move(bases), readNoteText(r)};
        }
        case NoteMutationKind::Sign:
            return NoteSignature{std::move(stamp), readHlc(r, "signed_version")};
        case NoteMutationKind::Amend:
            return NoteAmendment{std::move(stamp), readNoteText(r)};
        }
        return NoteEdit{};
    });
}

} // namespace fitflow::sync
