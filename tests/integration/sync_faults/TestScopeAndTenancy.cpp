// Scope and tenancy under sync (sync-research.md §3 cases 21 and 26): reassigning a client
// through the REST API moves it between two trainers' fitflow-cli devices at their next sync;
// a forged org_id in pushed mutations and forged or tampered pull cursors never read or write
// another organization's data (the answer is a rejection or a 4xx, never rows; a checksum of the
// other organization's rows is unchanged).

#include "tests/integration/sync_faults/SyncFaultFixture.h"

#include "shared/sync/Hlc.h"

#include <set>

namespace fitflow::test {
namespace {

class ScopeAndTenancy : public SyncFaultFixture {
protected:
    void SetUp() override
    {
        SyncFaultFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_northside = orgId(kNorthside);
        m_practice = orgId(kAlexPractice);
    }

    // Everything an organization holds in the synced tables, as one hash: any write shows.
    std::string fingerprint(const std::string& org)
    {
        return sqlText("SELECT md5(concat("
                       "(SELECT string_agg(c::text, '|' ORDER BY c.id) FROM clients c "
                       "WHERE c.org_id = '" +
                       org +
                       "'), "
                       "(SELECT string_agg(s::text, '|' ORDER BY s.id) FROM sessions s "
                       "WHERE s.org_id = '" +
                       org +
                       "'), "
                       "(SELECT string_agg(n::text, '|' ORDER BY n.id) FROM notes n "
                       "WHERE n.org_id = '" +
                       org +
                       "'), "
                       "(SELECT string_agg(t::text, '|' ORDER BY t.client_id, t.trainer_user_id) "
                       "FROM client_trainers t WHERE t.org_id = '" +
                       org +
                       "'), "
                       "(SELECT version::text FROM sync_org_state WHERE org_id = '" +
                       org + "')))");
    }

    static std::string stampNow(const std::string& deviceId, int offsetMs = 0)
    {
        return sync::Hlc{
            std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now()) +
                std::chrono::milliseconds{offsetMs},
            0, deviceId}
            .toString();
    }

    static nlohmann::json write(std::int64_t id, const std::string& org, const std::string& entity,
                                const std::string& entityId, const std::string& stamp,
                                const nlohmann::json& fields)
    {
        return {{"id", id},
                {"org_id", org},
                {"entity", entity},
                {"entity_id", entityId},
                {"change", {{"operation", "write"}, {"stamp", stamp}, {"fields", fields}}}};
    }

    static std::set<std::string> idsOf(const nlohmann::json& dumped, const std::string& entity)
    {
        std::set<std::string> ids;
        for (const auto& row : dumped.value(entity, nlohmann::json::array())) {
            ids.insert(row.value("id", std::string{}));
        }
        return ids;
    }

    httplib::Result pull(const std::string& token, const std::string& org,
                         const nlohmann::json& cursor, int limit = 1000) const
    {
        return api("POST", "/api/v1/sync/pull",
                   {{"schema_version", 1}, {"org_id", org}, {"cursor", cursor}, {"limit", limit}},
                   token);
    }

    // A pull that must be refused with a 4xx and carry no rows.
    void expectRefusedWithoutData(const std::string& token, const std::string& org,
                                  const nlohmann::json& cursor, const std::string& what) const
    {
        const auto answer = pull(token, org, cursor);
        ASSERT_TRUE(answer) << what;
        EXPECT_GE(answer->status, 400) << what << ": " << answer->body;
        EXPECT_LT(answer->status, 500) << what << ": " << answer->body;
        const auto body = nlohmann::json::parse(answer->body, nullptr, false);
        EXPECT_FALSE(body.is_object() && body.contains("changes")) << what << ": " << answer->body;
    }

    std::string m_northside;
    std::string m_practice;
};

TEST_F(ScopeAndTenancy, ReassignedClientMovesBetweenTheTrainersDevicesAtTheirNextSync)
{
    const CliDevice alexLaptop = newDevice("alex", kAlexEmail);
    const CliDevice samLaptop = newDevice("sam", kSamEmail);
    const CliDevice samPhone = newDevice("sam-phone", kSamEmail);
    ASSERT_FALSE(HasFailure());
    const std::string toronto = locationOf(m_northside, "Toronto");
    const std::string client =
        add(alexLaptop, "client", m_northside, {{"first_name", "Moving"}, {"last_name", "Client"}});
    const std::string session = add(alexLaptop, "session", m_northside,
                                    {{"client_id", client},
                                     {"location_id", toronto},
                                     {"starts_at", "2030-05-02T14:00:00Z"},
                                     {"ends_at", "2030-05-02T15:00:00Z"}});
    const std::string note =
        add(alexLaptop, "note", m_northside, {{"client_id", client}, {"text", "Alex's intake"}});
    expectSynced(alexLaptop);
    expectSynced(samLaptop);
    ASSERT_TRUE(rowIn(dump(samLaptop), "client", client).is_null()) << "Sam saw Alex's client";

    const std::string owner = accessTokenFor(kOwnerEmail);
    const std::string path = "/api/v1/orgs/" + m_northside + "/clients/" + client + "/trainers/";
    const auto assigned = api("PUT", path + userId(kSamEmail), nullptr, owner);
    ASSERT_TRUE(assigned);
    ASSERT_EQ(assigned->status, 204) << assigned->body;
    const auto unassigned = api("DELETE", path + userId(kAlexEmail), nullptr, owner);
    ASSERT_TRUE(unassigned);
    ASSERT_EQ(unassigned->status, 204) << unassigned->body;

    expectSynced(alexLaptop);
    expectSynced(samLaptop);
    const auto alexView = dump(alexLaptop);
    EXPECT_TRUE(rowIn(alexView, "client", client).is_null()) << "the client stayed with Alex";
    const auto samClient = rowIn(dump(samLaptop), "client", client);
    ASSERT_TRUE(samClient.is_object()) << "the client did not reach Sam";
    EXPECT_EQ(samClient["trainer_ids"], nlohmann::json::array({userId(kSamEmail)}));
    EXPECT_EQ(samClient.value("first_name", ""), "Moving");
    // Sessions and notes belong to the trainer who runs or wrote them (migration 0002's
    // policies): Alex's stay in Alex's scope and never reach Sam.
    EXPECT_FALSE(idsOf(dump(samLaptop), "session").contains(session));
    EXPECT_FALSE(idsOf(dump(samLaptop), "note").contains(note));

    // Sam works with the client from now on, on both devices.
    const std::string samSession = add(samLaptop, "session", m_northside,
                                       {{"client_id", client},
                                        {"location_id", toronto},
                                        {"starts_at", "2030-05-09T14:00:00Z"},
                                        {"ends_at", "2030-05-09T15:00:00Z"}});
    update(samLaptop, "client", client, {{"phone", "+1 416 555 0142"}});
    expectSynced(samLaptop);
    expectSynced(samPhone);
    EXPECT_EQ(dumpText(samPhone), dumpText(samLaptop));
    EXPECT_TRUE(idsOf(dump(samPhone), "session").contains(samSession));
    EXPECT_TRUE(status(samLaptop)["rejections"].empty());

    // Moved back: it returns to Alex with Sam's change.
    ASSERT_EQ(api("PUT", path + userId(kAlexEmail), nullptr, owner)->status, 204);
    ASSERT_EQ(api("DELETE", path + userId(kSamEmail), nullptr, owner)->status, 204);
    expectSynced(alexLaptop);
    expectSynced(samLaptop);
    const auto back = rowIn(dump(alexLaptop), "client", client);
    ASSERT_TRUE(back.is_object());
    EXPECT_EQ(back.value("phone", ""), "+1 416 555 0142");
    EXPECT_TRUE(rowIn(dump(samLaptop), "client", client).is_null());
}

TEST_F(ScopeAndTenancy, ForgedOrganizationsInPushedMutationsChangeNothingThere)
{
    const std::string samDevice = randomUuid();
    const std::string sam = accessTokenFor(kSamEmail, samDevice);
    ASSERT_FALSE(sam.empty());
    const std::string practiceBefore = fingerprint(m_practice);
    const std::string northsideBefore = fingerprint(m_northside);
    const std::string practiceClient =
        sqlText("SELECT id::text FROM clients WHERE org_id = '" + m_practice + "' LIMIT 1");
    const std::string practiceLocation =
        sqlText("SELECT id::text FROM locations WHERE org_id = '" + m_practice + "' LIMIT 1");
    const std::string alexNorthsideClient =
        sqlText("SELECT ct.client_id::text FROM client_trainers ct JOIN users u ON u.id = "
                "ct.trainer_user_id WHERE u.email = '" +
                std::string(kAlexEmail) + "' AND ct.org_id = '" + m_northside + "' LIMIT 1");
    const std::string toronto = locationOf(m_northside, "Toronto");

    const std::vector<nlohmann::json> forged{
        // Sam is no member of Alex's practice: a new client and an edit of an existing one there.
        write(1, m_practice, "client", randomUuid(), stampNow(samDevice),
              {{"first_name", "Mallory"}, {"last_name", "Forged"}}),
        write(2, m_practice, "client", practiceClient, stampNow(samDevice, 1),
              {{"first_name", "Overwritten"}}),
        // His own organization named, but an edit of the other one's client (no create fields).
        write(3, m_northside, "client", practiceClient, stampNow(samDevice, 2),
              {{"phone", "+1 555 7777"}}),
        // A session in his organization pointing at the other one's client and location.
        write(4, m_northside, "session", randomUuid(), stampNow(samDevice, 3),
              {{"client_id", practiceClient},
               {"location_id", practiceLocation},
               {"starts_at", "2030-06-01T14:00:00Z"},
               {"ends_at", "2030-06-01T15:00:00Z"}}),
        // A client of Alex in the same organization: not Sam's.
        write(5, m_northside, "client", alexNorthsideClient, stampNow(samDevice, 4),
              {{"phone", "+1 555 6666"}}),
        // A note on the other organization's client.
        write(6, m_practice, "note", randomUuid(), stampNow(samDevice, 5),
              {{"client_id", practiceClient}, {"format", "free"}}),
        // One legitimate write after them: the forged ones do not block it.
        write(7, m_northside, "session", randomUuid(), stampNow(samDevice, 6),
              {{"client_id", sqlText("SELECT ct.client_id::text FROM client_trainers ct WHERE "
                                     "ct.trainer_user_id = '" +
                                     userId(kSamEmail) + "' LIMIT 1")},
               {"location_id", toronto},
               {"starts_at", "2030-06-02T14:00:00Z"},
               {"ends_at", "2030-06-02T15:00:00Z"}}),
    };
    const auto answer =
        api("POST", "/api/v1/sync/push", {{"schema_version", 1}, {"mutations", forged}}, sam);
    ASSERT_TRUE(answer);
    ASSERT_EQ(answer->status, 200) << answer->body;
    const auto body = nlohmann::json::parse(answer->body);
    EXPECT_EQ(body["acknowledged_through"], 7);
    std::set<long long> rejected;
    for (const auto& rejection : body["rejections"]) {
        rejected.insert(rejection["mutation_id"].get<long long>());
    }
    EXPECT_EQ(rejected, (std::set<long long>{1, 2, 3, 4, 5, 6})) << body.dump();
    EXPECT_EQ(fingerprint(m_practice), practiceBefore) << "the other organization changed";
    EXPECT_NE(fingerprint(m_northside), northsideBefore) << "the legitimate write did not apply";
    EXPECT_EQ(sqlCount("SELECT count(*) FROM clients WHERE given_name IN ('Mallory', "
                       "'Overwritten') OR phone IN ('+1 555 6666', '+1 555 7777')"),
              0);
}

// Ids are minted by devices, so a trainer can push a new client in his own organization under
// the id of another organization's client. The server stores it (its key is org + id), but a
// device keys clients by id alone: once that copy reaches a user of both organizations, their
// device merges the two organizations' clients into one row.
TEST_F(ScopeAndTenancy, ClientIdOfAnotherOrganizationCannotBeTakenOverInOwnOrganization)
{
    const CliDevice alexLaptop = newDevice("alex", kAlexEmail);
    ASSERT_FALSE(HasFailure());
    expectSynced(alexLaptop);
    const std::string practiceClient =
        sqlText("SELECT id::text FROM clients WHERE org_id = '" + m_practice + "' LIMIT 1");
    const auto original = rowIn(dump(alexLaptop), "client", practiceClient);
    ASSERT_TRUE(original.is_object()) << "Alex's device lacks his practice's client";

    const std::string samDevice = randomUuid();
    const std::string sam = accessTokenFor(kSamEmail, samDevice);
    const auto answer = api("POST", "/api/v1/sync/push",
                            {{"schema_version", 1},
                             {"mutations",
                              {write(1, m_northside, "client", practiceClient, stampNow(samDevice),
                                     {{"first_name", "Hijacked"},
                                      {"last_name", "Copy"},
                                      {"email", "sam-controls-this@example.test"}})}}},
                            sam);
    ASSERT_TRUE(answer);
    ASSERT_EQ(answer->status, 200) << answer->body;
    const auto owner = accessTokenFor(kOwnerEmail);
    // The Northside owner hands "Sam's new client" to Alex, as studios do.
    const auto assigned = api("PUT",
                              "/api/v1/orgs/" + m_northside + "/clients/" + practiceClient +
                                  "/trainers/" + userId(kAlexEmail),
                              nullptr, owner);
    expectSynced(alexLaptop);

    EXPECT_EQ(nlohmann::json::parse(answer->body)["rejections"].size(), 1u)
        << "a client id of another organization was accepted: " << answer->body;
    const auto after = rowIn(dump(alexLaptop), "client", practiceClient);
    EXPECT_EQ(after, original) << "Alex's practice client was merged with Sam's copy (assign "
                               << (assigned ? std::to_string(assigned->status) : "failed") << ")";
}

TEST_F(ScopeAndTenancy, ForgedAndTamperedCursorsNeverReturnAnotherOrganizationsRows)
{
    const CliDevice samLaptop = newDevice("sam", kSamEmail);
    ASSERT_FALSE(HasFailure());
    expectSynced(samLaptop);
    const std::string alexDevice = randomUuid();
    const std::string alex = accessTokenFor(kAlexEmail, alexDevice);
    const std::string samDevice = randomUuid();
    const std::string sam = accessTokenFor(kSamEmail, samDevice);

    const auto practicePage = pull(alex, m_practice, nullptr, 2);
    ASSERT_TRUE(practicePage);
    ASSERT_EQ(practicePage->status, 200);
    const std::string practiceCursor = nlohmann::json::parse(practicePage->body)["cursor"];
    const auto northsidePage = pull(alex, m_northside, nullptr, 2);
    ASSERT_TRUE(northsidePage);
    const std::string alexCursor = nlohmann::json::parse(northsidePage->body)["cursor"];

    // Sam with Alex's practice: not his organization, with or without a cursor.
    expectRefusedWithoutData(sam, m_practice, nullptr, "sam pulls the practice");
    expectRefusedWithoutData(sam, m_practice, practiceCursor, "sam with alex's practice cursor");
    // A cursor of another organization or another user, under a valid org_id.
    expectRefusedWithoutData(sam, m_northside, practiceCursor, "practice cursor for northside");
    expectRefusedWithoutData(sam, m_northside, alexCursor, "alex's cursor used by sam");
    expectRefusedWithoutData(alex, m_northside, practiceCursor, "own cursor, other org");
    // Every single flipped character of a valid cursor.
    for (std::size_t i = 0; i < alexCursor.size(); ++i) {
        std::string tampered = alexCursor;
        tampered[i] = tampered[i] == 'A' ? 'B' : 'A';
        if (tampered == alexCursor) {
            continue;
        }
        expectRefusedWithoutData(alex, m_northside, tampered,
                                 "flipped character " + std::to_string(i));
        if (HasFailure()) {
            break;
        }
    }
    expectRefusedWithoutData(alex, m_northside, "", "empty cursor");
    expectRefusedWithoutData(alex, m_northside, 42, "number as cursor");

    // A cursor of an older epoch (a restored server) is a reset, not rows from elsewhere.
    sqlExec("UPDATE sync_org_state SET epoch = gen_random_uuid() WHERE org_id = '" + m_northside +
            "'");
    const auto reset = pull(alex, m_northside, alexCursor);
    ASSERT_TRUE(reset);
    EXPECT_EQ(reset->status, 409) << reset->body;
    EXPECT_EQ(nlohmann::json::parse(reset->body)["error"]["code"], "reset");
    // The CLI re-snapshots after the reset and still sees only its own organization's rows.
    expectSynced(samLaptop);
    for (const auto& row : dump(samLaptop).value("client", nlohmann::json::array())) {
        EXPECT_EQ(row.value("org_id", ""), m_northside);
    }
}

// Contractor invoices (migration 0019) under forged scopes: a trainer cannot invoice another
// organization, name its location, invoice a location outside his membership, take over another
// trainer's contractor invoice by its id or record a payment on it; neither he nor the other
// organization ever pulls it.
TEST_F(ScopeAndTenancy, ContractorInvoicesStayWithTheirTrainerAndOrganization)
{
    const std::string samDevice = randomUuid();
    const std::string sam = accessTokenFor(kSamEmail, samDevice);
    const std::string alex = accessTokenFor(kAlexEmail, randomUuid());
    ASSERT_FALSE(sam.empty());
    ASSERT_FALSE(alex.empty());
    const std::string montreal = locationOf(m_northside, "Montréal");
    const std::string toronto = locationOf(m_northside, "Toronto");
    const std::string practiceLocation =
        sqlText("SELECT id::text FROM locations WHERE org_id = '" + m_practice + "' LIMIT 1");
    const auto draftAt = [](const std::string& location) {
        return nlohmann::json{{"type", "invoice.draft"},
                              {"recipient", "organization"},
                              {"location_id", location},
                              {"tax_point_date", "2026-03-31"},
                              {"supplier",
                               {{"gst_hst_registered", false},
                                {"qst_registered", false},
                                {"pst_registered", nlohmann::json::array()}}},
                              {"place", {{"kind", "in_person"}, {"province", "ON"}}},
                              {"lines",
                               {{{"description", "Sessions run in March"},
                                 {"quantity", 4},
                                 {"unit_price_cents", 6000},
                                 {"discount_cents", 0},
                                 {"category", "service"},
                                 {"tax_included", false}}}}};
    };
    const auto operation = [](std::int64_t id, const std::string& org, const std::string& entity,
                              const std::string& entityId, const nlohmann::json& op) {
        return nlohmann::json{
            {"id", id}, {"org_id", org}, {"entity", entity}, {"entity_id", entityId}, {"op", op}};
    };
    const auto rejectedIn = [&](const std::string& token,
                                const std::vector<nlohmann::json>& batch) {
        const auto answer =
            api("POST", "/api/v1/sync/push", {{"schema_version", 1}, {"mutations", batch}}, token);
        EXPECT_TRUE(answer && answer->status == 200) << (answer ? answer->body : "no answer");
        std::map<long long, std::string> codes;
        const auto body = nlohmann::json::parse(answer->body);
        for (const auto& rejection : body["rejections"]) {
            codes[rejection["mutation_id"].get<long long>()] = rejection["code"].get<std::string>();
        }
        return codes;
    };

    const std::string alexsInvoice = randomUuid();
    EXPECT_TRUE(
        rejectedIn(alex, {operation(1, m_northside, "invoice", alexsInvoice, draftAt(montreal))})
            .empty());
    const std::string practiceBefore = fingerprint(m_practice);
    const auto codes = rejectedIn(
        sam, {// Another organization, and its location named in his own.
              operation(1, m_practice, "invoice", randomUuid(), draftAt(practiceLocation)),
              operation(2, m_northside, "invoice", randomUuid(), draftAt(practiceLocation)),
              // Montréal is outside his membership.
              operation(3, m_northside, "invoice", randomUuid(), draftAt(montreal)),
              // Alex's draft, redrafted under its id, and a payment on it.
              operation(4, m_northside, "invoice", alexsInvoice, draftAt(toronto)),
              operation(5, m_northside, "payment", randomUuid(),
                        {{"type", "payment.record"},
                         {"invoice_id", alexsInvoice},
                         {"amount_cents", 100},
                         {"method", "cash"},
                         {"received_on", "2026-04-01"}})});
    EXPECT_EQ(codes.size(), 5u);
    EXPECT_EQ(codes.at(1), "not_found");
    EXPECT_EQ(codes.at(2), "not_found");
    EXPECT_EQ(codes.at(3), "forbidden");
    EXPECT_NE(codes.at(4), "");
    EXPECT_EQ(codes.at(5), "not_found");
    EXPECT_EQ(fingerprint(m_practice), practiceBefore);
    EXPECT_EQ(sqlCount("SELECT count(*) FROM invoices WHERE recipient_kind = 'organization'"), 1);
    EXPECT_EQ(sqlText("SELECT location_id::text || ' ' || trainer_user_id::text FROM invoices "
                      "WHERE id = '" +
                      alexsInvoice + "'"),
              montreal + " " + userId(kAlexEmail));

    // Sam's pull of the studio and Alex's pull of his practice never carry it.
    for (const auto& [token, org] : {std::pair{sam, m_northside}, std::pair{alex, m_practice}}) {
        const auto answer = pull(token, org, nullptr);
        ASSERT_TRUE(answer && answer->status == 200);
        EXPECT_EQ(answer->body.find(alexsInvoice), std::string::npos);
    }
}

} // namespace
} // namespace fitflow::test
