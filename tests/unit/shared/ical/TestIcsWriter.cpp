#include "shared/ical/IcsWriter.h"

#include <gtest/gtest.h>

namespace fitflow::ical {
namespace {

TEST(IcsWriter, EscapesTextSpecials)
{
    EXPECT_EQ(escapeText(R"(a\b;c,d)"), R"(a\\b\;c\,d)");
    EXPECT_EQ(escapeText("line one\nline two\r\nline three"), R"(line one\nline two\nline three)");
    EXPECT_EQ(escapeText("tab\tkept, bell\a dropped"), "tab\tkept\\, bell dropped");
    EXPECT_EQ(escapeText("colon: stays"), "colon: stays");
}

TEST(IcsWriter, ShortLinesAreNotFolded)
{
    const std::string line(75, 'x');
    EXPECT_EQ(foldLine(line), line + "\r\n");
}

TEST(IcsWriter, LongLinesFoldAt75OctetsWithCrlfSpace)
{
    const std::string line(200, 'x');
    const std::string folded = foldLine(line);
    EXPECT_EQ(folded, std::string(75, 'x') + "\r\n " + std::string(74, 'x') + "\r\n " +
                          std::string(51, 'x') + "\r\n");
}

TEST(IcsWriter, FoldingNeverSplitsAUtf8Character)
{
    // 74 ASCII octets, then "é" (2 octets) would straddle octet 75: it moves to the next line.
    const std::string line = std::string(74, 'a') + "\xC3\xA9" + "b";
    EXPECT_EQ(foldLine(line), std::string(74, 'a') + "\r\n \xC3\xA9" + "b\r\n");

    // A long run of 3-octet characters: every physical line stays within 75 octets and
    // starts on a character boundary.
    std::string euros;
    for (int i = 0; i < 60; ++i) {
        euros += "\xE2\x82\xAC";
    }
    const std::string folded = foldLine(euros);
    std::size_t pos = 0;
    std::string rejoined;
    bool first = true;
    while (pos < folded.size()) {
        const auto end = folded.find("\r\n", pos);
        std::string physical = folded.substr(pos, end - pos);
        EXPECT_LE(physical.size(), 75u);
        if (!first) {
            ASSERT_EQ(physical.front(), ' ');
            physical.erase(0, 1);
        }
        EXPECT_NE(static_cast<unsigned char>(physical.front()) & 0xC0, 0x80);
        rejoined += physical;
        first = false;
        pos = end + 2;
    }
    EXPECT_EQ(rejoined, euros);
}

TEST(IcsWriter, WritesPropertiesWithCrlf)
{
    IcsWriter writer;
    writer.begin("VEVENT");
    writer.textProperty("SUMMARY", "Run, then stretch");
    writer.property("DTSTART;TZID=America/Toronto", "20260302T070000");
    writer.end("VEVENT");
    EXPECT_EQ(writer.text(), "BEGIN:VEVENT\r\nSUMMARY:Run\\, then stretch\r\n"
                             "DTSTART;TZID=America/Toronto:20260302T070000\r\nEND:VEVENT\r\n");
}

} // namespace
} // namespace fitflow::ical
