// The role matrix of the client-records API over the real fitflow-server: what the owner,
// manager, trainers and the portal client each see of clients, notes, sessions and invoices,
// and that everything hidden answers like a record that does not exist.

#include "tests/integration/tenancy/ClientRecordFixture.h"

namespace fitflow::test {

namespace {

class ClientRecordRoles : public ClientRecordFixture {};

TEST_F(ClientRecordRoles, ManagerCannotReadNotesEvenOfClientsTheyAdminister)
{
    const std::string northside = orgId(kNorthside);
    const std::string camille = clientId("Camille"); // Montréal, Alex's client
    const std::string note = insertNote(kAlex, "Camille", true, "Knee feels better");
    const std::string manager = accessTokenFor(kManagerEmail);

    const auto list = get(manager, orgPath(northside, "/clients/" + camille + "/notes"));
    EXPECT_EQ(list.status, 403) << list.body;
    EXPECT_EQ(list.json["error"]["code"], "forbidden");
    const auto read = get(manager, orgPath(northside, "/notes/" + note));
    EXPECT_EQ(read.status, 403) << read.body;
    EXPECT_EQ(read.body.find("Knee"), std::string::npos);

    const std::string owner = accessTokenFor(kOwnerEmail);
    EXPECT_EQ(get(owner, orgPath(northside, "/notes/" + note)).status, 403);
}

TEST_F(ClientRecordRoles, ManagerReadsMontrealClientsButNotTorontoOnlyOnes)
{
    const std::string northside = orgId(kNorthside);
    const std::string camille = clientId("Camille"); // Montréal sessions
    const std::string priya = clientId("Priya");     // Toronto only
    const std::string manager = accessTokenFor(kManagerEmail);

    const auto list = get(manager, orgPath(northside, "/clients?limit=200"));
    ASSERT_EQ(list.status, 200) << list.body;
    const auto ids = fieldOf(list.json, "clients", "id");
    EXPECT_TRUE(contains(ids, camille));
    EXPECT_FALSE(contains(ids, priya));
    // The Montréal clients are those with a session there (the demo sets no home location).
    EXPECT_EQ(static_cast<long long>(ids.size()),
              superuserCount("SELECT count(DISTINCT s.client_id) FROM sessions s JOIN locations l "
                             "ON l.org_id = s.org_id AND l.id = s.location_id "
                             "WHERE l.name = 'Montréal'"));

    const auto readCamille = get(manager, orgPath(northside, "/clients/" + camille));
    ASSERT_EQ(readCamille.status, 200) << readCamille.body;
    EXPECT_EQ(readCamille.json["first_name"], "Camille");
    EXPECT_EQ(readCamille.json["last_name"], "Roy");
    EXPECT_EQ(readCamille.json["assigned_trainer_ids"], nlohmann::json::array({userId(kAlex)}));

    const auto readPriya = get(manager, orgPath(northside, "/clients/" + priya));
    const auto readNobody = get(manager, orgPath(northside, std::string("/clients/") + kNoSuchId));
    EXPECT_EQ(readPriya.status, 404);
    EXPECT_EQ(readPriya.body, readNobody.body);
}

TEST_F(ClientRecordRoles, SamCannotSeeAlexsClients)
{
    const std::string northside = orgId(kNorthside);
    const std::string priya = clientId("Priya"); // Alex's, Toronto
    const std::string liam = clientId("Liam");   // Sam's, Toronto
    const std::string sam = accessTokenFor(kSamEmail);

    const auto list = get(sam, orgPath(northside, "/clients"));
    ASSERT_EQ(list.status, 200) << list.body;
    const auto ids = fieldOf(list.json, "clients", "id");
    EXPECT_TRUE(contains(ids, liam));
    EXPECT_FALSE(contains(ids, priya));
    EXPECT_EQ(ids.size(), 4U); // Sam's four Toronto clients

    const auto readPriya = get(sam, orgPath(northside, "/clients/" + priya));
    EXPECT_EQ(readPriya.status, 404);
    EXPECT_EQ(readPriya.body,
              get(sam, orgPath(northside, std::string("/clients/") + kNoSuchId)).body);
    EXPECT_EQ(get(sam, orgPath(northside, "/clients/" + priya + "/notes")).status, 404);
    EXPECT_EQ(get(sam, orgPath(northside, "/clients/" + liam)).status, 200);
}

TEST_F(ClientRecordRoles, TrainerReadsOnlyTheirOwnNotes)
{
    const std::string northside = orgId(kNorthside);
    const std::string samsNote = insertNote(kSamEmail, "Liam", false, "Sam's private note");
    const std::string alexsNote = insertNote(kAlex, "Priya", false, "Alex's private note");

    const std::string sam = accessTokenFor(kSamEmail);
    const auto own = get(sam, orgPath(northside, "/notes/" + samsNote));
    ASSERT_EQ(own.status, 200) << own.body;
    EXPECT_EQ(own.json["text"], "Sam's private note");
    EXPECT_EQ(get(sam, orgPath(northside, "/notes/" + alexsNote)).status, 404);

    const std::string alex = accessTokenFor(kAlex);
    const auto other = get(alex, orgPath(northside, "/notes/" + samsNote));
    EXPECT_EQ(other.status, 404);
    EXPECT_EQ(other.body.find("private"), std::string::npos);
}

TEST_F(ClientRecordRoles, TrainerAdminReadsTheTeamsClientsAndNotes)
{
    // Sam becomes a trainer admin of Northside and Alex's trainer membership names him as lead.
    const std::string northside = orgId(kNorthside);
    superuserExec("INSERT INTO memberships (org_id, id, user_id, role) VALUES ('" + northside +
                  "', gen_random_uuid(), '" + userId(kSamEmail) + "', 'trainer_admin')");
    superuserExec("UPDATE memberships SET team_lead_user_id = '" + userId(kSamEmail) +
                  "' WHERE org_id = '" + northside + "' AND user_id = '" + userId(kAlex) +
                  "' AND role = 'trainer'");
    const std::string alexsNote = insertNote(kAlex, "Priya", false, "Team note");
    const std::string sam = accessTokenFor(kSamEmail);

    const auto note = get(sam, orgPath(northside, "/notes/" + alexsNote));
    ASSERT_EQ(note.status, 200) << note.body;
    EXPECT_EQ(note.json["text"], "Team note");
    const auto clients = get(sam, orgPath(northside, "/clients?limit=200"));
    ASSERT_EQ(clients.status, 200) << clients.body;
    EXPECT_TRUE(contains(fieldOf(clients.json, "clients", "id"), clientId("Priya")));
    EXPECT_EQ(fieldOf(clients.json, "clients", "id").size(), 14U); // his four and Alex's ten
}

TEST_F(ClientRecordRoles, ClientSeesOnlyOwnSharedNotes)
{
    const std::string practice = orgId(kPractice);
    const std::string casey = clientId("Casey"); // the portal client
    const std::string shared = insertNote(kAlex, "Casey", true, "Great progress on squats");
    const std::string unshared = insertNote(kAlex, "Casey", false, "Watch the left shoulder");
    const std::string otherClient = insertNote(kAlex, "Kai", true, "Kai's shared note");
    const std::string client = accessTokenFor(kClientEmail);

    const auto list = get(client, orgPath(practice, "/clients/" + casey + "/notes"));
    ASSERT_EQ(list.status, 200) << list.body;
    const auto ids = fieldOf(list.json, "notes", "id");
    EXPECT_EQ(ids, std::vector<std::string>{shared});
    EXPECT_EQ(list.body.find("shoulder"), std::string::npos);

    EXPECT_EQ(get(client, orgPath(practice, "/notes/" + shared)).status, 200);
    const auto hidden = get(client, orgPath(practice, "/notes/" + unshared));
    EXPECT_EQ(hidden.status, 404);
    EXPECT_EQ(hidden.body, get(client, orgPath(practice, std::string("/notes/") + kNoSuchId)).body);
    EXPECT_EQ(get(client, orgPath(practice, "/notes/" + otherClient)).status, 404);
    EXPECT_EQ(get(client, orgPath(practice, "/clients/" + clientId("Kai") + "/notes")).status, 404);
}

TEST_F(ClientRecordRoles, ClientSeesOwnRecordAndIssuedInvoicesOnly)
{
    const std::string practice = orgId(kPractice);
    const std::string casey = clientId("Casey");
    superuserExec("INSERT INTO invoices (org_id, id, client_id, status, subtotal_cents, "
                  "tax_cents, total_cents) VALUES ('" +
                  practice + "', gen_random_uuid(), '" + casey + "', 'draft', 1000, 120, 1120)");
    const std::string client = accessTokenFor(kClientEmail);

    const auto me = get(client, orgPath(practice, "/me/client"));
    ASSERT_EQ(me.status, 200) << me.body;
    EXPECT_EQ(me.json["id"], casey);
    EXPECT_EQ(me.json["email"], kClientEmail);

    const auto list = get(client, orgPath(practice, "/clients"));
    ASSERT_EQ(list.status, 200) << list.body;
    EXPECT_EQ(fieldOf(list.json, "clients", "id"), std::vector<std::string>{casey});
    EXPECT_EQ(get(client, orgPath(practice, "/clients/" + clientId("Kai"))).status, 404);

    const auto invoices = get(client, orgPath(practice, "/invoices"));
    ASSERT_EQ(invoices.status, 200) << invoices.body;
    EXPECT_EQ(fieldOf(invoices.json, "invoices", "status"), std::vector<std::string>{"issued"});
    EXPECT_EQ(fieldOf(invoices.json, "invoices", "client_id"), std::vector<std::string>{casey});
    const std::string draft = superuserText(
        "SELECT id::text FROM invoices WHERE status = 'draft' AND client_id = '" + casey + "'");
    EXPECT_EQ(get(client, orgPath(practice, "/invoices/" + draft)).status, 404);
}

TEST_F(ClientRecordRoles, AlexAsOwnerAndTrainerOfHisPracticeSeesAllClientsAndHisNotes)
{
    const std::string practice = orgId(kPractice);
    const std::string note = insertNote(kAlex, "Casey", false, "Initial assessment", true);
    const std::string alex = accessTokenFor(kAlex);

    const auto list = get(alex, orgPath(practice, "/clients"));
    ASSERT_EQ(list.status, 200) << list.body;
    EXPECT_EQ(fieldOf(list.json, "clients", "id").size(), 6U);

    const auto read = get(alex, orgPath(practice, "/notes/" + note));
    ASSERT_EQ(read.status, 200) << read.body;
    EXPECT_EQ(read.json["text"], "Initial assessment");
    EXPECT_EQ(read.json["format"], "free");
    EXPECT_TRUE(read.json["signed"].get<bool>());
    EXPECT_TRUE(read.json["signed_at"].is_string());
    EXPECT_FALSE(read.json["shared_with_client"].get<bool>());
    ASSERT_EQ(read.json["amendments"].size(), 1U);
    EXPECT_EQ(read.json["amendments"][0]["text"], "Amendment: Initial assessment");

    const auto notes = get(alex, orgPath(practice, "/clients/" + clientId("Casey") + "/notes"));
    ASSERT_EQ(notes.status, 200) << notes.body;
    EXPECT_EQ(fieldOf(notes.json, "notes", "id"), std::vector<std::string>{note});
}

TEST_F(ClientRecordRoles, InvoiceDetailHasLinesPaymentsAndBalance)
{
    const std::string practice = orgId(kPractice);
    const std::string invoice =
        superuserText("SELECT id::text FROM invoices WHERE status = 'issued' AND client_id = '" +
                      clientId("Casey") + "'");
    superuserExec("INSERT INTO payments (org_id, id, invoice_id, kind, amount_cents) VALUES ('" +
                  practice + "', gen_random_uuid(), '" + invoice + "', 'card', 5000)");
    const std::string alex = accessTokenFor(kAlex);

    const auto read = get(alex, orgPath(practice, "/invoices/" + invoice));
    ASSERT_EQ(read.status, 200) << read.body;
    const auto total = read.json["total_cents"].get<long long>();
    EXPECT_EQ(total,
              superuserCount("SELECT total_cents FROM invoices WHERE id = '" + invoice + "'"));
    EXPECT_EQ(read.json["subtotal_cents"].get<long long>() +
                  read.json["tax_cents"].get<long long>(),
              total);
    EXPECT_GE(read.json["lines"].size(), 1U);
    ASSERT_EQ(read.json["payments"].size(), 1U);
    EXPECT_EQ(read.json["payments"][0]["kind"], "card");
    EXPECT_EQ(read.json["paid_cents"], 5000);
    EXPECT_EQ(read.json["balance_cents"].get<long long>(), total - 5000);
}

TEST_F(ClientRecordRoles, SessionsAreTheTrainersOwnAndTheRangeIsChecked)
{
    const std::string northside = orgId(kNorthside);
    const std::string sam = accessTokenFor(kSamEmail);
    const std::string from = superuserText(
        "SELECT to_char(date_trunc('day', now() AT TIME ZONE 'UTC') - interval '45 days', "
        "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')");
    const std::string to = superuserText(
        "SELECT to_char(date_trunc('day', now() AT TIME ZONE 'UTC') + interval '45 days', "
        "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')");

    const auto sessions = get(sam, orgPath(northside, "/sessions?from=" + from + "&to=" + to));
    ASSERT_EQ(sessions.status, 200) << sessions.body;
    const auto trainers = fieldOf(sessions.json, "sessions", "trainer_user_id");
    EXPECT_FALSE(trainers.empty());
    for (const auto& trainer : trainers) {
        EXPECT_EQ(trainer, userId(kSamEmail));
    }
    EXPECT_EQ(static_cast<long long>(trainers.size()),
              superuserCount("SELECT count(*) FROM sessions WHERE trainer_user_id = '" +
                             userId(kSamEmail) + "' AND starts_at >= '" + from +
                             "' AND starts_at < '" + to + "'"));

    const auto tooLong = get(sam, orgPath(northside, "/sessions?from=2026-01-01T00:00:00Z"
                                                     "&to=2026-04-04T00:00:01Z"));
    EXPECT_EQ(tooLong.status, 400) << tooLong.body;
    EXPECT_EQ(tooLong.json["error"]["path"], "to");
    const auto missing = get(sam, orgPath(northside, "/sessions?to=2026-01-02T00:00:00Z"));
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.json["error"]["path"], "from");
    const auto offset = get(sam, orgPath(northside, "/sessions?from=2026-01-01T00:00:00%2B01:00"
                                                    "&to=2026-01-02T00:00:00Z"));
    EXPECT_EQ(offset.status, 400);
}

TEST_F(ClientRecordRoles, ListPagingAndNamePrefixAreValidated)
{
    const std::string northside = orgId(kNorthside);
    const std::string owner = accessTokenFor(kOwnerEmail);

    EXPECT_EQ(get(owner, orgPath(northside, "/clients?limit=201")).status, 400);
    EXPECT_EQ(get(owner, orgPath(northside, "/clients?limit=abc")).json["error"]["path"], "limit");
    EXPECT_EQ(get(owner, orgPath(northside, "/invoices?offset=-1")).status, 400);

    const auto page = get(owner, orgPath(northside, "/clients?limit=5&offset=10"));
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_EQ(fieldOf(page.json, "clients", "id").size(), 4U); // 14 Northside clients
    EXPECT_EQ(page.json["limit"], 5);

    const auto camille = get(owner, orgPath(northside, "/clients?q=cam"));
    ASSERT_EQ(camille.status, 200) << camille.body;
    const auto names = fieldOf(camille.json, "clients", "first_name");
    EXPECT_TRUE(contains(names, "Camille"));
    for (const auto& client : camille.json["clients"]) {
        const std::string first = client["first_name"];
        const std::string last = client["last_name"];
        EXPECT_TRUE(first.rfind("Cam", 0) == 0 || last.rfind("Cam", 0) == 0) << first << last;
    }
    const auto raw = getAs(owner, orgPath(northside, "/clients"));
    ASSERT_TRUE(raw);
    EXPECT_EQ(raw->get_header_value("Cache-Control"), "no-store");
}

} // namespace

} // namespace fitflow::test
