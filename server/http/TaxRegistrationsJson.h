#pragma once
// The JSON of GST/HST and QST registration numbers, for the organization's (PATCH
// /api/v1/orgs/{org_id}) and for a user's own (GET /api/v1/me, PATCH /api/v1/me/tax-registrations).

#include "server/service/orgadmin/OrgAdminRecords.h"
#include "shared/core/Result.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace fitflow::http {

// {"gst_hst_number": "…" | null, "qst_number": "…" | null}
nlohmann::json taxRegistrationMembers(const service::TaxRegistrations& registrations);

// The strict PATCH body {"gst_hst_number": "123456789RT0001" | null, "qst_number": … | null}: an
// absent field stays, null clears it, any other field is `unknown_field` (400 with the path).
Result<service::TaxRegistrationsPatch> readTaxRegistrationsPatch(const httplib::Request& request);

} // namespace fitflow::http
