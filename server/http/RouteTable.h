#pragma once
// Registers handlers on the cpp-httplib server and remembers which methods each path pattern
// accepts, so a known path with the wrong method answers 405 with an Allow header, not 404.

#include <httplib.h>

#include <regex>
#include <string>
#include <vector>

namespace fitflow::http {

class RouteTable {
public:
    explicit RouteTable(httplib::Server& server);

    // `pattern` is a cpp-httplib pattern (a regular expression matched against the whole path).
    void get(const std::string& pattern, httplib::Server::Handler handler);
    void post(const std::string& pattern, httplib::Server::Handler handler);
    void put(const std::string& pattern, httplib::Server::Handler handler);
    void patch(const std::string& pattern, httplib::Server::Handler handler);
    void del(const std::string& pattern, httplib::Server::Handler handler);

    // Methods accepted for `path`, e.g. "GET, HEAD"; empty when no route matches the path.
    std::string allowedMethods(const std::string& path) const;

    // The registered pattern serving `method` on `path` (a metrics label without ids);
    // "unmatched" when none does.
    std::string patternFor(const std::string& method, const std::string& path) const;

private:
    struct Route {
        std::regex pattern;
        std::string method;
        std::string patternText;
    };

    httplib::Server& m_server;
    std::vector<Route> m_routes;
};

} // namespace fitflow::http
