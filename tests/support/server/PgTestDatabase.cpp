#include "tests/support/server/PgTestDatabase.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pqxx/pqxx>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <random>

namespace fitflow::test {

namespace {

std::optional<std::string> variable(const char* name)
{
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') {
        return std::nullopt;
    }
    return std::string(value);
}

std::string percentEncoded(const std::string& text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string encoded;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) != 0 || c == '-' || c == '_' || c == '.' || c == '~') {
            encoded.push_back(c);
        } else {
            encoded += {'%', kHex[byte >> 4], kHex[byte & 0x0F]};
        }
    }
    return encoded;
}

std::string randomSuffix()
{
    std::random_device device;
    std::uniform_int_distribution<unsigned long long> digits;
    return std::to_string(digits(device) % 1'000'000'000'000ULL);
}

} // namespace

std::optional<PgTestEnvironment> PgTestEnvironment::fromProcess()
{
    PgTestEnvironment environment;
    const std::pair<const char*, std::string*> fields[] = {
        {"FITFLOW_TEST_PG_HOST", &environment.host},
        {"FITFLOW_TEST_PG_PORT", &environment.port},
        {"FITFLOW_TEST_PG_SUPERUSER", &environment.superuser},
        {"FITFLOW_TEST_PG_SUPERUSER_PASSWORD", &environment.superuserPassword},
        {"FITFLOW_TEST_PG_OWNER_ROLE", &environment.ownerRole},
        {"FITFLOW_TEST_PG_OWNER_PASSWORD", &environment.ownerPassword},
        {"FITFLOW_TEST_PG_APP_ROLE", &environment.appRole},
        {"FITFLOW_TEST_PG_APP_PASSWORD", &environment.appPassword},
    };
    for (const auto& [name, field] : fields) {
        auto value = variable(name);
        if (!value) {
            return std::nullopt;
        }
        *field = *value;
    }
    return environment;
}

bool PgTestEnvironment::required()
{
    return variable("FITFLOW_REQUIRE_PG") == std::optional<std::string>("1");
}

PgTestDatabase::PgTestDatabase(PgTestEnvironment environment)
    : m_environment(std::move(environment))
    , m_name("fitflow_test_" + randomSuffix())
{
    // CREATE DATABASE runs from the maintenance database.
    pqxx::connection admin(
        url(m_environment.superuser, m_environment.superuserPassword, "postgres"));
    pqxx::nontransaction sql(admin);
    sql.exec("CREATE DATABASE " + sql.quote_name(m_name) + " OWNER " +
             sql.quote_name(m_environment.ownerRole));
    sql.exec("REVOKE ALL ON DATABASE " + sql.quote_name(m_name) + " FROM PUBLIC");
    sql.exec("GRANT CONNECT ON DATABASE " + sql.quote_name(m_name) + " TO " +
             sql.quote_name(m_environment.appRole));
}

PgTestDatabase::~PgTestDatabase()
{
    try {
        pqxx::connection admin(
            url(m_environment.superuser, m_environment.superuserPassword, "postgres"));
        pqxx::nontransaction sql(admin);
        sql.exec("DROP DATABASE IF EXISTS " + sql.quote_name(m_name) + " WITH (FORCE)");
    } catch (const std::exception& error) {
        ADD_FAILURE() << "could not drop test database " << m_name << ": " << error.what();
    }
}

std::string PgTestDatabase::url(const std::string& role, const std::string& password,
                                const std::string& database) const
{
    return "postgresql://" + percentEncoded(role) + ":" + percentEncoded(password) + "@" +
           m_environment.host + ":" + m_environment.port + "/" + database;
}

std::string PgTestDatabase::ownerUrl() const
{
    return url(m_environment.ownerRole, m_environment.ownerPassword, m_name);
}

std::string PgTestDatabase::appUrl() const
{
    return url(m_environment.appRole, m_environment.appPassword, m_name);
}

std::string PgTestDatabase::superuserUrl() const
{
    return url(m_environment.superuser, m_environment.superuserPassword, m_name);
}

std::vector<std::string> PgTestDatabase::tenantTables() const
{
    pqxx::connection connection(superuserUrl());
    pqxx::read_transaction sql(connection);
    std::vector<std::string> tables;
    for (const auto& row : sql.exec("SELECT c.relname FROM pg_class c "
                                    "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                    "JOIN pg_attribute a ON a.attrelid = c.oid "
                                    "WHERE n.nspname = 'public' AND c.relkind = 'r' "
                                    "AND a.attname = 'org_id' AND NOT a.attisdropped "
                                    "ORDER BY c.relname")) {
        tables.push_back(row[0].as<std::string>());
    }
    return tables;
}

std::string PgTestDatabase::deadUrl()
{
    return "postgresql://nobody:nothing@127.0.0.1:" + std::to_string(unusedLoopbackPort()) +
           "/none";
}

void PgTestFixture::SetUp()
{
    auto environment = PgTestEnvironment::fromProcess();
    if (!environment) {
        if (PgTestEnvironment::required()) {
            FAIL() << "FITFLOW_REQUIRE_PG=1 but FITFLOW_TEST_PG_* is incomplete";
        }
        GTEST_SKIP() << "no test PostgreSQL (run ./test.sh, which exports FITFLOW_TEST_PG_*)";
    }
    m_database = std::make_unique<PgTestDatabase>(*environment);
}

void PgTestFixture::TearDown()
{
    m_database.reset();
}

int unusedLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        if (fd >= 0) {
            ::close(fd);
        }
        return 1; // port 1 on loopback: nothing listens there either
    }
    ::close(fd);
    return ntohs(address.sin_port);
}

} // namespace fitflow::test
