// A contractor invoice end to end (issue 6 part 8), through the real fitflow-cli and the real
// fitflow-server: Alex records his own GST/HST and QST numbers (PATCH /me/tax-registrations),
// reserves numbers while online, then drafts and issues an invoice to the Northside studio
// offline (recipient organization, a location, no client) and syncs; the owner's device pulls it
// with recipient organization, no client and the numbers the server snapshotted at issue.

#include "tests/integration/cli_sync/CliSyncFixture.h"

namespace fitflow::test {
namespace {

std::string firstLine(std::string text)
{
    const auto end = text.find_first_of("\r\n");
    return end == std::string::npos ? text : text.substr(0, end);
}

class CliSyncContractorInvoice : public CliSyncFixture {
protected:
    httplib::Result patchAs(const std::string& accessToken, const std::string& path,
                            const nlohmann::json& body) const
    {
        httplib::SSLClient https("127.0.0.1", port());
        https.set_ca_cert_path(caCertificatePath().c_str());
        https.enable_server_certificate_verification(true);
        return https.Patch(path.c_str(), {{"Authorization", "Bearer " + accessToken}}, body.dump(),
                           "application/json");
    }

    int port() const { return std::stoi(serverUrl().substr(serverUrl().rfind(':') + 1)); }

    // The province of `locationId` in a synced `dump`.
    static std::string provinceOf(const std::string& dumpText, const std::string& locationId)
    {
        const auto dumped = nlohmann::json::parse(dumpText, nullptr, false);
        for (const auto& location : dumped.value("location", nlohmann::json::array())) {
            if (location.value("id", std::string{}) == locationId) {
                return location.value("province", std::string{});
            }
        }
        return {};
    }
};

TEST_F(CliSyncContractorInvoice, ATrainersOfflineInvoiceToTheStudioReachesTheOwner)
{
    const std::string alex = newDevice("alex", "alex@demo.fitflow.test");
    expectSynced(alex);
    const std::string alexDump = dump(alex);
    const auto [orgId, locationId] = studioAndLocation(alexDump);
    ASSERT_FALSE(orgId.empty());
    const std::string province = provinceOf(alexDump, locationId);
    ASSERT_FALSE(province.empty());

    const nlohmann::json numbers{{"gst_hst_number", "123456782RT0001"},
                                 {"qst_number", "1224002901TQ0001"}};
    const auto patched =
        patchAs(accessTokenFor("alex@demo.fitflow.test"), "/api/v1/me/tax-registrations", numbers);
    ASSERT_TRUE(patched);
    ASSERT_EQ(patched->status, 200) << patched->body;

    const auto reserved =
        cli({"invoice", "reserve", "--store", alex, "--org", orgId, "--count", "10"});
    ASSERT_EQ(reserved.exitCode, 0) << reserved.err;
    expectSynced(alex); // the block arrives with this pull

    // Offline from here: the draft and the issue only touch the store and its outbox.
    const nlohmann::json draft{{"recipient", "organization"},
                               {"location_id", locationId},
                               {"tax_point_date", "2026-11-20"},
                               {"supplier",
                                {{"gst_hst_registered", true},
                                 {"qst_registered", province == "QC"},
                                 {"pst_registered", nlohmann::json::array()}}},
                               {"place", {{"kind", "in_person"}, {"province", province}}},
                               {"lines",
                                {{{"description", "Training sessions at the studio, November"},
                                  {"quantity", 4},
                                  {"unit_price_cents", 6000},
                                  {"discount_cents", 0},
                                  {"category", "service"},
                                  {"tax_included", false}}}}};
    const auto drafted =
        cli({"invoice", "draft", "--store", alex, "--org", orgId, "--json", draft.dump()});
    ASSERT_EQ(drafted.exitCode, 0) << drafted.err;
    const std::string invoiceId = firstLine(drafted.out);
    const auto issued = cli({"invoice", "issue", invoiceId, "--store", alex});
    ASSERT_EQ(issued.exitCode, 0) << issued.err;
    const std::string number = firstLine(issued.out);
    EXPECT_EQ(number.rfind("INV-2026-", 0), 0u) << number;

    expectSynced(alex);
    expectNothingPendingOrRejected(alex);

    const std::string owner = newDevice("owner", "owner@demo.fitflow.test");
    expectSynced(owner);
    const auto listed = cli({"invoice", "list", "--store", owner, "--org", orgId});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    const auto invoices = nlohmann::json::parse(listed.out, nullptr, false);
    ASSERT_TRUE(invoices.is_array()) << listed.out;
    const auto received = std::find_if(invoices.begin(), invoices.end(), [&](const auto& row) {
        return row.value("id", std::string{}) == invoiceId;
    });
    ASSERT_NE(received, invoices.end()) << listed.out;
    EXPECT_EQ(received->value("recipient", std::string{}), "organization");
    EXPECT_TRUE((*received)["client_id"].is_null());
    EXPECT_EQ(received->value("number", std::string{}), number);
    EXPECT_EQ(received->value("status", std::string{}), "issued");
    const nlohmann::json snapshot = (*received)["supplier_registration_numbers"];
    ASSERT_TRUE(snapshot.is_object()) << received->dump();
    EXPECT_EQ(snapshot.value("gst_hst", std::string{}), "123456782RT0001");
    if (province == "QC") {
        EXPECT_EQ(snapshot.value("qst", std::string{}), "1224002901TQ0001");
    }
}

} // namespace
} // namespace fitflow::test
