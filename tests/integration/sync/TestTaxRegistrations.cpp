// The organization's GST/HST and QST registration numbers (migration 0014) through the real
// server: only the owner sets or clears them with PATCH /api/v1/orgs/{org_id} (manager and
// trainer 403, nothing written), malformed numbers and unknown fields are 400 with the field's
// path, every change is audited, the database refuses malformed numbers itself (CHECK), and the
// numbers reach a member's device through a sync pull of the organization entity.

#include "tests/integration/sync/SyncApiFixture.h"

namespace fitflow::test {

namespace {

inline constexpr const char* kOwner = "owner@demo.fitflow.test";
inline constexpr const char* kManager = "manager@demo.fitflow.test";

class TaxRegistrations : public SyncApiFixture {
protected:
    static nlohmann::json bodyOf(const httplib::Result& answer)
    {
        return answer ? nlohmann::json::parse(answer->body, nullptr, false) : nlohmann::json{};
    }

    static int statusOf(const httplib::Result& answer) { return answer ? answer->status : -1; }

    static std::string errorPath(const httplib::Result& answer)
    {
        const auto body = bodyOf(answer);
        return body.is_object() && body.contains("error") ? body["error"].value("path", "")
                                                          : std::string{};
    }

    std::string storedNumbers(const std::string& org)
    {
        return superuserText("SELECT coalesce(gst_hst_number, '-') || '/' || "
                             "coalesce(qst_number, '-') FROM organizations WHERE id = '" +
                             org + "'");
    }

    long long auditCount()
    {
        return superuserCount("SELECT count(*) FROM audit_events WHERE action = "
                              "'organization.tax_registrations.update'");
    }
};

TEST_F(TaxRegistrations, OnlyTheOwnerSetsValidNumbersAndTheyReachADeviceByPull)
{
    const std::string northside = orgId(kNorthsideName);
    const std::string path = "/api/v1/orgs/" + northside;
    const nlohmann::json numbers{{"gst_hst_number", "123456789RT0001"},
                                 {"qst_number", "1234567890TQ0001"}};
    const std::string demoNumbers = storedNumbers(northside); // the demo studio is registered

    // Manager and trainer may never change the organization; nothing is written.
    EXPECT_EQ(statusOf(patchAs(accessTokenFor(kManager), path, numbers)), 403);
    EXPECT_EQ(statusOf(patchAs(accessTokenFor(kAlex), path, numbers)), 403);
    EXPECT_EQ(statusOf(patchAs(accessTokenFor(kSam), path, numbers)), 403);
    EXPECT_EQ(storedNumbers(northside), demoNumbers);

    // Bad formats and unknown fields: 400 with the path, nothing written or audited.
    struct BadBody {
        nlohmann::json body;
        std::string path;
    };
    const std::vector<BadBody> badBodies{
        {{{"gst_hst_number", "12345678RT0001"}}, "gst_hst_number"},
        {{{"gst_hst_number", "123456789RP0001"}}, "gst_hst_number"},
        {{{"gst_hst_number", "123456789rt0001"}}, "gst_hst_number"},
        {{{"gst_hst_number", 123456789}}, "gst_hst_number"},
        {{{"qst_number", "1234567890RT0001"}}, "qst_number"},
        {{{"qst_number", "1234567890TQ001"}}, "qst_number"},
        {{{"gst_hst_number", "123456789RT0001"}, {"name", "X"}}, "name"},
    };
    for (const auto& bad : badBodies) {
        const auto answer = patchAs(accessTokenFor(kOwner), path, bad.body);
        EXPECT_EQ(statusOf(answer), 400) << bad.body.dump();
        EXPECT_EQ(errorPath(answer), bad.path) << bad.body.dump();
    }
    EXPECT_EQ(storedNumbers(northside), demoNumbers);
    EXPECT_EQ(auditCount(), 0);

    // The owner sets both; the answer and the row hold them; the change is audited.
    const auto set = patchAs(accessTokenFor(kOwner), path, numbers);
    ASSERT_EQ(statusOf(set), 200) << (set ? set->body : "");
    EXPECT_EQ(bodyOf(set)["id"], northside);
    EXPECT_EQ(bodyOf(set)["gst_hst_number"], "123456789RT0001");
    EXPECT_EQ(bodyOf(set)["qst_number"], "1234567890TQ0001");
    EXPECT_EQ(storedNumbers(northside), "123456789RT0001/1234567890TQ0001");
    EXPECT_EQ(auditCount(), 1);

    // A member's device gets them with the organization entity.
    const Device trainer = deviceOf(kSam);
    const auto changes = pullAll(trainer, northside);
    const auto* organization = findChange(changes, "organization", northside);
    ASSERT_NE(organization, nullptr);
    const auto& values = (*organization)["values"];
    EXPECT_EQ(values["gst_hst_number"], "123456789RT0001") << organization->dump();
    EXPECT_EQ(values["qst_number"], "1234567890TQ0001") << organization->dump();

    // An absent field stays, null clears.
    const auto cleared = patchAs(accessTokenFor(kOwner), path, {{"qst_number", nullptr}});
    ASSERT_EQ(statusOf(cleared), 200) << (cleared ? cleared->body : "");
    EXPECT_EQ(bodyOf(cleared)["gst_hst_number"], "123456789RT0001");
    EXPECT_TRUE(bodyOf(cleared)["qst_number"].is_null());
    EXPECT_EQ(storedNumbers(northside), "123456789RT0001/-");
    EXPECT_EQ(auditCount(), 2);

    // Another organization's owner path: not theirs, 404.
    const std::string practice = orgId(kPracticeName);
    EXPECT_EQ(statusOf(patchAs(accessTokenFor(kOwner), "/api/v1/orgs/" + practice, numbers)), 404);
}

TEST_F(TaxRegistrations, TheDatabaseRefusesMalformedNumbers)
{
    const std::string northside = orgId(kNorthsideName);
    const std::string demoNumbers = storedNumbers(northside);
    EXPECT_ANY_THROW(superuserExec("UPDATE organizations SET gst_hst_number = '123456789' "
                                   "WHERE id = '" +
                                   northside + "'"));
    EXPECT_ANY_THROW(superuserExec("UPDATE organizations SET qst_number = '1234567890TQ00011' "
                                   "WHERE id = '" +
                                   northside + "'"));
    EXPECT_EQ(storedNumbers(northside), demoNumbers);
}

} // namespace

} // namespace fitflow::test
