// The cross-tenant matrix: every /api/v1/orgs/{org_id}/... endpoint, called with a Northside
// token (the owner's and Sam's) on (a) Alex's practice, (b) Northside with an id of a record of
// Alex's practice, (c) an id that exists nowhere. Each answer must be the same bytes as for a
// record that does not exist, carry no client data, and change no row anywhere.

#include "server/service/tenancy/ActingRole.h"
#include "tests/integration/tenancy/ClientRecordFixture.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>

namespace fitflow::test {

namespace {

// Which record of Alex's practice fills an {id} placeholder.
enum class PracticeRecord {
    None,
    Client,
    Note,
    Invoice,
    Location,
    Member,
    Invitation,
    Device,
    ContractorInvoice, // a trainer's invoice to the organization (migration 0019)
};

struct TenantEndpoint {
    std::string method;
    std::string path; // with {org}, {id} and, for assignments, {trainer}
    nlohmann::json body;
    PracticeRecord record;
    Action action; // what requireActor checks, to know when a role may never do it (403)
    Resource resource;
};

// Every route registered with orgRoute() in server/http (grep `orgRoute(`).
const std::vector<TenantEndpoint>& tenantEndpoints()
{
    using P = PracticeRecord;
    using A = Action;
    using R = Resource;
    const nlohmann::json none;
    static const std::vector<TenantEndpoint> kEndpoints{
        {"GET", "/clients", none, P::None, A::Read, R::Client},
        {"GET", "/clients/{id}", none, P::Client, A::Read, R::Client},
        {"GET", "/me/client", none, P::None, A::Read, R::Client},
        {"GET", "/clients/{id}/notes", none, P::Client, A::Read, R::Note},
        {"GET", "/notes/{id}", none, P::Note, A::Read, R::Note},
        {"GET", "/sessions?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z", none, P::None,
         A::Read, R::Session},
        {"GET", "/invoices", none, P::None, A::Read, R::Invoice},
        {"GET", "/invoices/{id}", none, P::Invoice, A::Read, R::Invoice},
        {"GET", "/invoices/{id}", none, P::ContractorInvoice, A::Read, R::Invoice},
        {"GET", "/locations", none, P::None, A::Read, R::Location},
        {"POST",
         "/locations",
         {{"name", "Intruder"}, {"province", "ON"}, {"time_zone", "America/Toronto"}},
         P::None,
         A::Create,
         R::Location},
        {"PATCH", "/locations/{id}", {{"name", "Renamed"}}, P::Location, A::Update, R::Location},
        {"GET", "/members", none, P::None, A::Read, R::Membership},
        {"PATCH", "/members/{id}", {{"role", "trainer"}}, P::Member, A::Update, R::Membership},
        {"DELETE", "/members/{id}", none, P::Member, A::Delete, R::Membership},
        {"GET", "/invitations", none, P::None, A::Invite, R::Membership},
        {"POST",
         "/invitations",
         {{"email", "intruder@example.com"}, {"role", "trainer"}},
         P::None,
         A::Invite,
         R::Membership},
        {"DELETE", "/invitations/{id}", none, P::Invitation, A::Invite, R::Membership},
        {"PUT", "/clients/{id}/trainers/{trainer}", none, P::Client, A::Assign, R::Client},
        {"DELETE", "/clients/{id}/trainers/{trainer}", none, P::Client, A::Assign, R::Client},
        {"GET", "/devices", none, P::None, A::Read, R::Device},
        {"POST", "/devices/{id}/revoke", nlohmann::json::object(), P::Device, A::Revoke, R::Device},
        // The organization itself: its tax registration numbers (owner only).
        {"PATCH", "", {{"qst_number", "1234567890TQ0001"}}, P::None, A::Update, R::Organization},
    };
    return kEndpoints;
}

std::string replaced(std::string text, const std::string& placeholder, const std::string& value)
{
    for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder)) {
        text.replace(at, placeholder.size(), value);
    }
    return text;
}

struct Answer {
    int status = 0;
    std::string body;
};

class CrossTenantMatrix : public ClientRecordFixture {
protected:
    // The matrix sends hundreds of requests; rate limits are tested elsewhere.
    Environment extraServeEnvironment() const override
    {
        return {{"FITFLOW_RATE_LIMIT_PER_USER", "0"}, {"FITFLOW_RATE_LIMIT_PER_IP", "0"}};
    }

    void SetUp() override
    {
        ClientRecordFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_practice = orgId(kPractice);
        m_northside = orgId(kNorthside);
        m_trainer = userId(kAlex);
        m_records[PracticeRecord::Client] = clientId("Casey");
        m_records[PracticeRecord::Note] = insertNote(kAlex, "Casey", true, "Practice note");
        m_records[PracticeRecord::Invoice] = superuserText(
            "SELECT id::text FROM invoices WHERE org_id = '" + m_practice + "' LIMIT 1");
        m_records[PracticeRecord::Location] =
            superuserText("SELECT id::text FROM locations WHERE org_id = '" + m_practice + "'");
        m_records[PracticeRecord::Member] =
            superuserText("SELECT id::text FROM memberships WHERE org_id = '" + m_practice +
                          "' AND role = 'client'");
        m_records[PracticeRecord::Invitation] = superuserText(
            "INSERT INTO invitations (org_id, id, email, role, token_hash, invited_by_user_id, "
            "expires_at) VALUES ('" +
            m_practice +
            "', gen_random_uuid(), 'invitee@example.com', 'trainer', "
            "sha256('cross-tenant'), '" +
            m_trainer + "', now() + interval '1 day') RETURNING id::text");
        m_records[PracticeRecord::ContractorInvoice] = superuserText(
            "INSERT INTO invoices (org_id, id, client_id, status, subtotal_cents, tax_cents, "
            "total_cents, trainer_user_id, location_id, recipient_kind) SELECT org_id, "
            "gen_random_uuid(), NULL, 'draft', 0, 0, 0, '" +
            m_trainer + "', id, 'organization' FROM locations WHERE org_id = '" + m_practice +
            "' RETURNING id::text");
        const std::string portalPhone = "0190aaaa-bbbb-7ccc-8ddd-000000000002";
        loginOk(kClientEmail, {{"device_id", portalPhone}, {"device_name", "Portal phone"}});
        m_records[PracticeRecord::Device] = portalPhone;
    }

    Answer send(const std::string& token, const TenantEndpoint& endpoint, const std::string& org,
                const std::string& id)
    {
        std::string path = "/api/v1/orgs/" + org + endpoint.path;
        path = replaced(replaced(path, "{id}", id), "{trainer}",
                        id == kNoSuchId ? std::string(kNoSuchId) : m_trainer);
        const std::string body = endpoint.body.is_null() ? std::string() : endpoint.body.dump();
        const auto https = client();
        const auto headers = bearer(token);
        httplib::Result answer = [&] {
            if (endpoint.method == "GET") {
                return https->Get(path.c_str(), headers);
            }
            if (endpoint.method == "POST") {
                return https->Post(path.c_str(), headers, body, "application/json");
            }
            if (endpoint.method == "PUT") {
                return https->Put(path.c_str(), headers, body, "application/json");
            }
            if (endpoint.method == "PATCH") {
                return https->Patch(path.c_str(), headers, body, "application/json");
            }
            return https->Delete(path.c_str(), headers);
        }();
        if (!answer) {
            ADD_FAILURE() << endpoint.method << ' ' << path << ": no answer";
            return {};
        }
        return {answer->status, answer->body};
    }

    // Every public table's row count and content digest, read as superuser.
    std::map<std::string, std::string> databaseSnapshot()
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work tx(connection);
        std::map<std::string, std::string> snapshot;
        const pqxx::result tables =
            tx.exec("SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
        for (const auto& table : tables) {
            const std::string name = tx.quote_name(table[0].as<std::string>());
            const auto row = tx.exec1("SELECT count(*)::text || ':' || coalesce(md5(string_agg("
                                      "t::text, ',' ORDER BY t::text)), '') FROM " +
                                      name + " t");
            snapshot[name] = row[0].as<std::string>();
        }
        return snapshot;
    }

    void checkMatrixFor(const std::string& email, Role role)
    {
        const std::string token = accessTokenFor(email);
        const auto before = databaseSnapshot();
        const std::string notFound = send(token, tenantEndpoints()[0], kNoSuchId, "").body;
        EXPECT_NE(notFound.find("not_found"), std::string::npos) << notFound;
        for (const auto& endpoint : tenantEndpoints()) {
            SCOPED_TRACE(email + " " + endpoint.method + " " + endpoint.path);
            const bool hasId = endpoint.record != PracticeRecord::None;
            const std::string practiceId = hasId ? m_records.at(endpoint.record) : "";

            const Answer otherTenant = send(token, endpoint, m_practice, practiceId);
            EXPECT_EQ(otherTenant.status, 404) << otherTenant.body;
            EXPECT_EQ(otherTenant.body, notFound);
            if (!hasId) {
                const Answer randomOrg = send(token, endpoint, kNoSuchId, "");
                EXPECT_EQ(randomOrg.status, 404);
                EXPECT_EQ(randomOrg.body, notFound);
                continue;
            }
            const Answer foreignId = send(token, endpoint, m_northside, practiceId);
            const Answer randomId = send(token, endpoint, m_northside, kNoSuchId);
            // A member whose role may never do the action learns that (403) whatever the id.
            const int expected =
                service::roleCanEver(role, endpoint.action, endpoint.resource) ? 404 : 403;
            EXPECT_EQ(foreignId.status, expected) << foreignId.body;
            EXPECT_EQ(foreignId.body, randomId.body);
            if (expected == 404) {
                EXPECT_EQ(foreignId.body, notFound);
            }
            for (const char* clientData : {"Casey", "Morgan", "Practice note", "example.com"}) {
                EXPECT_EQ(foreignId.body.find(clientData), std::string::npos) << clientData;
                EXPECT_EQ(otherTenant.body.find(clientData), std::string::npos) << clientData;
            }
        }
        const auto after = databaseSnapshot();
        for (const auto& [table, state] : before) {
            EXPECT_EQ(after.at(table), state) << table << " changed";
        }
        EXPECT_EQ(after.size(), before.size());
    }

    std::string m_practice;
    std::string m_northside;
    std::string m_trainer;
    std::map<PracticeRecord, std::string> m_records;
};

TEST_F(CrossTenantMatrix, NorthsideOwnerReachesNothingOfAlexsPractice)
{
    checkMatrixFor(kOwnerEmail, Role::Owner);
}

TEST_F(CrossTenantMatrix, SamReachesNothingOfAlexsPractice)
{
    checkMatrixFor(kSamEmail, Role::Trainer);
}

TEST(CrossTenantMatrixTable, CoversEveryOrgRouteOfTheServer)
{
    // Every orgRoute("...") pattern in server/http, as a table path: the first capture is {id},
    // the second {trainer}. A new tenant route fails here until the matrix covers it.
    std::set<std::string> tablePaths;
    for (const auto& endpoint : tenantEndpoints()) {
        tablePaths.insert(endpoint.path.substr(0, endpoint.path.find('?')));
    }
    const std::regex call(R"re(orgRoute\("([^"]*)"\))re");
    std::set<std::string> serverPaths;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(FITFLOW_SOURCE_DIR) + "/server/http")) {
        if (entry.path().extension() != ".cpp" || entry.path().filename() == "TenantApi.cpp") {
            continue;
        }
        std::ifstream file(entry.path());
        const std::string source{std::istreambuf_iterator<char>(file), {}};
        for (auto it = std::sregex_iterator(source.begin(), source.end(), call);
             it != std::sregex_iterator(); ++it) {
            std::string path = (*it)[1].str();
            const std::string capture = "([^/]+)";
            for (const char* placeholder : {"{id}", "{trainer}"}) {
                if (const auto at = path.find(capture); at != std::string::npos) {
                    path.replace(at, capture.size(), placeholder);
                }
            }
            serverPaths.insert(path);
            EXPECT_TRUE(tablePaths.count(path) == 1)
                << path << " (" << entry.path().filename() << ") is missing from the matrix";
        }
    }
    for (const auto& path : tablePaths) {
        EXPECT_TRUE(serverPaths.count(path) == 1) << path << ": no such route in server/http";
    }
}

} // namespace

} // namespace fitflow::test
