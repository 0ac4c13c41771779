#include "server/storage/ConnectionPool.h"

#include "server/storage/ConnectionString.h"
#include "server/storage/PgErrors.h"

#include <pqxx/pqxx>

namespace fitflow::storage {

ConnectionLease::ConnectionLease(ConnectionPool* pool, std::unique_ptr<pqxx::connection> connection)
    : m_pool(pool)
    , m_connection(std::move(connection))
{
}

ConnectionLease::ConnectionLease(ConnectionLease&& other) noexcept
    : m_pool(other.m_pool)
    , m_connection(std::move(other.m_connection))
{
    other.m_pool = nullptr;
}

ConnectionLease::~ConnectionLease()
{
    if (m_pool != nullptr && m_connection) {
        m_pool->giveBack(std::move(m_connection));
    }
}

ConnectionPool::ConnectionPool(const std::string& url, ConnectionPoolOptions options)
    : m_url(withConnectTimeout(url, options.connectTimeoutSeconds))
    , m_options(options)
{
}

ConnectionPool::~ConnectionPool()
{
    close();
}

Result<ConnectionLease> ConnectionPool::acquire()
{
    std::unique_lock lock(m_mutex);
    const bool available = m_returned.wait_for(lock, m_options.acquireTimeout, [this] {
        return m_closed || !m_idle.empty() || m_open < m_options.maxConnections;
    });
    if (m_closed) {
        return makeError("shutting_down", "the connection pool is closed");
    }
    if (!available) {
        return makeError("database_busy", "no database connection became free in time");
    }
    if (!m_idle.empty()) {
        auto connection = std::move(m_idle.back());
        m_idle.pop_back();
        return ConnectionLease(this, std::move(connection));
    }
    ++m_open;
    lock.unlock(); // connecting can take seconds; do not hold up other threads
    try {
        return ConnectionLease(this, std::make_unique<pqxx::connection>(m_url));
    } catch (...) {
        const std::lock_guard relock(m_mutex);
        --m_open;
        m_returned.notify_one();
        return errorFromCurrentException("connect to PostgreSQL");
    }
}

void ConnectionPool::giveBack(std::unique_ptr<pqxx::connection> connection)
{
    const std::lock_guard lock(m_mutex);
    if (m_closed || !connection->is_open()) {
        --m_open;
        connection.reset();
    } else {
        m_idle.push_back(std::move(connection));
    }
    m_returned.notify_one();
}

void ConnectionPool::close()
{
    std::vector<std::unique_ptr<pqxx::connection>> idle;
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        idle.swap(m_idle);
        m_open -= idle.size();
    }
    m_returned.notify_all();
    idle.clear();
}

std::size_t ConnectionPool::openConnections() const
{
    const std::lock_guard lock(m_mutex);
    return m_open;
}

std::size_t ConnectionPool::idleConnections() const
{
    const std::lock_guard lock(m_mutex);
    return m_idle.size();
}

std::size_t ConnectionPool::leasedConnections() const
{
    const std::lock_guard lock(m_mutex);
    return m_open - m_idle.size();
}

} // namespace fitflow::storage
