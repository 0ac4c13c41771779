#include "server/service/orgadmin/TaxRegistrationService.h"

#include "server/service/orgadmin/OrgAdminRules.h"

#include <algorithm>
#include <cctype>

namespace fitflow::service {

namespace {

bool isDigits(std::string_view text)
{
    return std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

// `digits` digits, then `program`, then 4 digits.
bool hasShape(std::string_view text, std::size_t digits, std::string_view program)
{
    return text.size() == digits + program.size() + 4 && isDigits(text.substr(0, digits)) &&
           text.substr(digits, program.size()) == program &&
           isDigits(text.substr(digits + program.size()));
}

} // namespace

bool isGstHstNumber(std::string_view text)
{
    return hasShape(text, 9, "RT");
}

bool isQstNumber(std::string_view text)
{
    return hasShape(text, 10, "TQ");
}

Status validateTaxRegistrations(const TaxRegistrationsPatch& patch)
{
    if (patch.gstHstNumber && *patch.gstHstNumber && !isGstHstNumber(**patch.gstHstNumber)) {
        return makeError("invalid_value",
                         "expected a GST/HST registration number such as 123456789RT0001",
                         "gst_hst_number");
    }
    if (patch.qstNumber && *patch.qstNumber && !isQstNumber(**patch.qstNumber)) {
        return makeError("invalid_value", "expected a QST number such as 1234567890TQ0001",
                         "qst_number");
    }
    return {};
}

TaxRegistrationService::TaxRegistrationService(OrgAdminStore& store)
    : m_store(store)
{
}

Result<TaxRegistrations> TaxRegistrationService::update(const Actor& actor,
                                                        const TaxRegistrationsPatch& patch)
{
    if (Status allowed =
            authorize(actor, Action::Update, Resource::Organization, {Scope::Organization});
        !allowed) {
        return allowed.error();
    }
    if (Status valid = validateTaxRegistrations(patch); !valid) {
        return valid.error();
    }
    return m_store.updateTaxRegistrations(actor, patch);
}

} // namespace fitflow::service
