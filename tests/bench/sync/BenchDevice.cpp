#include "tests/bench/sync/BenchDevice.h"

#include <cstdlib>
#include <string_view>

namespace fitflow::bench {

namespace {

QByteArray passphrase()
{
    return QByteArray(kBenchPassphrase);
}

desktop::CurlTransport::ConnectionReuse connectionReuse()
{
    const char* chosen = std::getenv("FITFLOW_BENCH_CONNECTION");
    return chosen != nullptr && std::string_view(chosen) == "keep-alive"
               ? desktop::CurlTransport::ConnectionReuse::KeepAlive
               : desktop::CurlTransport::ConnectionReuse::PerRequest;
}

} // namespace

BenchDevice::BenchDevice(std::unique_ptr<desktop::LocalStore> store,
                         const desktop::SyncAccount& account)
    : m_store(std::move(store))
    , m_state(m_store->database())
    , m_transport(account.caCertPath, connectionReuse())
    , m_session(std::make_unique<desktop::ServerSession>(m_transport, m_state, account))
    , m_engine(std::make_unique<desktop::SyncEngine>(m_store->database(), *m_session))
{
}

std::string BenchDevice::connectionName() const
{
    return connectionReuse() == desktop::CurlTransport::ConnectionReuse::KeepAlive ? "keep-alive"
                                                                                   : "per-request";
}

fitflow::Result<std::unique_ptr<BenchDevice>> BenchDevice::createAndLogin(const DeviceLogin& login)
{
    auto store = desktop::LocalStore::create(QString::fromStdString(login.storePath), passphrase());
    if (!store) {
        return store.error();
    }
    desktop::SyncStateRepository state((*store)->database());
    auto deviceId = state.deviceId();
    if (!deviceId) {
        return deviceId.error();
    }
    desktop::CurlTransport transport(login.caCertPath);
    desktop::LoginRequest request;
    request.serverUrl = login.serverUrl;
    request.caCertPath = login.caCertPath;
    request.email = login.email;
    request.password = login.password;
    request.deviceName = "bench_sync_client";
    auto account = desktop::ServerSession::login(transport, request, *deviceId);
    if (!account) {
        return account.error();
    }
    if (auto saved = state.saveAccount(*account); !saved) {
        return saved.error();
    }
    return std::unique_ptr<BenchDevice>(new BenchDevice(std::move(*store), *account));
}

fitflow::Result<std::unique_ptr<BenchDevice>> BenchDevice::open(const std::string& storePath)
{
    auto store = desktop::LocalStore::open(QString::fromStdString(storePath), passphrase());
    if (!store) {
        return store.error();
    }
    desktop::SyncStateRepository state((*store)->database());
    auto account = state.account();
    if (!account) {
        return account.error();
    }
    if (!*account || (*account)->refreshToken.empty()) {
        return makeError("login_required", "the store " + storePath + " is not logged in");
    }
    return std::unique_ptr<BenchDevice>(new BenchDevice(std::move(*store), **account));
}

} // namespace fitflow::bench
