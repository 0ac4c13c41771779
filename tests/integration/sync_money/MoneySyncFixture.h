#pragma once
// CliSyncFixture plus what the money tests share: the demo studio (Northside Strength), its
// Montréal and Toronto locations and a client of a trainer, found in a synced dump; invoice
// drafts for Québec (GST + QST) and Ontario (HST); and the fitflow-cli money commands.

#include "tests/integration/cli_sync/CliSyncFixture.h"

#include <optional>

namespace fitflow::test {

inline constexpr const char* kAlexEmail = "alex@demo.fitflow.test";
inline constexpr const char* kSamEmail = "sam@demo.fitflow.test";

struct DemoStudio {
    std::string orgId;
    std::string montrealId;
    std::string torontoId;
    std::string clientId; // the first client of the studio the device holds
};

class MoneySyncFixture : public CliSyncFixture {
protected:
    static std::optional<DemoStudio> studioIn(const std::string& dumpText)
    {
        const auto dumped = nlohmann::json::parse(dumpText, nullptr, false);
        DemoStudio studio;
        for (const auto& organization : dumped.value("organization", nlohmann::json::array())) {
            if (organization.value("name", std::string{}) == "Northside Strength") {
                studio.orgId = organization.value("id", std::string{});
            }
        }
        for (const auto& location : dumped.value("location", nlohmann::json::array())) {
            if (location.value("org_id", std::string{}) != studio.orgId) {
                continue;
            }
            const std::string name = location.value("name", std::string{});
            (name == "Toronto" ? studio.torontoId : studio.montrealId) =
                location.value("id", std::string{});
        }
        for (const auto& client : dumped.value("client", nlohmann::json::array())) {
            if (client.value("org_id", std::string{}) == studio.orgId) {
                studio.clientId = client.value("id", std::string{});
                break;
            }
        }
        if (studio.orgId.empty() || studio.clientId.empty() || studio.montrealId.empty()) {
            return std::nullopt;
        }
        return studio;
    }

    // Two sessions at $85 supplied in `province`, by a GST/HST- and QST-registered studio.
    static nlohmann::json draftFor(const DemoStudio& studio, const std::string& province)
    {
        return {{"client_id", studio.clientId},
                {"location_id", province == "QC" ? studio.montrealId : studio.torontoId},
                {"tax_point_date", "2026-03-15"},
                {"supplier",
                 {{"gst_hst_registered", true},
                  {"qst_registered", true},
                  {"pst_registered", nlohmann::json::array()}}},
                {"place", {{"kind", "in_person"}, {"province", province}}},
                {"lines",
                 {{{"description", "Personal training"},
                   {"quantity", 2},
                   {"unit_price_cents", 8500},
                   {"discount_cents", 0},
                   {"category", "service"},
                   {"tax_included", false}}}}};
    }

    // Runs a money command and returns its first output line (an id or a number).
    std::string money(const std::vector<std::string>& arguments, bool expectSuccess = true) const
    {
        const ProcessOutput done = cli(arguments);
        if (expectSuccess) {
            EXPECT_EQ(done.exitCode, 0) << done.err;
        } else {
            EXPECT_NE(done.exitCode, 0) << done.out;
        }
        std::string line = done.out.substr(0, done.out.find('\n'));
        return line;
    }

    void expectSynced(const std::string& store) const
    {
        const ProcessOutput synced = sync(store);
        EXPECT_EQ(synced.exitCode, 0) << synced.err << synced.out;
    }

    static nlohmann::json findById(const nlohmann::json& rows, const std::string& id)
    {
        for (const auto& row : rows) {
            if (row.value("id", std::string{}) == id) {
                return row;
            }
        }
        return nullptr;
    }
};

} // namespace fitflow::test
