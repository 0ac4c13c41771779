#pragma once
// What the contractor invoice tests share (migration 0019): the demo studio's ids read from the
// database, device logins of the demo users, raw push/pull and REST calls over TLS, and a
// contractor invoice draft (Alex invoicing Northside Strength for sessions run in Montréal).

#include "tests/integration/sync_money/MoneySyncFixture.h"

#include "shared/invoice/CreditNote.h"
#include "shared/invoice/InvoiceTotalsJson.h"
#include "shared/tax/TaxTable.h"

#include <pqxx/pqxx>

#include <map>
#include <memory>

namespace fitflow::test {

inline constexpr const char* kOwnerEmail = "owner@demo.fitflow.test";
inline constexpr const char* kManagerEmail = "manager@demo.fitflow.test";
inline constexpr const char* kClientEmail = "client@demo.fitflow.test";
inline constexpr const char* kAlexGstHst = "123456782RT0001";
inline constexpr const char* kAlexQst = "1224002901TQ0001";

class ContractorInvoiceFixture : public MoneySyncFixture {
protected:
    void SetUp() override
    {
        MoneySyncFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_orgId = superuserText("SELECT id::text FROM organizations "
                                "WHERE name = 'Northside Strength'");
        m_practiceId = superuserText("SELECT id::text FROM organizations "
                                     "WHERE name = 'Alex Rivera Coaching'");
        m_montrealId = superuserText("SELECT id::text FROM locations WHERE org_id = '" + m_orgId +
                                     "' AND name <> 'Toronto'");
        m_torontoId = superuserText("SELECT id::text FROM locations WHERE org_id = '" + m_orgId +
                                    "' AND name = 'Toronto'");
        m_alexId = userId(kAlexEmail);
        m_clientId = superuserText("SELECT id::text FROM clients WHERE org_id = '" + m_orgId +
                                   "' ORDER BY id LIMIT 1");
    }

    std::string superuserText(const std::string& sql)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work transaction(connection);
        const auto row = transaction.exec1(sql);
        return row[0].is_null() ? std::string() : row[0].as<std::string>();
    }

    void superuserExec(const std::string& sql)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work transaction(connection);
        transaction.exec(sql);
        transaction.commit();
    }

    std::string userId(const std::string& email)
    {
        return superuserText("SELECT id::text FROM users WHERE email = '" + email + "'");
    }

    // A login of a demo user on its own device (devices take number blocks).
    std::string loginOnDevice(const std::string& email, const std::string& deviceId) const
    {
        const auto login = apiPost("/api/v1/auth/login", {{"email", email},
                                                          {"password", kCliDemoPassword},
                                                          {"device_id", deviceId},
                                                          {"device_name", "contractor test"}});
        EXPECT_TRUE(login && login->status == 200) << (login ? login->body : "no answer");
        return login && login->status == 200
                   ? nlohmann::json::parse(login->body).value("access_token", std::string{})
                   : std::string();
    }

    std::unique_ptr<httplib::SSLClient> https() const
    {
        const std::string url = serverUrl();
        auto client = std::make_unique<httplib::SSLClient>(
            "127.0.0.1", std::stoi(url.substr(url.rfind(':') + 1)));
        client->set_ca_cert_path(caCertificatePath().c_str());
        client->enable_server_certificate_verification(true);
        return client;
    }

    static httplib::Headers bearer(const std::string& token)
    {
        return {{"Authorization", "Bearer " + token}};
    }

    httplib::Result getAs(const std::string& token, const std::string& path) const
    {
        return https()->Get(path.c_str(), bearer(token));
    }

    httplib::Result patchAs(const std::string& token, const std::string& path,
                            const nlohmann::json& body) const
    {
        return https()->Patch(path.c_str(), bearer(token), body.dump(), "application/json");
    }

    nlohmann::json op(std::int64_t id, const std::string& entity, const std::string& entityId,
                      nlohmann::json body, const std::string& orgId = {}) const
    {
        return {{"id", id},
                {"org_id", orgId.empty() ? m_orgId : orgId},
                {"entity", entity},
                {"entity_id", entityId},
                {"op", std::move(body)}};
    }

    nlohmann::json push(const std::string& token, const nlohmann::json& mutations) const
    {
        const auto answer =
            apiPost("/api/v1/sync/push", {{"schema_version", 1}, {"mutations", mutations}}, token);
        EXPECT_TRUE(answer && answer->status == 200) << (answer ? answer->body : "no answer");
        return answer ? nlohmann::json::parse(answer->body, nullptr, false) : nlohmann::json();
    }

    // One pushed operation's rejection {code, path}, or null when it applied.
    nlohmann::json pushOne(const std::string& token, const nlohmann::json& mutation) const
    {
        const auto answer = push(token, nlohmann::json::array({mutation}));
        for (const auto& rejection : answer.value("rejections", nlohmann::json::array())) {
            return rejection;
        }
        return nullptr;
    }

    // Every money row of `orgId` the token's user pulls, by id.
    std::map<std::string, nlohmann::json> pullMoney(const std::string& token,
                                                    const std::string& orgId = {}) const
    {
        std::map<std::string, nlohmann::json> rows;
        nlohmann::json cursor = nullptr;
        for (int page = 0; page < 50; ++page) {
            const auto answer = apiPost("/api/v1/sync/pull",
                                        {{"schema_version", 1},
                                         {"org_id", orgId.empty() ? m_orgId : orgId},
                                         {"cursor", cursor}},
                                        token);
            EXPECT_TRUE(answer && answer->status == 200) << (answer ? answer->body : "no answer");
            if (!answer || answer->status != 200) {
                break;
            }
            const auto body = nlohmann::json::parse(answer->body);
            for (const auto& change : body["changes"]) {
                const std::string entity = change["entity"];
                if (entity == "invoice" || entity == "payment" || entity == "number_block") {
                    rows[change["id"].get<std::string>()] = change;
                }
            }
            cursor = body["cursor"];
            if (!body.value("has_more", false)) {
                break;
            }
        }
        return rows;
    }

    // Twelve sessions at $60 run in Montréal by a trainer registered for GST and QST.
    nlohmann::json contractorDraft() const
    {
        return {{"type", "invoice.draft"},
                {"recipient", "organization"},
                {"location_id", m_montrealId},
                {"tax_point_date", "2026-03-31"},
                {"supplier",
                 {{"gst_hst_registered", true},
                  {"qst_registered", true},
                  {"pst_registered", nlohmann::json::array()}}},
                {"place", {{"kind", "in_person"}, {"province", "QC"}}},
                {"lines",
                 {{{"description", "Sessions run at Northside Montréal, March 2026"},
                   {"quantity", 12},
                   {"unit_price_cents", 6000},
                   {"discount_cents", 0},
                   {"category", "service"},
                   {"tax_included", false}}}}};
    }

    // What a device computes for the draft with the shared engine (the server must agree).
    static nlohmann::json totalsOf(const nlohmann::json& draft)
    {
        nlohmann::json input = draft;
        for (const char* key : {"type", "recipient", "client_id", "location_id", "line_links"}) {
            input.erase(key);
        }
        auto totals = invoice::invoiceTotalsFromJson(input, *tax::TaxTable::bundledCanada());
        EXPECT_TRUE(totals) << totals.error().message;
        return totals ? *totals : nlohmann::json();
    }

    // Reserves a block of `count` numbers for the token's device; its first number.
    std::int64_t reserveNumbers(const std::string& token, const std::string& blockId,
                                std::int64_t mutationId, const std::string& orgId = {})
    {
        const auto rejected =
            pushOne(token, op(mutationId, "number_block", blockId,
                              {{"type", "number_block.reserve"}, {"count", 5}}, orgId));
        EXPECT_TRUE(rejected.is_null()) << rejected.dump();
        const auto rows = pullMoney(token, orgId);
        const auto block = rows.find(blockId);
        EXPECT_NE(block, rows.end());
        return block == rows.end() ? 0 : block->second["values"]["first"].get<std::int64_t>();
    }

    // Makes the portal user client@ a client of the studio too (the demo seeds them in Alex's
    // practice only), holding a studio client record with an issued invoice; that invoice's id.
    std::string makeClientUserAStudioClient()
    {
        const std::string user = userId(kClientEmail);
        const std::string invoice = superuserText(
            "SELECT id::text FROM invoices WHERE org_id = '" + m_orgId +
            "' AND status = 'issued' AND recipient_kind = 'client' ORDER BY id LIMIT 1");
        superuserExec("SELECT set_config('fitflow.org_id', '" + m_orgId +
                      "', true); "
                      "INSERT INTO memberships (org_id, id, user_id, role) VALUES ('" +
                      m_orgId + "', '01937a00-0000-7000-8000-0000000cf001', '" + user +
                      "', 'client'); UPDATE clients SET user_id = '" + user +
                      "' WHERE id = (SELECT client_id FROM invoices WHERE id = '" + invoice + "')");
        return invoice;
    }

    void recordAlexsNumbers()
    {
        superuserExec(std::string("UPDATE users SET gst_hst_number = '") + kAlexGstHst +
                      "', qst_number = '" + kAlexQst + "' WHERE id = '" + m_alexId + "'");
    }

    std::string m_orgId;
    std::string m_practiceId;
    std::string m_montrealId;
    std::string m_torontoId;
    std::string m_alexId;
    std::string m_clientId;
};

} // namespace fitflow::test
