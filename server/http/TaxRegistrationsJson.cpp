#include "server/http/TaxRegistrationsJson.h"

#include "server/http/OrgAdminJson.h"

namespace fitflow::http {

namespace {

nlohmann::json optionalText(const std::optional<std::string>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

} // namespace

nlohmann::json taxRegistrationMembers(const service::TaxRegistrations& registrations)
{
    return {{"gst_hst_number", optionalText(registrations.gstHstNumber)},
            {"qst_number", optionalText(registrations.qstNumber)}};
}

Result<service::TaxRegistrationsPatch> readTaxRegistrationsPatch(const httplib::Request& request)
{
    auto json = readRequestJsonObject(request, kOrgAdminBodyLimits);
    if (!json) {
        return json.error();
    }
    const nlohmann::json& body = *json;
    return readJsonObject(body, [&body](JsonReader& r) {
        service::TaxRegistrationsPatch patch;
        const auto read = [&](const char* key, std::optional<std::optional<std::string>>& field) {
            if (!body.contains(key)) {
                return;
            }
            field = r.has(key) ? std::optional<std::string>(r.string(key)) : std::nullopt;
        };
        read("gst_hst_number", patch.gstHstNumber);
        read("qst_number", patch.qstNumber);
        return patch;
    });
}

} // namespace fitflow::http
