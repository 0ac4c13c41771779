// POST /api/v1/sync/push against the real server: create, dedupe, gaps, poison mutations,
// clamped clocks, forged organizations, field-level merge and note conflicts.

#include "tests/integration/sync/SyncApiFixture.h"

#include "shared/sync/MutationCodec.h"
#include "shared/sync/NoteHistory.h"

namespace fitflow::test {

namespace {

class SyncPush : public SyncApiFixture {
protected:
    void SetUp() override
    {
        SyncApiFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_northside = orgId(kNorthsideName);
        m_alexId =
            superuserText("SELECT id::text FROM users WHERE email = 'alex@demo.fitflow.test'");
    }

    nlohmann::json newClient(std::int64_t id, const Device& device, const std::string& clientId,
                             const std::string& firstName)
    {
        return write(id, m_northside, "client", clientId, stamp(device, nowMilliseconds()),
                     {{"first_name", firstName}, {"last_name", "Synced"}});
    }

    long long count(const std::string& sql) { return superuserCount(sql); }

    std::string m_northside;
    std::string m_alexId;
};

TEST_F(SyncPush, PushedClientReachesAnotherDeviceOfTheSameTrainerWithItsStamps)
{
    const Device laptop = deviceOf(kAlex);
    const Device phone = deviceOf(kAlex);
    const std::string clientId = randomUuid();
    const std::string hlc = stamp(laptop, nowMilliseconds());
    const auto answer = pushOk(laptop, {write(1, m_northside, "client", clientId, hlc,
                                              {{"first_name", "Ana"}, {"last_name", "Lima"}})});
    EXPECT_EQ(answer["acknowledged_through"], 1);
    EXPECT_TRUE(answer["rejections"].empty()) << answer.dump();

    const auto changes = pullAll(phone, m_northside);
    const auto* client = findChange(changes, "client", clientId);
    ASSERT_NE(client, nullptr);
    const auto& fields = (*client)["record"]["fields"];
    EXPECT_EQ(fields["first_name"]["value"], "Ana");
    EXPECT_EQ(fields["first_name"]["stamp"], hlc);
    EXPECT_EQ(fields["last_name"]["stamp"], hlc);
    EXPECT_TRUE(fields["email"]["value"].is_null());
    EXPECT_TRUE((*client)["record"]["deleted"].is_null());
    EXPECT_EQ((*client)["trainer_ids"], nlohmann::json::array({m_alexId}));
    EXPECT_GT((*client)["version"].get<long long>(), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE action = 'sync.client.write' "
                    "AND object_id = '" +
                    clientId + "'"),
              1);
}

TEST_F(SyncPush, RepeatedBatchIsAcknowledgedAgainAndAppliedOnce)
{
    const Device laptop = deviceOf(kAlex);
    const std::string first = randomUuid();
    const std::string second = randomUuid();
    const std::vector<nlohmann::json> batch{newClient(1, laptop, first, "One"),
                                            newClient(2, laptop, second, "Two")};
    EXPECT_EQ(pushOk(laptop, batch)["acknowledged_through"], 2);
    const auto again = pushOk(laptop, batch); // the first answer was "lost"
    EXPECT_EQ(again["acknowledged_through"], 2);
    EXPECT_TRUE(again["rejections"].empty());
    EXPECT_EQ(count("SELECT count(*) FROM clients WHERE id IN ('" + first + "', '" + second + "')"),
              2);
    EXPECT_EQ(count("SELECT count(*) FROM audit_events WHERE action = 'sync.client.write' AND "
                    "object_id IN ('" +
                    first + "', '" + second + "')"),
              2);
    EXPECT_EQ(
        count("SELECT last_mutation_id FROM sync_devices WHERE device_id = '" + laptop.id + "'"),
        2);
}

TEST_F(SyncPush, GapIsRefusedWithTheLastAppliedIdAndNothingApplies)
{
    const Device laptop = deviceOf(kAlex);
    pushOk(laptop, {newClient(1, laptop, randomUuid(), "One")});
    const std::string skipped = randomUuid();
    const auto answer = push(laptop, {newClient(3, laptop, skipped, "Three")});
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 409);
    const auto body = nlohmann::json::parse(answer->body);
    EXPECT_EQ(body["error"]["code"], "mutation_gap");
    EXPECT_EQ(body["last_mutation_id"], 1);
    EXPECT_EQ(count("SELECT count(*) FROM clients WHERE id = '" + skipped + "'"), 0);
    // Resending from 2 applies both in order.
    EXPECT_EQ(pushOk(laptop, {newClient(2, laptop, randomUuid(), "Two"),
                              newClient(3, laptop, skipped, "Three")})["acknowledged_through"],
              3);
    EXPECT_EQ(count("SELECT count(*) FROM clients WHERE id = '" + skipped + "'"), 1);
}

TEST_F(SyncPush, PoisonMutationsAreRejectedWhileLaterOnesApply)
{
    const Device laptop = deviceOf(kAlex);
    const std::string good = randomUuid();
    const std::string bad = randomUuid();
    const std::string later = randomUuid();
    auto unknownField = newClient(2, laptop, bad, "Bad");
    unknownField["change"]["fields"]["shoe_size"] = "44";
    auto missingName = write(3, m_northside, "client", randomUuid(),
                             stamp(laptop, nowMilliseconds()), {{"first_name", "Only"}});
    const auto answer = pushOk(laptop, {newClient(1, laptop, good, "Good"), unknownField,
                                        missingName, newClient(4, laptop, later, "Later")});
    EXPECT_EQ(answer["acknowledged_through"], 4);
    ASSERT_EQ(answer["rejections"].size(), 2U) << answer.dump();
    EXPECT_EQ(answer["rejections"][0]["mutation_id"], 2);
    EXPECT_EQ(answer["rejections"][0]["code"], "unknown_field");
    EXPECT_EQ(answer["rejections"][1]["mutation_id"], 3);
    EXPECT_EQ(answer["rejections"][1]["code"], "missing_field");
    EXPECT_EQ(count("SELECT count(*) FROM clients WHERE id IN ('" + good + "', '" + later + "')"),
              2);
    EXPECT_EQ(count("SELECT count(*) FROM clients WHERE id = '" + bad + "'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM sync_rejections WHERE device_id = '" + laptop.id +
                    "' AND org_id = '" + m_northside + "'"),
              2);
}

TEST_F(SyncPush, IllegalSessionTransitionIsRejected)
{
    const Device laptop = deviceOf(kAlex);
    const std::string client = alexsClientIn(m_northside);
    const std::string location = aLocationOf(m_northside);
    const std::string session = randomUuid();
    const auto t = nowMilliseconds();
    const auto answer = pushOk(laptop, {write(1, m_northside, "session", session, stamp(laptop, t),
                                              {{"client_id", client},
                                               {"location_id", location},
                                               {"starts_at", "2026-01-12T15:00:00Z"},
                                               {"ends_at", "2026-01-12T16:00:00Z"},
                                               {"status", "completed"}}),
                                        write(2, m_northside, "session", session,
                                              stamp(laptop, t + 1), {{"status", "cancelled"}})});
    ASSERT_EQ(answer["rejections"].size(), 1U) << answer.dump();
    EXPECT_EQ(answer["rejections"][0]["mutation_id"], 2);
    EXPECT_EQ(answer["rejections"][0]["code"], "illegal_transition");
    EXPECT_EQ(superuserText("SELECT status FROM sessions WHERE id = '" + session + "'"),
              "completed");
    EXPECT_EQ(
        superuserText("SELECT trainer_user_id::text FROM sessions WHERE id = '" + session + "'"),
        m_alexId);
}

// The rule is judged at the change's stamp, not at the server's clock: a laptop that marked a
// no-show before the session started and pushes it an hour later is still refused, and one that
// completed it after the start is accepted whenever it pushes. Cancelling ahead stays allowed.
TEST_F(SyncPush, SessionCompletedBeforeItsStartIsRejectedByTheChangesStamp)
{
    const Device laptop = deviceOf(kAlex);
    const std::string client = alexsClientIn(m_northside);
    const std::string location = aLocationOf(m_northside);
    const auto now = nowMilliseconds();
    const auto at = [](std::int64_t milliseconds) {
        return formatUtcInstant(Instant{std::chrono::milliseconds{milliseconds}});
    };
    constexpr std::int64_t kHour = 60 * 60 * 1000;
    const auto session = [&](std::int64_t id, const std::string& sessionId, std::int64_t start,
                             std::int64_t stampMs) {
        return write(id, m_northside, "session", sessionId, stamp(laptop, stampMs),
                     {{"client_id", client},
                      {"location_id", location},
                      {"starts_at", at(start)},
                      {"ends_at", at(start + kHour)}});
    };
    const std::string started = randomUuid();  // an hour ago
    const std::string upcoming = randomUuid(); // tomorrow
    const std::string bookedDone = randomUuid();
    const auto answer =
        pushOk(laptop, {session(1, started, now - kHour, now - 3 * kHour),
                        session(2, upcoming, now + 24 * kHour, now - 3 * kHour),
                        // Marked before the start (2 h ago), pushed now: refused.
                        write(3, m_northside, "session", started, stamp(laptop, now - 2 * kHour),
                              {{"status", "no_show"}}),
                        write(4, m_northside, "session", upcoming, stamp(laptop, now - kHour),
                              {{"status", "completed"}}),
                        // A create that is already completed is judged the same way.
                        write(5, m_northside, "session", bookedDone, stamp(laptop, now - kHour),
                              {{"client_id", client},
                               {"location_id", location},
                               {"starts_at", at(now + 2 * kHour)},
                               {"ends_at", at(now + 3 * kHour)},
                               {"status", "completed"}}),
                        // Completed 30 minutes after the start, pushed later: accepted.
                        write(6, m_northside, "session", started, stamp(laptop, now - kHour / 2),
                              {{"status", "completed"}}),
                        write(7, m_northside, "session", upcoming, stamp(laptop, now),
                              {{"status", "cancelled"}})});
    const auto& rejections = answer["rejections"];
    ASSERT_EQ(rejections.size(), 3U) << answer.dump();
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(rejections[i]["mutation_id"], i + 3) << answer.dump();
        EXPECT_EQ(rejections[i]["code"], "session_not_started");
        EXPECT_EQ(rejections[i]["field"], "status");
        EXPECT_NE(rejections[i]["message"].get<std::string>().find("not started"),
                  std::string::npos);
    }
    const auto statusOf = [&](const std::string& id) {
        return superuserText("SELECT status FROM sessions WHERE id = '" + id + "'");
    };
    EXPECT_EQ(statusOf(started), "completed");
    EXPECT_EQ(statusOf(upcoming), "cancelled");
    EXPECT_EQ(count("SELECT count(*) FROM sessions WHERE id = '" + bookedDone + "'"), 0);
}

TEST_F(SyncPush, ForgedOrganizationIsRejectedAndTouchesNothingThere)
{
    const Device samsPhone = deviceOf(kSam);
    const std::string practice = orgId(kPracticeName);
    const std::string clientId = randomUuid();
    const std::string alexClient =
        superuserText("SELECT id::text FROM clients WHERE org_id = '" + practice + "' LIMIT 1");
    const auto before =
        superuserText("SELECT given_name FROM clients WHERE id = '" + alexClient + "'");
    const auto answer =
        pushOk(samsPhone,
               {write(1, practice, "client", clientId, stamp(samsPhone, nowMilliseconds()),
                      {{"first_name", "Mallory"}, {"last_name", "Intruder"}}),
                write(2, practice, "client", alexClient, stamp(samsPhone, nowMilliseconds() + 1),
                      {{"first_name", "Overwritten"}})});
    ASSERT_EQ(answer["rejections"].size(), 2U) << answer.dump();
    EXPECT_EQ(answer["rejections"][0]["code"], "not_found");
    EXPECT_EQ(answer["rejections"][1]["code"], "not_found");
    EXPECT_EQ(count("SELECT count(*) FROM clients WHERE id = '" + clientId + "'"), 0);
    EXPECT_EQ(superuserText("SELECT given_name FROM clients WHERE id = '" + alexClient + "'"),
              before);
    EXPECT_EQ(count("SELECT count(*) FROM sync_rejections WHERE device_id = '" + samsPhone.id +
                    "' AND org_id IS NULL"),
              2);
}

TEST_F(SyncPush, AnotherTrainersClientIsNeitherChangedNorStolen)
{
    const Device samsPhone = deviceOf(kSam);
    const std::string alexClient = alexsClientIn(m_northside);
    const auto before =
        superuserText("SELECT given_name FROM clients WHERE id = '" + alexClient + "'");
    const auto answer = pushOk(
        samsPhone, {write(1, m_northside, "client", alexClient, stamp(samsPhone, nowMilliseconds()),
                          {{"first_name", "Stolen"}, {"last_name", "X"}})});
    ASSERT_EQ(answer["rejections"].size(), 1U) << answer.dump();
    EXPECT_EQ(superuserText("SELECT given_name FROM clients WHERE id = '" + alexClient + "'"),
              before);
}

TEST_F(SyncPush, ClockAYearAheadIsClampedAndLaterHonestEditsStillWin)
{
    const Device runaway = deviceOf(kAlex);
    const Device honest = deviceOf(kAlex);
    const std::string clientId = randomUuid();
    const auto now = nowMilliseconds();
    constexpr std::int64_t kYear = 365LL * 24 * 3600 * 1000;
    pushOk(runaway, {write(1, m_northside, "client", clientId, stamp(runaway, now + kYear),
                           {{"first_name", "Future"}, {"last_name", "Clock"}})});
    const auto stored = superuserText(
        "SELECT field_stamps ->> 'first_name' FROM clients WHERE id = '" + clientId + "'");
    const auto parsed = sync::Hlc::parse(stored);
    ASSERT_TRUE(parsed);
    const auto storedMs = parsed->physical.time_since_epoch().count();
    EXPECT_LE(storedMs, nowMilliseconds() + 5 * 60 * 1000);
    EXPECT_GE(storedMs, now + 5 * 60 * 1000 - 60 * 1000);
    EXPECT_EQ(parsed->deviceId, runaway.id);

    // An honest edit made after the clamped moment wins over the runaway value.
    pushOk(honest, {write(1, m_northside, "client", clientId, stamp(honest, now + 6 * 60 * 1000),
                          {{"first_name", "Honest"}})});
    EXPECT_EQ(superuserText("SELECT given_name FROM clients WHERE id = '" + clientId + "'"),
              "Honest");
}

TEST_F(SyncPush, ConcurrentEditsOfDifferentFieldsBothSurvive)
{
    const Device laptop = deviceOf(kAlex);
    const Device phone = deviceOf(kAlex);
    const std::string clientId = randomUuid();
    const auto t = nowMilliseconds();
    pushOk(laptop, {write(1, m_northside, "client", clientId, stamp(laptop, t),
                          {{"first_name", "Ana"}, {"last_name", "Lima"}})});
    // Both edit offline; the phone's edit is newer but arrives first.
    pushOk(phone, {write(1, m_northside, "client", clientId, stamp(phone, t + 200),
                         {{"email", "ana@example.test"}})});
    pushOk(laptop, {write(2, m_northside, "client", clientId, stamp(laptop, t + 100),
                          {{"phone", "+1 555 0100"}, {"email", "old@example.test"}})});
    EXPECT_EQ(
        superuserText("SELECT email || ' ' || phone FROM clients WHERE id = '" + clientId + "'"),
        "ana@example.test +1 555 0100");
    const auto changes = pullAll(phone, m_northside);
    const auto* change = findChange(changes, "client", clientId);
    ASSERT_NE(change, nullptr);
    EXPECT_EQ((*change)["record"]["fields"]["email"]["stamp"], stamp(phone, t + 200));
    EXPECT_EQ((*change)["record"]["fields"]["phone"]["stamp"], stamp(laptop, t + 100));
}

TEST_F(SyncPush, SameNoteEditedOnTwoDevicesKeepsBothTextsAndIsFlagged)
{
    const Device laptop = deviceOf(kAlex);
    const Device phone = deviceOf(kAlex);
    const std::string client = alexsClientIn(m_northside);
    const std::string note = randomUuid();
    const auto t = nowMilliseconds();
    const std::string first = stamp(laptop, t);
    auto created = pushOk(laptop, {write(1, m_northside, "note", note, stamp(laptop, t - 1),
                                         {{"client_id", client}, {"format", "free"}}),
                                   noteEdit(2, m_northside, note, first, {}, "Squats 3x8")});
    EXPECT_TRUE(created["rejections"].empty()) << created.dump();
    pushOk(laptop, {noteEdit(3, m_northside, note, stamp(laptop, t + 10), {first}, "Squats 3x10")});
    pushOk(phone, {noteEdit(1, m_northside, note, stamp(phone, t + 20), {first}, "Squats 4x8")});

    const auto changes = pullAll(phone, m_northside);
    const auto* pulled = findChange(changes, "note", note);
    ASSERT_NE(pulled, nullptr);
    sync::NoteHistory history;
    for (const auto& mutation : (*pulled)["history"]) {
        const auto decoded = sync::noteMutationFromJson(mutation);
        ASSERT_TRUE(decoded) << mutation.dump();
        history.apply(*decoded);
    }
    const auto view = history.view();
    EXPECT_TRUE(view.conflict);
    EXPECT_EQ(view.text, "Squats 4x8");
    ASSERT_EQ(view.conflictingTexts.size(), 1U);
    EXPECT_EQ(view.conflictingTexts[0], "Squats 3x10");
    EXPECT_EQ((*pulled)["record"]["fields"]["format"]["value"], "free");
}

TEST_F(SyncPush, EditOfASignedNoteIsRejected)
{
    const Device laptop = deviceOf(kAlex);
    const std::string client = alexsClientIn(m_northside);
    const std::string note = randomUuid();
    const auto t = nowMilliseconds();
    const std::string version = stamp(laptop, t);
    const auto answer = pushOk(
        laptop,
        {write(1, m_northside, "note", note, stamp(laptop, t - 1),
               {{"client_id", client}, {"format", "soap"}}),
         noteEdit(2, m_northside, note, version, {}, "Final text"),
         {{"id", 3},
          {"org_id", m_northside},
          {"entity", "note"},
          {"entity_id", note},
          {"note",
           {{"kind", "sign"}, {"stamp", stamp(laptop, t + 1)}, {"signed_version", version}}}},
         noteEdit(4, m_northside, note, stamp(laptop, t + 2), {version}, "Changed")});
    ASSERT_EQ(answer["rejections"].size(), 1U) << answer.dump();
    EXPECT_EQ(answer["rejections"][0]["mutation_id"], 4);
    EXPECT_EQ(answer["rejections"][0]["code"], "note_signed");
    EXPECT_EQ(
        count("SELECT count(*) FROM notes WHERE id = '" + note + "' AND signed_at IS NOT NULL"), 1);
    EXPECT_EQ(superuserText("SELECT body FROM note_revisions WHERE note_id = '" + note +
                            "' ORDER BY revision_no DESC LIMIT 1"),
              "Final text");
}

TEST_F(SyncPush, TokenWithoutDeviceIsRefused)
{
    const std::string token = accessTokenFor(kAlex);
    const auto answer =
        postAs(token, "/api/v1/sync/push",
               {{"schema_version", 1},
                {"mutations", nlohmann::json::array({write(1, m_northside, "client", randomUuid(),
                                                           "x", {{"first_name", "A"}})})}});
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 403);
    EXPECT_EQ(nlohmann::json::parse(answer->body)["error"]["code"], "device_required");
    EXPECT_EQ(answer->get_header_value("Cache-Control"), "no-store");
}

TEST_F(SyncPush, MalformedBatchesAre400AndApplyNothing)
{
    const Device laptop = deviceOf(kAlex);
    const std::string clientId = randomUuid();
    const auto holes = push(
        laptop, {newClient(1, laptop, clientId, "A"), newClient(3, laptop, randomUuid(), "B")});
    ASSERT_TRUE(holes);
    EXPECT_EQ(holes->status, 400) << holes->body;
    const auto schema =
        postAs(laptop.token, "/api/v1/sync/push",
               {{"schema_version", 2},
                {"mutations", nlohmann::json::array({newClient(1, laptop, clientId, "A")})}});
    ASSERT_TRUE(schema);
    EXPECT_EQ(schema->status, 400);
    EXPECT_EQ(nlohmann::json::parse(schema->body)["error"]["code"], "schema_unsupported");
    std::vector<nlohmann::json> tooMany;
    for (int id = 1; id <= 201; ++id) {
        tooMany.push_back(newClient(id, laptop, randomUuid(), "Many"));
    }
    const auto many = push(laptop, tooMany);
    ASSERT_TRUE(many);
    EXPECT_EQ(many->status, 400);
    EXPECT_EQ(count("SELECT count(*) FROM clients WHERE id = '" + clientId + "'"), 0);
}

} // namespace

} // namespace fitflow::test
