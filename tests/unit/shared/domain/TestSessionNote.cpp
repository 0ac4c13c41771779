#include "shared/domain/SessionNote.h"

#include "tests/unit/shared/domain/CodecExpectations.h"

namespace fitflow {
namespace {

using namespace fitflow::testing;
using nlohmann::json;

const json kSignedSoap = json::parse(R"({"id":"01932c07-2a4b-7c3d-8e5f-000000000007",
    "org_id":"01932c07-2a4b-7c3d-8e5f-000000000001",
    "session_id":"01932c07-2a4b-7c3d-8e5f-000000000010",
    "client_id":"01932c07-2a4b-7c3d-8e5f-000000000005",
    "author_user_id":"01932c07-2a4b-7c3d-8e5f-000000000003",
    "format":"soap",
    "soap":{"subjective":"Sore left knee","objective":"Mild swelling",
            "assessment":"Overuse","plan":"Reduce squat load"},
    "shared_with_client":true,"signed":true,"signed_at":"2026-03-15T15:00:00Z",
    "amendments":[{"id":"01932c07-2a4b-7c3d-8e5f-000000000011",
                   "author_user_id":"01932c07-2a4b-7c3d-8e5f-000000000003",
                   "created_at":"2026-03-16T09:30:00.500Z","text":"Swelling gone next day"}],
    "conflict":false})");

json freeTextDraft()
{
    json note = kSignedSoap;
    note.erase("soap");
    note.erase("signed_at");
    note["format"] = "free_text";
    note["text"] = "Line one\nLine two";
    note["signed"] = false;
    note["amendments"] = json::array();
    return note;
}

TEST(SessionNote, decodesAndEncodesASignedSoapNote)
{
    const auto note = decoded<SessionNote>(kSignedSoap);
    ASSERT_TRUE(std::holds_alternative<SoapSections>(note.body));
    EXPECT_EQ(std::get<SoapSections>(note.body).plan, "Reduce squat load");
    EXPECT_TRUE(note.isSigned());
    ASSERT_EQ(note.amendments.size(), 1u);
    EXPECT_EQ(note.amendments[0].text, "Swelling gone next day");
    EXPECT_EQ(note.toJson(), kSignedSoap);
}

TEST(SessionNote, decodesAndEncodesAFreeTextDraft)
{
    const auto note = decoded<SessionNote>(freeTextDraft());
    EXPECT_EQ(std::get<std::string>(note.body), "Line one\nLine two");
    EXPECT_FALSE(note.isSigned());
    EXPECT_EQ(note.toJson(), freeTextDraft());
}

TEST(SessionNote, signingRulesAreEnforced)
{
    expectRejected<SessionNote>(without(kSignedSoap, "signed_at"), "missing_field", "signed_at");
    json unsignedWithAmendments = kSignedSoap;
    unsignedWithAmendments["signed"] = false;
    unsignedWithAmendments.erase("signed_at");
    expectRejected<SessionNote>(unsignedWithAmendments, "invalid_value", "amendments");
    expectRejected<SessionNote>(with(freeTextDraft(), "signed_at", "2026-03-15T15:00:00Z"),
                                "invalid_value", "signed_at");
}

TEST(SessionNote, bodyMatchesItsFormat)
{
    expectRejected<SessionNote>(with(kSignedSoap, "text", "both"), "unknown_field", "text");
    expectRejected<SessionNote>(with(freeTextDraft(), "format", "soap"), "missing_field", "soap");
    expectRejected<SessionNote>(with(kSignedSoap, "format", "markdown"), "invalid_value", "format");
    json missingSection = kSignedSoap;
    missingSection["soap"].erase("plan");
    expectRejected<SessionNote>(missingSection, "missing_field", "soap.plan");
    json extraSection = kSignedSoap;
    extraSection["soap"]["diagnosis"] = "x";
    expectRejected<SessionNote>(extraSection, "unknown_field", "soap.diagnosis");
    expectRejected<SessionNote>(with(freeTextDraft(), "text", std::string(20'001, 'x')),
                                "out_of_range", "text");
}

TEST(SessionNote, amendmentsAreCheckedWithTheirIndex)
{
    json note = kSignedSoap;
    note["amendments"].push_back(note["amendments"][0]);
    note["amendments"][1]["text"] = "";
    expectRejected<SessionNote>(note, "invalid_value", "amendments[1].text");
    note["amendments"][1]["text"] = 3;
    expectRejected<SessionNote>(note, "wrong_type", "amendments[1].text");
    note["amendments"][1] = "text";
    expectRejected<SessionNote>(note, "wrong_type", "amendments[1]");
}

} // namespace
} // namespace fitflow
