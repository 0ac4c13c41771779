#include "desktop/sync/money/SupplierNumbersCheck.h"

#include "desktop/storage/manager/ProfileCache.h"

namespace fitflow::desktop::money {

namespace {

bool hasNumber(const nlohmann::json& registrations, const char* key)
{
    const auto found = registrations.find(key);
    return found != registrations.end() && found->is_string() &&
           !found->get_ref<const std::string&>().empty();
}

} // namespace

fitflow::Status checkSupplierNumbersOnRecord(const QSqlDatabase& db, const nlohmann::json& draft)
{
    auto profile = ProfileCache(db).load();
    if (!profile) {
        return profile.error();
    }
    if (!*profile || !(*profile)->contains("tax_registrations") ||
        !(**profile)["tax_registrations"].is_object()) {
        return {};
    }
    const nlohmann::json& numbers = (**profile)["tax_registrations"];
    const nlohmann::json supplier =
        draft.is_object() && draft.contains("supplier") && draft["supplier"].is_object()
            ? draft["supplier"]
            : nlohmann::json::object();
    if (supplier.value("gst_hst_registered", false) && !hasNumber(numbers, "gst_hst_number")) {
        return makeError("invalid_value", "register your GST/HST number in your profile first",
                         "supplier");
    }
    if (supplier.value("qst_registered", false) && !hasNumber(numbers, "qst_number")) {
        return makeError("invalid_value", "register your QST number in your profile first",
                         "supplier");
    }
    return {};
}

} // namespace fitflow::desktop::money
