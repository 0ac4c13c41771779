#include "shared/clients/ClientTags.h"

#include <gtest/gtest.h>

namespace fitflow::clients {
namespace {

TEST(ClientTags, CanonicalFormIsTrimmedUniqueAndSorted)
{
    EXPECT_EQ(canonicalTags({" morning", "knee ", "", "  ", "knee", "Évening"}),
              (std::vector<std::string>{"knee", "morning", "Évening"}));
    EXPECT_TRUE(canonicalTags({}).empty());
}

TEST(ClientTags, AcceptsExactlyTheCanonicalForm)
{
    EXPECT_TRUE(checkTagList(nlohmann::json::array()));
    EXPECT_TRUE(checkTagList({"knee", "morning"}));
    EXPECT_FALSE(checkTagList({"morning", "knee"})); // unsorted
    EXPECT_FALSE(checkTagList({"knee", "knee"}));    // duplicate
    EXPECT_FALSE(checkTagList({" knee"}));           // untrimmed
    EXPECT_FALSE(checkTagList({""}));                // empty
    EXPECT_FALSE(checkTagList({"line\nbreak"}));     // control character
    EXPECT_FALSE(checkTagList({"knee", 3}));         // not a string
    EXPECT_FALSE(checkTagList("knee"));              // not an array
    EXPECT_FALSE(checkTagList(nullptr));
    const auto error = checkTagList({"b", "a"});
    ASSERT_FALSE(error);
    EXPECT_EQ(error.error().code, "invalid_value");
    EXPECT_EQ(error.error().path, "tags");
}

TEST(ClientTags, LimitsCountCharactersNotBytes)
{
    const std::string accented(kMaxTagCharacters, 'a');
    std::string thirtyTwoAccents;
    for (std::size_t i = 0; i < kMaxTagCharacters; ++i) {
        thirtyTwoAccents += "é"; // two bytes each
    }
    EXPECT_TRUE(checkTagList({accented}));
    EXPECT_TRUE(checkTagList({thirtyTwoAccents}));
    EXPECT_FALSE(checkTagList({accented + "a"}));

    std::vector<std::string> many;
    for (std::size_t i = 0; i <= kMaxTags; ++i) {
        many.push_back("tag" + std::to_string(100 + i));
    }
    EXPECT_FALSE(checkTagList(many));
    many.pop_back();
    EXPECT_TRUE(checkTagList(many));
}

} // namespace
} // namespace fitflow::clients
