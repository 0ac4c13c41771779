// Invoice lines linked to what they bill (migration 0017, `line_links`), through the real
// fitflow-cli and fitflow-server: a session is billed by one invoice that is not void (a second
// draft is rejected with `already_billed`, voiding frees it), a package is linked the same way,
// the links reach another device with the pull; a late cancellation's fee draft (`invoice
// late-fee`) is made offline, linked to the session, and reaches the server with the taxes the
// shared engine computed.

#include "tests/integration/sync_money/MoneySyncFixture.h"
#include "tests/support/QuebecSampleInvoice.h"

#include <pqxx/pqxx>

namespace fitflow::test {
namespace {

class MoneyLineLinks : public MoneySyncFixture {
protected:
    void SetUp() override
    {
        MoneySyncFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_laptop = newDevice("laptop", kAlexEmail);
        ASSERT_FALSE(HasFailure());
        expectSynced(m_laptop);
        auto found = studioIn(dump(m_laptop));
        ASSERT_TRUE(found);
        m_studio = *found;
        money({"invoice", "reserve", "--store", m_laptop, "--org", m_studio.orgId});
        expectSynced(m_laptop);
    }

    std::string completedSession(const std::string& startsAt, const std::string& endsAt)
    {
        const std::string session = add(m_laptop, "session", m_studio.orgId,
                                        {{"client_id", m_studio.clientId},
                                         {"location_id", m_studio.montrealId},
                                         {"starts_at", startsAt},
                                         {"ends_at", endsAt}});
        update(m_laptop, "session", session, {{"status", "completed"}});
        return session;
    }

    nlohmann::json linkedDraft(const char* key, const std::string& id) const
    {
        // One $85 session in Montréal (GST and QST), billing `id`.
        nlohmann::json draft = quebecSampleDraft({.clientId = m_studio.clientId,
                                                  .locationId = m_studio.montrealId,
                                                  .taxPointDate = "2026-03-15",
                                                  .description = "Personal training",
                                                  .unitPriceCents = 8500});
        draft["line_links"] = {{{"line", 0}, {key, id}}};
        return draft;
    }

    std::string draft(const nlohmann::json& body) const
    {
        return money({"invoice", "draft", "--store", m_laptop, "--org", m_studio.orgId, "--json",
                      body.dump()});
    }

    std::string serverText(const std::string& sql)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::nontransaction tx(connection);
        const auto rows = tx.exec(sql);
        return rows.empty() || rows[0][0].is_null() ? std::string() : rows[0][0].c_str();
    }

    std::string m_laptop;
    DemoStudio m_studio;
};

TEST_F(MoneyLineLinks, ASessionIsBilledByOneInvoiceUntilThatInvoiceIsVoided)
{
    const std::string session = completedSession("2026-03-10T14:00:00Z", "2026-03-10T15:00:00Z");
    const std::string first = draft(linkedDraft("session_id", session));
    ASSERT_FALSE(HasFailure());
    expectSynced(m_laptop);
    EXPECT_EQ(serverText("SELECT invoice_id::text FROM invoice_lines WHERE session_id = '" +
                         session + "'"),
              first);

    // A second bill of the same session is refused with a reason, and undone on the device.
    const std::string second = draft(linkedDraft("session_id", session));
    ASSERT_FALSE(HasFailure());
    sync(m_laptop);
    expectSynced(m_laptop);
    const auto rejections = status(m_laptop)["rejections"];
    ASSERT_EQ(rejections.size(), 1u) << rejections.dump();
    EXPECT_EQ(rejections[0]["entity_id"], second);
    EXPECT_EQ(rejections[0]["code"], "already_billed");
    EXPECT_TRUE(findById(nlohmann::json::parse(dump(m_laptop))["invoice"], second).is_null());
    EXPECT_EQ(serverText("SELECT count(*)::text FROM invoices WHERE id = '" + second + "'"), "0");

    // Voiding the first invoice frees the session for a new one.
    money({"invoice", "issue", first, "--store", m_laptop});
    money({"invoice", "void", first, "--store", m_laptop});
    expectSynced(m_laptop);
    const std::string third = draft(linkedDraft("session_id", session));
    ASSERT_FALSE(HasFailure());
    expectSynced(m_laptop);
    EXPECT_EQ(status(m_laptop)["rejections"].size(), 1u);
    EXPECT_EQ(serverText("SELECT invoice_id::text FROM invoice_lines WHERE session_id = '" +
                         session + "' AND NOT released"),
              third);

    // Another device of the trainer receives the links with the invoices.
    const std::string tablet = newDevice("tablet", kAlexEmail);
    expectSynced(tablet);
    const auto pulled = findById(nlohmann::json::parse(dump(tablet))["invoice"], third);
    ASSERT_TRUE(pulled.is_object());
    EXPECT_EQ(pulled["line_links"],
              nlohmann::json::parse(R"([{"line": 0, "session_id": ")" + session + R"("}])"));
    EXPECT_EQ(findById(nlohmann::json::parse(dump(tablet))["invoice"], first)["status"], "void");
}

TEST_F(MoneyLineLinks, APackageIsLinkedOnceAndBadLinksAreRejected)
{
    const std::string package = add(m_laptop, "package", m_studio.orgId,
                                    {{"client_id", m_studio.clientId},
                                     {"name", "Ten sessions"},
                                     {"sessions_total", 10},
                                     {"price_cents", 75000},
                                     {"expires_on", "2027-03-31"}});
    const std::string invoice = draft(linkedDraft("package_id", package));
    const std::string again = draft(linkedDraft("package_id", package));
    // A link to a session that does not exist is a rejection with the link's path.
    const std::string missing =
        draft(linkedDraft("session_id", "01937a00-0000-7000-8000-0000000000ff"));
    ASSERT_FALSE(HasFailure());
    sync(m_laptop);
    expectSynced(m_laptop);

    EXPECT_EQ(serverText("SELECT invoice_id::text FROM invoice_lines WHERE package_id = '" +
                         package + "'"),
              invoice);
    std::map<std::string, std::string> codes;
    const nlohmann::json shown = status(m_laptop);
    for (const auto& rejection : shown["rejections"]) {
        // Explicit get: assigning a json to a std::string picks the string_view overload,
        // which would keep a view of a destroyed temporary.
        codes[rejection["entity_id"].get<std::string>()] = rejection["code"].get<std::string>();
    }
    EXPECT_EQ(codes[again], "already_billed");
    EXPECT_EQ(codes[missing], "not_found");
    EXPECT_EQ(codes.size(), 2u);

    // The device checks the shape before anything is queued.
    nlohmann::json twoLinks = linkedDraft("package_id", package);
    twoLinks["line_links"][0]["session_id"] = package;
    EXPECT_EQ(money({"invoice", "draft", "--store", m_laptop, "--org", m_studio.orgId, "--json",
                     twoLinks.dump()},
                    false),
              "");
    nlohmann::json outOfRange = linkedDraft("package_id", package);
    outOfRange["line_links"][0]["line"] = 1;
    EXPECT_EQ(money({"invoice", "draft", "--store", m_laptop, "--org", m_studio.orgId, "--json",
                     outOfRange.dump()},
                    false),
              "");
}

TEST_F(MoneyLineLinks, ALateCancellationFeeDraftIsMadeOfflineAndReachesTheServer)
{
    const std::string session = add(m_laptop, "session", m_studio.orgId,
                                    {{"client_id", m_studio.clientId},
                                     {"location_id", m_studio.montrealId},
                                     {"starts_at", "2026-03-20T14:00:00Z"},
                                     {"ends_at", "2026-03-20T15:00:00Z"}});
    update(m_laptop, "session", session, {{"status", "cancelled"}});
    const std::string fee = money({"invoice", "late-fee", session, "--store", m_laptop, "--json",
                                   R"({"fee_cents": 2500, "date": "2026-03-20"})"});
    ASSERT_FALSE(HasFailure());
    // One session, one fee invoice: the device refuses a second before anything is queued.
    money({"invoice", "late-fee", session, "--store", m_laptop, "--json",
           R"({"fee_cents": 2500, "date": "2026-03-20"})"},
          false);

    const auto local = findById(nlohmann::json::parse(dump(m_laptop))["invoice"], fee);
    ASSERT_TRUE(local.is_object());
    EXPECT_EQ(local["status"], "draft");
    // Montréal is 10:00 local (UTC-4 on 20 March 2026); Québec: GST 5% + QST 9.975% on $25.00.
    EXPECT_EQ(local["draft"]["lines"][0]["description"],
              "Late cancellation fee — 2026-03-20 10:00, Montréal");
    EXPECT_EQ(local["totals"]["total_cents"], 2500 + 125 + 249);

    expectSynced(m_laptop);
    EXPECT_EQ(status(m_laptop)["rejections"].size(), 0u);
    EXPECT_EQ(serverText("SELECT status || ' ' || total_cents || ' ' || client_id FROM invoices "
                         "WHERE id = '" +
                         fee + "'"),
              "draft 2874 " + m_studio.clientId);
    EXPECT_EQ(
        serverText("SELECT session_id::text FROM invoice_lines WHERE invoice_id = '" + fee + "'"),
        session);
}

} // namespace
} // namespace fitflow::test
