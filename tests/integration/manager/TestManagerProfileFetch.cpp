// The desktop's profile fetch (desktop/core/account/ProfileJobs: GET /api/v1/me plus the member
// lists of organizations the user administers, cached in the encrypted store) against the real
// fitflow-server: a manager's profile holds the manager role limited to Montréal and the studio
// trainers' names, so the Manager view can label their schedules; a trainer's holds no studio to
// administer and no member list; a sign-out that wipes forgets the cached profile.

#include "tests/integration/cli_sync/CliSyncFixture.h"

#include "desktop/core/account/AccountJobs.h"
#include "desktop/core/account/ProfileJobs.h"
#include "desktop/core/manager/ManagedOrganization.h"
#include "desktop/storage/LocalStore.h"
#include "desktop/storage/sqlcipher/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <pqxx/pqxx>

namespace fitflow::test {

namespace {

using desktop::AccountProfile;
using desktop::LocalStore;

// Qt's SQL drivers need an application object.
QCoreApplication& qtApplication()
{
    static int argc = 1;
    static char name[] = "test_manager_profile_integration";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

QString qt(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

class ManagerProfileFetch : public CliSyncFixture {
protected:
    void SetUp() override
    {
        qtApplication();
        CliSyncFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        auto store =
            LocalStore::create(qt(storePath("profile")), QByteArrayLiteral("manager profile store"),
                               desktop::KdfSettings::fastForTests());
        ASSERT_TRUE(store) << store.error().message;
        m_store = std::move(*store);
    }

    void TearDown() override
    {
        m_store.reset();
        QSqlDatabase::registerSqlDriver(desktop::sqlcipher::SqlCipherDriver::kDriverName, nullptr);
        CliSyncFixture::TearDown();
    }

    void signIn(const std::string& email)
    {
        auto signedIn = desktop::signInStore(
            m_store->database(),
            {serverUrl(), caCertificatePath(), email, kCliDemoPassword, "profile test", {}});
        ASSERT_TRUE(signedIn) << signedIn.error().message;
    }

    std::string queryText(const std::string& sql, const std::string& parameter)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work work(connection);
        const pqxx::result rows = work.exec_params(sql, parameter);
        return rows.empty() ? std::string{} : rows[0][0].as<std::string>();
    }

    std::string userId(const std::string& email)
    {
        return queryText("SELECT id::text FROM users WHERE email = $1", email);
    }

    std::unique_ptr<LocalStore> m_store;
};

TEST_F(ManagerProfileFetch, AManagersProfileHoldsTheRoleItsLocationAndTheTrainersNames)
{
    signIn("manager@demo.fitflow.test");
    ASSERT_FALSE(HasFatalFailure());
    auto fetched = desktop::fetchAndCacheProfile(m_store->database());
    ASSERT_TRUE(fetched) << fetched.error().code << ": " << fetched.error().message;
    const AccountProfile& profile = *fetched;
    EXPECT_EQ(profile.email, qt("manager@demo.fitflow.test"));
    EXPECT_EQ(profile.userId, qt(userId("manager@demo.fitflow.test")));
    EXPECT_TRUE(profile.fetchedAt.isValid());

    const std::string studio =
        queryText("SELECT id::text FROM organizations WHERE name = $1", "Northside Strength");
    const std::string montreal =
        queryText("SELECT id::text FROM locations WHERE name = $1", "Montréal");
    ASSERT_FALSE(studio.empty() || montreal.empty());
    EXPECT_EQ(profile.rolesIn(qt(studio)), QStringList{QStringLiteral("manager")});

    const auto managed = desktop::managedOrganizations(profile);
    ASSERT_EQ(managed.size(), 1);
    EXPECT_EQ(managed.front().orgId, qt(studio));
    EXPECT_EQ(managed.front().locationIds, QStringList{qt(montreal)});
    EXPECT_TRUE(managed.front().mayRecordPayments);

    // Both studio trainers are named (from the member list), not shown as bare ids.
    for (const char* trainer : {"alex@demo.fitflow.test", "sam@demo.fitflow.test"}) {
        const QString id = qt(userId(trainer));
        EXPECT_TRUE(profile.memberNames.contains(id)) << trainer;
        EXPECT_FALSE(profile.nameOf(id).startsWith(QStringLiteral("Trainer "))) << trainer;
    }

    // The same profile is read back from the store, offline.
    auto cached = desktop::readCachedProfile(m_store->database());
    ASSERT_TRUE(cached);
    EXPECT_EQ(cached->userId, profile.userId);
    EXPECT_EQ(cached->rolesIn(qt(studio)), profile.rolesIn(qt(studio)));
    EXPECT_EQ(cached->memberNames, profile.memberNames);
}

TEST_F(ManagerProfileFetch, ATrainerAdministersNothingAndAWipingSignOutForgetsTheProfile)
{
    signIn("sam@demo.fitflow.test");
    ASSERT_FALSE(HasFatalFailure());
    auto fetched = desktop::fetchAndCacheProfile(m_store->database());
    ASSERT_TRUE(fetched) << fetched.error().message;
    EXPECT_FALSE(fetched->memberships.isEmpty());
    EXPECT_TRUE(desktop::managedOrganizations(*fetched).isEmpty());
    EXPECT_TRUE(fetched->memberNames.isEmpty()); // no member list for a trainer

    auto signedOut = desktop::signOutStore(m_store->database(), true);
    ASSERT_TRUE(signedOut) << signedOut.error().message;
    auto cached = desktop::readCachedProfile(m_store->database());
    ASSERT_TRUE(cached);
    EXPECT_FALSE(cached->isKnown());
    auto again = desktop::fetchAndCacheProfile(m_store->database());
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, "not_signed_in");
}

} // namespace fitflow::test
