#include "server/http/RouteTable.h"

namespace fitflow::http {

RouteTable::RouteTable(httplib::Server& server)
    : m_server(server)
{
}

void RouteTable::get(const std::string& pattern, httplib::Server::Handler handler)
{
    m_server.Get(pattern, std::move(handler));
    m_routes.push_back({std::regex(pattern), "GET", pattern});
    m_routes.push_back({std::regex(pattern), "HEAD", pattern}); // cpp-httplib serves HEAD from GET
}

void RouteTable::post(const std::string& pattern, httplib::Server::Handler handler)
{
    m_server.Post(pattern, std::move(handler));
    m_routes.push_back({std::regex(pattern), "POST", pattern});
}

void RouteTable::put(const std::string& pattern, httplib::Server::Handler handler)
{
    m_server.Put(pattern, std::move(handler));
    m_routes.push_back({std::regex(pattern), "PUT", pattern});
}

void RouteTable::patch(const std::string& pattern, httplib::Server::Handler handler)
{
    m_server.Patch(pattern, std::move(handler));
    m_routes.push_back({std::regex(pattern), "PATCH", pattern});
}

void RouteTable::del(const std::string& pattern, httplib::Server::Handler handler)
{
    m_server.Delete(pattern, std::move(handler));
    m_routes.push_back({std::regex(pattern), "DELETE", pattern});
}

std::string RouteTable::allowedMethods(const std::string& path) const
{
    std::string allowed;
    for (const auto& route : m_routes) {
        if (std::regex_match(path, route.pattern)) {
            allowed += (allowed.empty() ? "" : ", ") + route.method;
        }
    }
    return allowed;
}

std::string RouteTable::patternFor(const std::string& method, const std::string& path) const
{
    for (const auto& route : m_routes) {
        if (route.method == method && std::regex_match(path, route.pattern)) {
            return route.patternText;
        }
    }
    return "unmatched";
}

} // namespace fitflow::http
