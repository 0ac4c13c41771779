#include "server/service/audit/AuditCheckpoint.h"

#include <gtest/gtest.h>

namespace fitflow::audit {

namespace {

AuditCheckpoint sample()
{
    AuditCheckpoint checkpoint;
    checkpoint.time = std::chrono::sys_seconds(std::chrono::seconds(1'795'634'400));
    checkpoint.sequence = 4711;
    checkpoint.hash = sha256("event 4711");
    return checkpoint;
}

} // namespace

TEST(AuditCheckpoint, LineRoundTrips)
{
    const AuditCheckpoint checkpoint = sample();
    const std::string line = formatCheckpointLine(checkpoint);
    EXPECT_EQ(line.find('\n'), std::string::npos);
    EXPECT_NE(line.find("\"time\":\"2026-11-25T19:20:00Z\""), std::string::npos) << line;
    EXPECT_NE(line.find("\"last_sequence\":4711"), std::string::npos) << line;
    const auto parsed = parseCheckpointLine(line);
    ASSERT_TRUE(parsed) << parsed.error().message;
    EXPECT_EQ(parsed->time, checkpoint.time);
    EXPECT_EQ(parsed->sequence, checkpoint.sequence);
    EXPECT_EQ(parsed->hash, checkpoint.hash);
}

TEST(AuditCheckpoint, RefusesMalformedLinesNamingTheField)
{
    const std::string hash = toHex(sha256("x"));
    const std::pair<std::string, std::string> cases[] = {
        {"not json", ""},
        {"[1,2]", ""},
        {R"({"last_sequence":1,"last_hash":")" + hash + "\"}", "time"},
        {R"({"time":"yesterday","last_sequence":1,"last_hash":")" + hash + "\"}", "time"},
        {R"({"time":"2026-11-25T19:46:40Z","last_sequence":0,"last_hash":")" + hash + "\"}",
         "last_sequence"},
        {R"({"time":"2026-11-25T19:46:40Z","last_sequence":"7","last_hash":")" + hash + "\"}",
         "last_sequence"},
        {R"({"time":"2026-11-25T19:46:40Z","last_sequence":7,"last_hash":"abc"})", "last_hash"},
        {R"({"time":"2026-11-25T19:46:40Z","last_sequence":7,"last_hash":")" +
             std::string(64, 'g') + "\"}",
         "last_hash"},
    };
    for (const auto& [line, field] : cases) {
        const auto parsed = parseCheckpointLine(line);
        ASSERT_FALSE(parsed) << line;
        EXPECT_EQ(parsed.error().code, "invalid_checkpoint") << line;
        EXPECT_EQ(parsed.error().path, field) << line;
    }
}

TEST(AuditHash, HexRoundTripsAndRefusesOtherText)
{
    const AuditHash hash = sha256("abc");
    EXPECT_EQ(toHex(hash), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(hashFromHex(toHex(hash)).value(), hash);
    EXPECT_FALSE(hashFromHex("ba78"));
    EXPECT_FALSE(hashFromHex(std::string(63, 'a') + "z"));
}

} // namespace fitflow::audit
