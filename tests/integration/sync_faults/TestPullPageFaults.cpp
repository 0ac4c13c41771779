// A pull of several pages (docs/sync-protocol.md, "Pull") while the next page is fetched during
// the current page's apply (SyncEngine with PullPagePrefetch): a lost answer to a later page
// leaves the pages before it committed with their cursor, and the retry resumes there, ending
// with exactly the rows of a clean pull.
//
// fitflow-cli's pull of one organization is [token refresh, GET /me, first page, ...], one
// connection each; the pages after the first share a kept-alive connection, so
// setFaultAfterConnections(plan, 3, 1) hits the second page.

#include "tests/integration/sync_faults/SyncFaultFixture.h"

#include <regex>

namespace fitflow::test {
namespace {

constexpr int kConnectionsBeforeSecondPage = 3; // refresh, GET /me, the first page
constexpr int kSeededClients = 2500;            // three pages of 1,000 rows at least

class PullPageFaults : public SyncFaultFixture {
protected:
    // Clients written as the superuser: the sync triggers stamp them as any write.
    void seedClients(const std::string& org, int count)
    {
        sqlExec("INSERT INTO clients (org_id, id, given_name, family_name, email, phone) "
                "SELECT '" +
                org +
                "', gen_random_uuid(), 'Page', 'Client ' || i, 'page' || i || "
                "'@clients.example.com', '+1 514 555 0000' FROM generate_series(1, " +
                std::to_string(count) + ") AS i");
    }

    // The "pulled N" count a successful `fitflow-cli sync` prints.
    static long long pulledCount(const ProcessOutput& synced)
    {
        static const std::regex kPulled("pulled ([0-9]+)");
        std::smatch match;
        if (!std::regex_search(synced.out, match, kPulled)) {
            ADD_FAILURE() << "no pulled count in: " << synced.out;
            return -1;
        }
        return std::stoll(match[1].str());
    }
};

TEST_F(PullPageFaults, LostLaterPageResumesFromTheLastCommittedPage)
{
    seedClients(orgId(kNorthside), kSeededClients);
    const CliDevice reference = newDevice("reference", kOwnerEmail);
    const CliDevice laptop = newDevice("laptop", kOwnerEmail, Route::ThroughProxy);
    ASSERT_FALSE(HasFailure());
    const ProcessOutput clean = sync(reference);
    ASSERT_EQ(clean.exitCode, 0) << clean.err;
    const long long everyRow = pulledCount(clean);
    ASSERT_GT(everyRow, kSeededClients);

    // The server answers the second page, the answer is lost; fitflow-cli retries in-process.
    proxy().setFaultAfterConnections(FaultPlan::dropResponseAfterRequest(),
                                     kConnectionsBeforeSecondPage, 1);
    const ProcessOutput synced = sync(laptop);
    EXPECT_EQ(synced.exitCode, 0) << synced.err << synced.out;
    EXPECT_EQ(proxy().counters().faultsInjected, 1u);
    EXPECT_NE(synced.err.find("retrying"), std::string::npos) << synced.err;
    // The retry pulled only what the first attempt had not committed: the first page stayed.
    const long long retried = pulledCount(synced);
    EXPECT_GT(retried, 0);
    EXPECT_LT(retried, everyRow) << "the retry started the snapshot over";
    // And nothing is missing or doubled.
    EXPECT_EQ(dumpText(laptop), dumpText(reference));
}

} // namespace
} // namespace fitflow::test
