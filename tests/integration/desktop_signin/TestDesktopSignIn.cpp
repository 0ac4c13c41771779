// The desktop's sign-in and sign-out steps against the real fitflow-server (migrated,
// demo-seeded, TLS with a throwaway CA; CliSyncFixture's setup) and a real encrypted store: a
// sign-in registers the store as a device and keeps the refresh token in the store; a TOTP account
// answers mfa_required until the code is sent; sign-out revokes the token family on the server.

#include "tests/integration/auth/IndependentTotp.h"
#include "tests/integration/cli_sync/CliSyncFixture.h"

#include "desktop/core/account/AccountJobs.h"
#include "desktop/storage/LocalStore.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/storage/sqlcipher/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <thread>

namespace fitflow::test {

namespace {

using desktop::AccountInfo;
using desktop::LocalStore;
using desktop::LoginRequest;

constexpr const char* kAlex = "alex@demo.fitflow.test";

// Qt's SQL drivers need an application object.
QCoreApplication& qtApplication()
{
    static int argc = 1;
    static char name[] = "test_desktop_signin_integration";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

} // namespace

class DesktopSignIn : public CliSyncFixture {
protected:
    void SetUp() override
    {
        qtApplication();
        CliSyncFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        auto store = LocalStore::create(QString::fromStdString(storePath("desktop")),
                                        QByteArrayLiteral("desktop sign-in store"),
                                        desktop::KdfSettings::fastForTests());
        ASSERT_TRUE(store) << store.error().message;
        m_store = std::move(*store);
    }

    void TearDown() override
    {
        m_store.reset();
        // Hand the driver registration back to Qt (it deletes the creator), so LeakSanitizer,
        // which checks before QtSql's globals are torn down in this non-Qt test main, stays quiet.
        QSqlDatabase::registerSqlDriver(desktop::sqlcipher::SqlCipherDriver::kDriverName, nullptr);
        CliSyncFixture::TearDown();
    }

    LoginRequest request(const std::string& email, const std::string& password) const
    {
        return {serverUrl(), caCertificatePath(), email, password, "desktop integration test", {}};
    }

    std::string savedRefreshToken() const
    {
        auto account = desktop::SyncStateRepository(m_store->database()).account();
        return account && *account ? (*account)->refreshToken : std::string{};
    }

    httplib::Result apiGet(const std::string& path, const std::string& accessToken) const
    {
        const std::string url = serverUrl();
        const int port = std::stoi(url.substr(url.rfind(':') + 1));
        httplib::SSLClient https("127.0.0.1", port);
        https.set_ca_cert_path(caCertificatePath().c_str());
        https.enable_server_certificate_verification(true);
        return https.Get(path.c_str(),
                         httplib::Headers{{"Authorization", "Bearer " + accessToken}});
    }

    std::unique_ptr<LocalStore> m_store;
};

TEST_F(DesktopSignIn, SignInRegistersTheDeviceAndKeepsTheTokenInTheStore)
{
    auto signedIn = desktop::signInStore(m_store->database(), request(kAlex, kCliDemoPassword));
    ASSERT_TRUE(signedIn) << signedIn.error().code << ": " << signedIn.error().message;
    EXPECT_TRUE(signedIn->signedIn);
    EXPECT_EQ(signedIn->email.toStdString(), kAlex);
    EXPECT_FALSE(signedIn->userId.isEmpty());
    EXPECT_FALSE(savedRefreshToken().empty());

    // The store is now one of the user's devices.
    auto deviceId = desktop::SyncStateRepository(m_store->database()).deviceId();
    ASSERT_TRUE(deviceId);
    const auto devices = apiGet("/api/v1/devices", accessTokenFor(kAlex));
    ASSERT_TRUE(devices);
    ASSERT_EQ(devices->status, 200) << devices->body;
    EXPECT_NE(devices->body.find(*deviceId), std::string::npos) << devices->body;

    auto reread = desktop::readAccount(m_store->database());
    ASSERT_TRUE(reread);
    EXPECT_TRUE(reread->signedIn);
    EXPECT_EQ(reread->userId, signedIn->userId);
}

TEST_F(DesktopSignIn, WrongPasswordSavesNothing)
{
    auto refused = desktop::signInStore(m_store->database(), request(kAlex, "not the password"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, "invalid_credentials");
    EXPECT_TRUE(savedRefreshToken().empty());
    auto account = desktop::readAccount(m_store->database());
    ASSERT_TRUE(account);
    EXPECT_FALSE(account->signedIn);
}

TEST_F(DesktopSignIn, TotpAccountNeedsTheCode)
{
    const std::string token = accessTokenFor(kAlex);
    const auto enrol = apiPost("/api/v1/auth/mfa/enrol", nlohmann::json::object(), token);
    ASSERT_TRUE(enrol);
    ASSERT_EQ(enrol->status, 200) << enrol->body;
    const auto secret =
        decodeBase32ForTest(nlohmann::json::parse(enrol->body).value("secret", std::string{}));
    // Keep the steps used below inside one 30-second window.
    const auto intoStep = std::chrono::duration_cast<std::chrono::seconds>(
                              std::chrono::system_clock::now().time_since_epoch())
                              .count() %
                          30;
    if (intoStep > 15) {
        std::this_thread::sleep_for(std::chrono::seconds(31 - intoStep));
    }
    const std::int64_t step = currentTotpStep();
    const auto confirmed = apiPost("/api/v1/auth/mfa/confirm",
                                   {{"totp_code", totpCodeForTest(secret, step - 1)}}, token);
    ASSERT_TRUE(confirmed);
    ASSERT_EQ(confirmed->status, 204) << confirmed->body;

    auto withoutCode = desktop::signInStore(m_store->database(), request(kAlex, kCliDemoPassword));
    ASSERT_FALSE(withoutCode);
    EXPECT_EQ(withoutCode.error().code, "mfa_required");
    EXPECT_TRUE(savedRefreshToken().empty());

    LoginRequest withCode = request(kAlex, kCliDemoPassword);
    withCode.totpCode = totpCodeForTest(secret, step);
    auto signedIn = desktop::signInStore(m_store->database(), withCode);
    ASSERT_TRUE(signedIn) << signedIn.error().code << ": " << signedIn.error().message;
    EXPECT_TRUE(signedIn->signedIn);
}

TEST_F(DesktopSignIn, SignOutRevokesTheRefreshTokenOnTheServer)
{
    ASSERT_TRUE(desktop::signInStore(m_store->database(), request(kAlex, kCliDemoPassword)));
    const std::string refreshToken = savedRefreshToken();
    ASSERT_FALSE(refreshToken.empty());

    auto signedOut = desktop::signOutStore(m_store->database(), false);
    ASSERT_TRUE(signedOut) << signedOut.error().message;
    EXPECT_FALSE(signedOut->signedIn);
    EXPECT_EQ(signedOut->email.toStdString(), kAlex) << "the e-mail stays for the next sign-in";
    EXPECT_TRUE(savedRefreshToken().empty());

    const auto refreshed = apiPost("/api/v1/auth/refresh", {{"refresh_token", refreshToken}});
    ASSERT_TRUE(refreshed);
    EXPECT_EQ(refreshed->status, 401) << refreshed->body;
}

} // namespace fitflow::test
