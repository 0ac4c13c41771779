// What the devices of a studio's owner and of a location manager receive (issue 6 part 8), through
// the real fitflow-cli and fitflow-server: every trainer's sessions at the locations they run,
// the organization's invoices and payments, invoices trainers billed, and never a note. The
// expected sets come from the database itself (superuser), not from constants.

#include "tests/integration/sync_money/MoneySyncFixture.h"

#include <pqxx/pqxx>

#include <set>

namespace fitflow::test {
namespace {

constexpr const char* kManagerEmail = "manager@demo.fitflow.test";
constexpr const char* kOwnerEmail = "owner@demo.fitflow.test";
constexpr const char* kSecretNote = "Confidential: knee injury history";

using IdSet = std::set<std::string>;

class ManagerPullScope : public MoneySyncFixture {
protected:
    // The first column of every row `sql` returns (one text parameter).
    IdSet queryIds(const std::string& sql, const std::string& parameter)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work work(connection);
        IdSet ids;
        for (const auto& row : work.exec_params(sql, parameter)) {
            ids.insert(row[0].as<std::string>());
        }
        return ids;
    }

    std::string userId(const std::string& email)
    {
        const IdSet ids = queryIds("SELECT id::text FROM users WHERE email = $1", email);
        return ids.empty() ? std::string{} : *ids.begin();
    }

    static IdSet idsOf(const nlohmann::json& rows)
    {
        IdSet ids;
        for (const auto& row : rows) {
            ids.insert(row.value("id", std::string{}));
        }
        return ids;
    }

    static IdSet valuesOf(const nlohmann::json& rows, const std::string& field)
    {
        IdSet values;
        for (const auto& row : rows) {
            if (row.contains(field) && row[field].is_string()) {
                values.insert(row[field].get<std::string>());
            }
        }
        return values;
    }

    // A client with a session at `locationId` (demo clients train at one location each).
    static std::string clientAt(const nlohmann::json& dumped, const std::string& locationId)
    {
        for (const auto& session : dumped.value("session", nlohmann::json::array())) {
            if (session.value("location_id", std::string{}) == locationId) {
                return session.value("client_id", std::string{});
            }
        }
        return {};
    }

    // Alex (trainer at Toronto and Montréal) writes a note about a client at each location and
    // bills an issued, partly paid Québec invoice to the Montréal client; returns its id.
    std::string alexWritesNotesAndBills(DemoStudio& studio)
    {
        const std::string alex = newDevice("alex", kAlexEmail);
        expectSynced(alex);
        const auto dumped = nlohmann::json::parse(dump(alex));
        const auto found = studioIn(dumped.dump());
        EXPECT_TRUE(found) << "Alex's device holds no Northside studio";
        if (!found) {
            return {};
        }
        studio = *found;
        const std::string montrealClient = clientAt(dumped, studio.montrealId);
        const std::string torontoClient = clientAt(dumped, studio.torontoId);
        EXPECT_FALSE(montrealClient.empty() || torontoClient.empty());
        for (const auto& client : {montrealClient, torontoClient}) {
            add(alex, "note", studio.orgId, {{"client_id", client}, {"text", kSecretNote}});
        }
        money({"invoice", "reserve", "--store", alex, "--org", studio.orgId});
        expectSynced(alex);
        studio.clientId = montrealClient;
        const std::string invoice = money({"invoice", "draft", "--store", alex, "--org",
                                           studio.orgId, "--json", draftFor(studio, "QC").dump()});
        money({"invoice", "issue", invoice, "--store", alex});
        money({"payment", "record", "--store", alex, "--invoice", invoice, "--json",
               R"({"amount_cents": 5000, "method": "cash", "received_on": "2026-03-20"})"});
        expectSynced(alex);
        return invoice;
    }

    // Syncs a new device of `email` and returns its dump, checking no note arrived.
    nlohmann::json syncedDumpOf(const std::string& name, const std::string& email)
    {
        const std::string store = newDevice(name, email);
        expectSynced(store);
        const std::string text = dump(store);
        EXPECT_EQ(text.find(kSecretNote), std::string::npos) << name << " received note text";
        const auto dumped = nlohmann::json::parse(text, nullptr, false);
        EXPECT_TRUE(dumped.is_object()) << text;
        EXPECT_TRUE(dumped.value("note", nlohmann::json::array()).empty())
            << name << " received notes: " << dumped["note"].dump();
        return dumped;
    }
};

TEST_F(ManagerPullScope, ManagerReceivesEveryTrainersSessionsAtTheirLocationInvoicesAndNoNotes)
{
    DemoStudio studio;
    const std::string invoice = alexWritesNotesAndBills(studio);
    ASSERT_FALSE(HasFailure());
    ASSERT_EQ(queryIds("SELECT id::text FROM notes WHERE org_id = $1::uuid", studio.orgId).size(),
              2u)
        << "the notes must exist on the server for this test to mean anything";

    const auto dumped = syncedDumpOf("manager", kManagerEmail);
    ASSERT_FALSE(HasFailure());

    // Every live session at Montréal, whoever trains it, and nothing from elsewhere.
    const IdSet expectedSessions =
        queryIds("SELECT id::text FROM sessions WHERE location_id = $1::uuid AND NOT deleted",
                 studio.montrealId);
    ASSERT_FALSE(expectedSessions.empty());
    EXPECT_EQ(idsOf(dumped["session"]), expectedSessions);
    EXPECT_EQ(valuesOf(dumped["session"], "location_id"), IdSet{studio.montrealId});
    EXPECT_EQ(valuesOf(dumped["session"], "trainer_id"),
              queryIds("SELECT DISTINCT trainer_user_id::text FROM sessions"
                       " WHERE location_id = $1::uuid AND NOT deleted",
                       studio.montrealId));

    // Only the studio: nothing of Alex's own practice.
    EXPECT_EQ(valuesOf(dumped["session"], "org_id"), IdSet{studio.orgId});
    EXPECT_EQ(valuesOf(dumped["client"], "org_id"), IdSet{studio.orgId});

    // The invoices of every client the manager sees (incl. the one Alex billed) and their payments.
    const IdSet clients = idsOf(dumped["client"]);
    IdSet expectedInvoices;
    for (const auto& client : clients) {
        const IdSet ofClient =
            queryIds("SELECT id::text FROM invoices WHERE client_id = $1::uuid", client);
        expectedInvoices.insert(ofClient.begin(), ofClient.end());
    }
    EXPECT_TRUE(expectedInvoices.count(invoice));
    EXPECT_EQ(idsOf(dumped["invoice"]), expectedInvoices);
    const auto billed = findById(dumped["invoice"], invoice);
    ASSERT_TRUE(billed.is_object());
    EXPECT_EQ(billed["trainer_id"], userId(kAlexEmail));
    EXPECT_EQ(billed.value("balance_cents", std::int64_t{-1}), 19546 - 5000);
    IdSet expectedPayments;
    for (const auto& id : expectedInvoices) {
        const IdSet ofInvoice =
            queryIds("SELECT id::text FROM payments WHERE invoice_id = $1::uuid", id);
        expectedPayments.insert(ofInvoice.begin(), ofInvoice.end());
    }
    EXPECT_FALSE(expectedPayments.empty());
    EXPECT_EQ(idsOf(dumped["payment"]), expectedPayments);
}

TEST_F(ManagerPullScope, OwnerReceivesEveryTrainersSessionsAllInvoicesAndPaymentsAndNoNotes)
{
    DemoStudio studio;
    const std::string invoice = alexWritesNotesAndBills(studio);
    ASSERT_FALSE(HasFailure());

    const auto dumped = syncedDumpOf("owner", kOwnerEmail);
    ASSERT_FALSE(HasFailure());

    const IdSet expectedSessions = queryIds(
        "SELECT id::text FROM sessions WHERE org_id = $1::uuid AND NOT deleted", studio.orgId);
    EXPECT_EQ(idsOf(dumped["session"]), expectedSessions);
    // Both studio trainers' schedules.
    const IdSet trainers = valuesOf(dumped["session"], "trainer_id");
    EXPECT_TRUE(trainers.count(userId(kAlexEmail)));
    EXPECT_TRUE(trainers.count(userId(kSamEmail)));

    EXPECT_EQ(idsOf(dumped["invoice"]),
              queryIds("SELECT id::text FROM invoices WHERE org_id = $1::uuid", studio.orgId));
    EXPECT_TRUE(idsOf(dumped["invoice"]).count(invoice));
    EXPECT_EQ(idsOf(dumped["payment"]),
              queryIds("SELECT id::text FROM payments WHERE org_id = $1::uuid", studio.orgId));
    EXPECT_FALSE(dumped["payment"].empty());
    EXPECT_EQ(valuesOf(dumped["organization"], "id"), IdSet{studio.orgId});
}

} // namespace
} // namespace fitflow::test
