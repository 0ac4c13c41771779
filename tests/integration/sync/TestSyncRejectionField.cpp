// Push rejections name the field they are about (docs/sync-protocol.md, Push): a value of the
// wrong form ("change.fields.<name>": an email that is not text, a start that is not an
// instant), and a database rule the write broke (a session's unknown location), against the real
// server; a rejection about no single field (an organization the user is not in) has no "field".

#include "tests/integration/sync/SyncApiFixture.h"

namespace fitflow::test {

namespace {

class SyncRejectionField : public SyncApiFixture {
protected:
    void SetUp() override
    {
        SyncApiFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_northside = orgId(kNorthsideName);
    }

    std::string m_northside;
};

TEST_F(SyncRejectionField, RejectionsNameTheFieldOfABadValueOrABrokenRule)
{
    const Device laptop = deviceOf(kAlex);
    const std::string client = alexsClientIn(m_northside);
    const std::string location = aLocationOf(m_northside);
    const auto t = nowMilliseconds();
    const auto session = [&](std::int64_t id, const std::string& where, const char* startsAt) {
        return write(id, m_northside, "session", randomUuid(), stamp(laptop, t + id),
                     {{"client_id", client},
                      {"location_id", where},
                      {"starts_at", startsAt},
                      {"ends_at", "2026-12-01T16:00:00Z"},
                      {"status", "scheduled"}});
    };
    const auto answer = pushOk(
        laptop,
        {write(1, m_northside, "client", randomUuid(), stamp(laptop, t + 1),
               {{"first_name", "Bad"}, {"last_name", "Email"}, {"email", 42}}),
         session(2, randomUuid(), "2026-12-01T15:00:00Z"), // no such location
         session(3, location, "tomorrow at three"),        // not an instant
         session(4, location, "2026-12-01T15:00:00Z"),     // fine
         write(5, m_northside, "client", randomUuid(), stamp(laptop, t + 5),
               {{"first_name", "No"}, {"last_name", "Address"}, {"email", "not an email"}})});
    ASSERT_EQ(answer["acknowledged_through"], 5);
    ASSERT_EQ(answer["rejections"].size(), 4U) << answer.dump();
    const auto& rejections = answer["rejections"];
    EXPECT_EQ(rejections[0]["mutation_id"], 1);
    EXPECT_EQ(rejections[0].value("field", ""), "email") << rejections[0].dump();
    EXPECT_EQ(rejections[1]["mutation_id"], 2);
    EXPECT_EQ(rejections[1].value("field", ""), "location_id") << rejections[1].dump();
    EXPECT_EQ(rejections[2]["mutation_id"], 3);
    EXPECT_EQ(rejections[2]["code"], "invalid_value");
    EXPECT_EQ(rejections[2].value("field", ""), "starts_at") << rejections[2].dump();
    // Text that is no e-mail address is refused too, not stored for the studio to mail.
    EXPECT_EQ(rejections[3]["mutation_id"], 5);
    EXPECT_EQ(rejections[3]["code"], "invalid_value");
    EXPECT_EQ(rejections[3].value("field", ""), "email") << rejections[3].dump();
}

TEST_F(SyncRejectionField, ARejectionAboutNoSingleFieldHasNoField)
{
    const Device laptop = deviceOf(kAlex);
    // An organization the trainer does not belong to: about the whole mutation, no field.
    const auto answer = pushOk(
        laptop, {write(1, randomUuid(), "client", randomUuid(), stamp(laptop, nowMilliseconds()),
                       {{"first_name", "Nowhere"}, {"last_name", "Org"}})});
    ASSERT_EQ(answer["rejections"].size(), 1U) << answer.dump();
    EXPECT_EQ(answer["rejections"][0]["code"], "not_found");
    EXPECT_FALSE(answer["rejections"][0].contains("field")) << answer.dump();
}

} // namespace

} // namespace fitflow::test
