#include "server/http/JsonResponse.h"

#include "server/http/ErrorMapping.h"

#include <nlohmann/json.hpp>

namespace fitflow::http {

void writeJson(httplib::Response& response, int status, const nlohmann::json& body)
{
    response.status = status;
    response.set_content(body.dump(), kJsonContentType);
}

void writeError(httplib::Response& response, const Error& error)
{
    response.status = httpStatusFor(error.code);
    response.set_content(errorBody(error), kJsonContentType);
}

} // namespace fitflow::http
