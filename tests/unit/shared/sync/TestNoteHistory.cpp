#include "shared/sync/NoteHistory.h"

#include <gtest/gtest.h>

namespace fitflow::sync {
namespace {

const std::string kPhone = "01932c07-2a4b-7c3d-8e5f-0000000000a1";
const std::string kLaptop = "01932c07-2a4b-7c3d-8e5f-0000000000b2";

Hlc at(std::int64_t milliseconds, const std::string& device)
{
    return Hlc{Instant{std::chrono::milliseconds{milliseconds}}, 0, device};
}

// A note written on the phone and synced to both devices.
NoteHistory startedNote()
{
    NoteHistory note;
    note.apply(NoteEdit{at(1000, kPhone), {}, "S: sore knee"});
    return note;
}

TEST(NoteHistory, sequentialEditsReplaceTheText)
{
    NoteHistory note = startedNote();
    note.apply(*note.makeEdit("S: sore left knee", at(2000, kPhone)));
    const NoteView view = note.view();
    EXPECT_EQ(view.text, "S: sore left knee");
    EXPECT_FALSE(view.conflict);
    EXPECT_TRUE(view.conflictingTexts.empty());
}

TEST(NoteHistory, concurrentEditsKeepBothTextsAndFlagTheNote)
{
    NoteHistory phone = startedNote();
    NoteHistory laptop = startedNote();
    const NoteEdit phoneEdit = *phone.makeEdit("phone text", at(2000, kPhone));
    const NoteEdit laptopEdit = *laptop.makeEdit("laptop text", at(3000, kLaptop));
    phone.apply(phoneEdit);
    phone.apply(laptopEdit);
    laptop.apply(laptopEdit);
    laptop.apply(phoneEdit);

    EXPECT_EQ(phone, laptop);
    const NoteView view = phone.view();
    EXPECT_TRUE(view.conflict);
    EXPECT_EQ(view.text, "laptop text"); // the newer one is shown first
    EXPECT_EQ(view.conflictingTexts, std::vector<std::string>{"phone text"});
}

TEST(NoteHistory, anEditThatSawBothVersionsResolvesTheConflict)
{
    NoteHistory note = startedNote();
    note.apply(NoteEdit{at(2000, kPhone), {at(1000, kPhone)}, "phone text"});
    note.apply(NoteEdit{at(3000, kLaptop), {at(1000, kPhone)}, "laptop text"});
    ASSERT_TRUE(note.view().conflict);
    EXPECT_EQ(note.makeSignature(at(3500, kPhone)).error().code, "note_conflict");
    note.apply(*note.makeEdit("merged text", at(4000, kPhone)));
    EXPECT_FALSE(note.view().conflict);
    EXPECT_EQ(note.view().text, "merged text");
}

TEST(NoteHistory, signedNotesAreImmutableAndTakeAmendments)
{
    NoteHistory note = startedNote();
    EXPECT_EQ(note.makeAmendment("late addition", at(1500, kPhone)).error().code,
              "note_not_signed");
    note.apply(*note.makeSignature(at(2000, kPhone)));
    EXPECT_TRUE(note.view().isSigned);
    EXPECT_EQ(note.makeEdit("changed", at(3000, kPhone)).error().code, "note_signed");
    EXPECT_EQ(note.makeSignature(at(3000, kPhone)).error().code, "note_signed");
    note.apply(*note.makeAmendment("A: swelling gone next day", at(4000, kPhone)));
    const NoteView view = note.view();
    EXPECT_EQ(view.text, "S: sore knee");
    EXPECT_EQ(view.amendments, std::vector<std::string>{"A: swelling gone next day"});
    // When and on which device it was written, for the editor to show.
    EXPECT_EQ(view.amendmentStamps, std::vector<Hlc>{at(4000, kPhone)});
}

TEST(NoteHistory, anEditConcurrentWithSigningIsKeptButNeverReplacesTheSignedText)
{
    NoteHistory note = startedNote();
    // The laptop, offline, edits the note the phone has just signed.
    const NoteEdit offlineEdit{at(5000, kLaptop), {at(1000, kPhone)}, "edited offline"};
    note.apply(offlineEdit);
    note.apply(NoteSignature{at(2000, kPhone), at(1000, kPhone)});
    const NoteView view = note.view();
    EXPECT_EQ(view.text, "S: sore knee");
    EXPECT_TRUE(view.conflict);
    EXPECT_EQ(view.conflictingTexts, std::vector<std::string>{"edited offline"});
}

TEST(NoteHistory, theFirstSignatureWins)
{
    NoteHistory note = startedNote();
    note.apply(NoteEdit{at(3000, kLaptop), {at(1000, kPhone)}, "second version"});
    NoteHistory other = note;
    const NoteSignature early{at(2000, kPhone), at(1000, kPhone)};
    const NoteSignature late{at(4000, kLaptop), at(3000, kLaptop)};
    note.apply(late);
    note.apply(early);
    other.apply(early);
    other.apply(late);
    EXPECT_EQ(note, other);
    EXPECT_EQ(note.view().text, "S: sore knee");
}

TEST(NoteHistory, emptyNotesCannotBeSigned)
{
    const NoteHistory note;
    EXPECT_EQ(note.makeSignature(at(1000, kPhone)).error().code, "note_empty");
    EXPECT_EQ(note.view().text, "");
}

} // namespace
} // namespace fitflow::sync
