#pragma once
// A bounded pool of PostgreSQL connections shared by the HTTP worker threads. Connections are
// opened lazily; a lease returns its connection when it goes out of scope, unless the connection
// broke, in which case it is dropped and the next acquire opens a fresh one. Thread-safe.

#include "shared/core/Result.h"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <pqxx/connection>

namespace fitflow::storage {

struct ConnectionPoolOptions {
    std::size_t maxConnections = 8;
    int connectTimeoutSeconds = 3;                  // libpq's minimum useful value is 2
    std::chrono::milliseconds acquireTimeout{2000}; // waiting for a busy pool
};

class ConnectionPool;

// Exclusive use of one pooled connection until destroyed. Movable, not copyable.
class ConnectionLease {
public:
    ConnectionLease(ConnectionLease&& other) noexcept;
    ConnectionLease& operator=(ConnectionLease&&) = delete;
    ConnectionLease(const ConnectionLease&) = delete;
    ConnectionLease& operator=(const ConnectionLease&) = delete;
    ~ConnectionLease();

    pqxx::connection& connection() { return *m_connection; }

private:
    friend class ConnectionPool;
    ConnectionLease(ConnectionPool* pool, std::unique_ptr<pqxx::connection> connection);

    ConnectionPool* m_pool;
    std::unique_ptr<pqxx::connection> m_connection;
};

class ConnectionPool {
public:
    ConnectionPool(const std::string& url, ConnectionPoolOptions options);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool&) = delete;
    ConnectionPool& operator=(const ConnectionPool&) = delete;

    // Errors: `database_unavailable` (cannot connect), `database_busy` (every connection stayed
    // leased for acquireTimeout), `shutting_down` (after close()).
    Result<ConnectionLease> acquire();

    // Closes idle connections and refuses new leases; leased ones close when returned.
    void close();

    std::size_t openConnections() const;
    // For the connection gauge in /metrics: open connections waiting in the pool / leased out.
    std::size_t idleConnections() const;
    std::size_t leasedConnections() const;

private:
    friend class ConnectionLease;
    void giveBack(std::unique_ptr<pqxx::connection> connection);

    const std::string m_url;
    const ConnectionPoolOptions m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_returned;
    std::vector<std::unique_ptr<pqxx::connection>> m_idle;
    std::size_t m_open = 0;
    bool m_closed = false;
};

} // namespace fitflow::storage
