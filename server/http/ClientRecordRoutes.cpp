#include "server/http/ClientRecordRoutes.h"

#include "server/http/ClientRecordJson.h"
#include "server/http/JsonResponse.h"
#include "shared/codec/TextFormats.h"

#include <nlohmann/json.hpp>

#include <charconv>

namespace fitflow::http {

namespace {

using service::ClientRecordService;

constexpr int kDefaultPageSize = 50;

// The record id of a route's second capture; anything but a uuid is an unknown record.
std::optional<std::string> recordId(const httplib::Request& request, httplib::Response& response)
{
    const std::string id = request.matches.size() > 2 ? request.matches[2].str() : "";
    if (!isUuidText(id)) {
        writeError(response, makeError("not_found", "no such resource"));
        return std::nullopt;
    }
    return id;
}

// A non-negative decimal query parameter, `fallback` when absent.
Result<int> intParameter(const httplib::Request& request, const char* name, int fallback)
{
    if (!request.has_param(name)) {
        return fallback;
    }
    const std::string text = request.get_param_value(name);
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size() || value < 0) {
        return makeError("invalid_argument", std::string(name) + " must be a non-negative integer",
                         name);
    }
    return value;
}

Result<service::PageRequest> pageOf(const httplib::Request& request)
{
    const auto limit = intParameter(request, "limit", kDefaultPageSize);
    if (!limit) {
        return limit.error();
    }
    const auto offset = intParameter(request, "offset", 0);
    if (!offset) {
        return offset.error();
    }
    return service::PageRequest{.limit = *limit, .offset = *offset};
}

Result<Instant> instantParameter(const httplib::Request& request, const char* name)
{
    const auto instant = parseUtcInstant(request.get_param_value(name));
    if (!request.has_param(name) || !instant) {
        return makeError(
            "invalid_argument",
            std::string(name) + " must be an RFC 3339 UTC time like 2026-03-15T14:00:00Z", name);
    }
    return *instant;
}

Result<service::TimeRange> rangeOf(const httplib::Request& request)
{
    const auto from = instantParameter(request, "from");
    if (!from) {
        return from.error();
    }
    const auto to = instantParameter(request, "to");
    if (!to) {
        return to.error();
    }
    return service::TimeRange{.from = *from, .to = *to};
}

// 200 with `toJson(value)`, or the error.
template <typename Value, typename ToJson>
void answer(httplib::Response& response, const Result<Value>& result, ToJson toJson)
{
    if (!result) {
        writeError(response, result.error());
        return;
    }
    writeJson(response, 200, toJson(*result));
}

template <typename Row, typename ToJson>
nlohmann::json listOf(const std::vector<Row>& rows, ToJson toJson)
{
    nlohmann::json array = nlohmann::json::array();
    for (const auto& row : rows) {
        array.push_back(toJson(row));
    }
    return array;
}

nlohmann::json pageJson(const char* key, nlohmann::json items, const service::PageRequest& page)
{
    return {{key, std::move(items)}, {"limit", page.limit}, {"offset", page.offset}};
}

void addClientRoutes(RouteTable& routes, const TenantApi& api, ClientRecordService& records)
{
    routes.get(orgRoute("/clients"), [api, &records](const httplib::Request& request,
                                                     httplib::Response& response) {
        const auto actor = requireActor(request, response, api, Action::Read, Resource::Client);
        if (!actor) {
            return;
        }
        const auto page = pageOf(request);
        if (!page) {
            writeError(response, page.error());
            return;
        }
        const service::ClientListQuery query{.namePrefix = request.get_param_value("q"),
                                             .page = *page};
        answer(response, records.listClients(*actor, query), [&](const auto& clients) {
            return pageJson("clients", listOf(clients, clientJson), *page);
        });
    });
    routes.get(orgRoute("/clients/([^/]+)"), [api, &records](const httplib::Request& request,
                                                             httplib::Response& response) {
        const auto actor = requireActor(request, response, api, Action::Read, Resource::Client);
        const auto id = actor ? recordId(request, response) : std::nullopt;
        if (id) {
            answer(response, records.readClient(*actor, *id), clientDetailJson);
        }
    });
    routes.get(orgRoute("/me/client"), [api, &records](const httplib::Request& request,
                                                       httplib::Response& response) {
        const auto actor = requireActor(request, response, api, Action::Read, Resource::Client);
        if (actor) {
            answer(response, records.readOwnClient(*actor), clientDetailJson);
        }
    });
}

void addNoteRoutes(RouteTable& routes, const TenantApi& api, ClientRecordService& records)
{
    routes.get(orgRoute("/clients/([^/]+)/notes"), [api, &records](const httplib::Request& request,
                                                                   httplib::Response& response) {
        const auto actor = requireActor(request, response, api, Action::Read, Resource::Note);
        const auto id = actor ? recordId(request, response) : std::nullopt;
        if (id) {
            answer(response, records.listNotesAbout(*actor, *id), [](const auto& notes) {
                return nlohmann::json{{"notes", listOf(notes, noteJson)}};
            });
        }
    });
    routes.get(orgRoute("/notes/([^/]+)"), [api, &records](const httplib::Request& request,
                                                           httplib::Response& response) {
        const auto actor = requireActor(request, response, api, Action::Read, Resource::Note);
        const auto id = actor ? recordId(request, response) : std::nullopt;
        if (id) {
            answer(response, records.readNote(*actor, *id), noteJson);
        }
    });
}

void addScheduleAndBillingRoutes(RouteTable& routes, const TenantApi& api,
                                 ClientRecordService& records)
{
    routes.get(orgRoute("/sessions"), [api, &records](const httplib::Request& request,
                                                      httplib::Response& response) {
        const auto actor = requireActor(request, response, api, Action::Read, Resource::Session);
        if (!actor) {
            return;
        }
        const auto range = rangeOf(request);
        if (!range) {
            writeError(response, range.error());
            return;
        }
        answer(response, records.listSessions(*actor, *range), [&](const auto& sessions) {
            return nlohmann::json{{"sessions", listOf(sessions, sessionJson)},
                                  {"from", formatUtcInstant(range->from)},
                                  {"to", formatUtcInstant(range->to)}};
        });
    });
    routes.get(orgRoute("/invoices"), [api, &records](const httplib::Request& request,
                                                      httplib::Response& response) {
        const auto actor = requireActor(request, response, api, Action::Read, Resource::Invoice);
        if (!actor) {
            return;
        }
        const auto page = pageOf(request);
        if (!page) {
            writeError(response, page.error());
            return;
        }
        answer(response, records.listInvoices(*actor, *page), [&](const auto& invoices) {
            return pageJson("invoices", listOf(invoices, invoiceJson), *page);
        });
    });
    routes.get(orgRoute("/invoices/([^/]+)"), [api, &records](const httplib::Request& request,
                                                              httplib::Response& response) {
        const auto actor = requireActor(request, response, api, Action::Read, Resource::Invoice);
        const auto id = actor ? recordId(request, response) : std::nullopt;
        if (id) {
            answer(response, records.readInvoice(*actor, *id), invoiceDetailJson);
        }
    });
}

} // namespace

void addClientRecordRoutes(RouteTable& routes, const TenantApi& api,
                           service::ClientRecordService& records)
{
    addClientRoutes(routes, api, records);
    addNoteRoutes(routes, api, records);
    addScheduleAndBillingRoutes(routes, api, records);
}

} // namespace fitflow::http
