#include "server/app/ServerConfig.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <fstream>

namespace fitflow::app {

namespace {

Error invalid(const std::string& variable, const std::string& problem)
{
    return makeError("invalid_config", variable + " " + problem, variable);
}

// A set, non-empty value; the value itself is never put in the message (it may be a secret).
Result<std::string> required(const EnvLookup& env, const std::string& variable)
{
    auto value = env(variable);
    if (!value || value->empty()) {
        return invalid(variable, "is not set");
    }
    return *value;
}

Result<std::string> readableFile(const EnvLookup& env, const std::string& variable)
{
    auto path = required(env, variable);
    if (!path) {
        return path;
    }
    if (!std::ifstream(*path).good()) {
        return invalid(variable, "names a file that cannot be read: " + *path);
    }
    return path;
}

// Unset or empty: `fallback`. Otherwise digits only, within [min, max].
Result<long long> integerInRange(const EnvLookup& env, const std::string& variable,
                                 long long fallback, long long min, long long max)
{
    const auto text = env(variable);
    if (!text || text->empty()) {
        return fallback;
    }
    long long value = 0;
    const char* end = text->data() + text->size();
    const auto [stop, ec] = std::from_chars(text->data(), end, value);
    if (ec != std::errc{} || stop != end || value < min || value > max) {
        return invalid(variable, "must be a whole number from " + std::to_string(min) + " to " +
                                     std::to_string(max) + " (got '" + *text + "')");
    }
    return value;
}

bool isPostgresUrl(const std::string& url)
{
    return url.starts_with("postgresql://") || url.starts_with("postgres://") ||
           url.find('=') != std::string::npos; // libpq "key=value" form
}

Result<std::string> databaseUrl(const EnvLookup& env, const std::string& variable)
{
    auto url = required(env, variable);
    if (url && !isPostgresUrl(*url)) {
        return invalid(variable, "must be a postgresql:// URI or a libpq key=value string");
    }
    return url;
}

// Unset or empty: `fallback`; otherwise exactly "0" or "1".
Result<bool> flag(const EnvLookup& env, const std::string& variable, bool fallback)
{
    const auto text = env(variable);
    if (!text || text->empty()) {
        return fallback;
    }
    if (*text != "0" && *text != "1") {
        return invalid(variable, "must be 0 or 1 (got '" + *text + "')");
    }
    return *text == "1";
}

// `<prefix>` requests per second (0 = off) with a burst of `<prefix>_BURST` (default: 2 s worth).
Result<http::RateLimitSettings> rateLimit(const EnvLookup& env, const std::string& prefix,
                                          long long defaultRate)
{
    auto rate = integerInRange(env, prefix, defaultRate, 0, 100000);
    if (!rate) {
        return rate.error();
    }
    auto burst = integerInRange(env, prefix + "_BURST", std::max(1LL, *rate * 2), 1, 1000000);
    if (!burst) {
        return burst.error();
    }
    http::RateLimitSettings settings;
    settings.ratePerSecond = static_cast<std::uint32_t>(*rate);
    settings.burst = static_cast<std::uint32_t>(*burst);
    return settings;
}

// Rate limits and the metrics switch: FITFLOW_RATE_LIMIT_PER_IP[_BURST],
// FITFLOW_RATE_LIMIT_PER_USER[_BURST], FITFLOW_METRICS.
Status loadOperability(const EnvLookup& env, http::HttpServerOptions& options)
{
    auto perIp = rateLimit(env, "FITFLOW_RATE_LIMIT_PER_IP", 50);
    if (!perIp) {
        return perIp.error();
    }
    auto perUser = rateLimit(env, "FITFLOW_RATE_LIMIT_PER_USER", 20);
    if (!perUser) {
        return perUser.error();
    }
    auto metrics = flag(env, "FITFLOW_METRICS", false);
    if (!metrics) {
        return metrics.error();
    }
    options.perIpRateLimit = *perIp;
    options.perUserRateLimit = *perUser;
    options.metricsEnabled = *metrics;
    return {};
}

} // namespace

EnvLookup processEnvironment()
{
    return [](const std::string& name) -> std::optional<std::string> {
        if (const char* value = std::getenv(name.c_str())) {
            return std::string(value);
        }
        return std::nullopt;
    };
}

Result<ServeConfig> loadServeConfig(const EnvLookup& env)
{
    ServeConfig config;
    auto url = databaseUrl(env, "FITFLOW_DATABASE_URL");
    if (!url) {
        return url.error();
    }
    config.databaseUrl = *url;
    auto certificate = readableFile(env, "FITFLOW_TLS_CERT");
    if (!certificate) {
        return certificate.error();
    }
    auto key = readableFile(env, "FITFLOW_TLS_KEY");
    if (!key) {
        return key.error();
    }
    config.http.tlsCertificatePath = *certificate;
    config.http.tlsPrivateKeyPath = *key;
    if (const auto bind = env("FITFLOW_BIND"); bind && !bind->empty()) {
        config.http.bindAddress = *bind;
    }
    auto port = integerInRange(env, "FITFLOW_PORT", 8443, 0, 65535);
    if (!port) {
        return port.error();
    }
    auto threads = integerInRange(env, "FITFLOW_HTTP_THREADS", 8, 1, 256);
    if (!threads) {
        return threads.error();
    }
    auto maxBody =
        integerInRange(env, "FITFLOW_MAX_BODY_BYTES", 1024LL * 1024, 1, 1024LL * 1024 * 1024);
    if (!maxBody) {
        return maxBody.error();
    }
    config.http.port = static_cast<int>(*port);
    config.http.threads = static_cast<std::size_t>(*threads);
    config.http.maxBodyBytes = static_cast<std::size_t>(*maxBody);
    if (Status operability = loadOperability(env, config.http); !operability) {
        return operability.error();
    }
    return config;
}

Result<MigrationConfig> loadMigrationConfig(const EnvLookup& env)
{
    auto url = databaseUrl(env, "FITFLOW_MIGRATION_DATABASE_URL");
    if (!url) {
        return url.error();
    }
    return MigrationConfig{*url};
}

Result<SeedConfig> loadSeedConfig(const EnvLookup& env)
{
    auto url = databaseUrl(env, "FITFLOW_MIGRATION_DATABASE_URL");
    if (!url) {
        return url.error();
    }
    SeedConfig config{*url, kDefaultDemoPassword, false};
    if (const auto password = env("FITFLOW_DEMO_PASSWORD"); password) {
        if (password->empty()) {
            return invalid("FITFLOW_DEMO_PASSWORD", "is set but empty");
        }
        config.demoPassword = *password;
        config.demoPasswordFromEnvironment = true;
    }
    return config;
}

} // namespace fitflow::app
