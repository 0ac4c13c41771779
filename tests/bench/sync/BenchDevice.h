#pragma once
// One benchmark "device": an encrypted store (SQLCipher, production Argon2id settings) logged
// in to the server through the real client libraries, with the session and sync engine that
// fitflow-cli uses. Creating one registers a new device with the server. Its transport opens a
// connection per request like fitflow-cli, or keeps one open like the desktop app when
// FITFLOW_BENCH_CONNECTION=keep-alive.

#include "desktop/storage/LocalStore.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/sync/CurlTransport.h"
#include "desktop/sync/ServerSession.h"
#include "desktop/sync/SyncEngine.h"
#include "shared/core/Result.h"

#include <memory>
#include <string>

namespace fitflow::bench {

struct DeviceLogin {
    std::string storePath;
    std::string serverUrl;
    std::string caCertPath;
    std::string email;
    std::string password;
};

class BenchDevice {
public:
    // Creates a new store at loginData.storePath (must not exist) and logs it in.
    static fitflow::Result<std::unique_ptr<BenchDevice>> createAndLogin(const DeviceLogin& login);
    // Opens a store created by createAndLogin (its saved account and cursors).
    static fitflow::Result<std::unique_ptr<BenchDevice>> open(const std::string& storePath);

    QSqlDatabase database() const { return m_store->database(); }
    desktop::ServerSession& session() { return *m_session; }
    desktop::SyncEngine& engine() { return *m_engine; }
    desktop::SyncStateRepository& state() { return m_state; }
    // "per-request" or "keep-alive", for the results.
    std::string connectionName() const;

private:
    BenchDevice(std::unique_ptr<desktop::LocalStore> store, const desktop::SyncAccount& account);

    std::unique_ptr<desktop::LocalStore> m_store;
    desktop::SyncStateRepository m_state;
    desktop::CurlTransport m_transport;
    std::unique_ptr<desktop::ServerSession> m_session;
    std::unique_ptr<desktop::SyncEngine> m_engine;
};

// The passphrase of every benchmark store (they are throwaway).
inline constexpr const char* kBenchPassphrase = "fitflow sync benchmark store";

} // namespace fitflow::bench
