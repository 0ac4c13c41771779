#pragma once
// Use case: the owner records the organization's GST/HST and QST registration numbers, which
// invoices print (CRA: the supplier's GST/HST number on an invoice of $30 or more; Revenu
// Québec: the QST number). Only the owner may change them (matrix: Organization/Update); the
// database's CHECK constraints (migration 0014) accept the same formats as validation here.

#include "server/service/orgadmin/OrgAdminStore.h"

#include <string_view>

namespace fitflow::service {

class TaxRegistrationService {
public:
    // `store` must outlive this. Thread-safe.
    explicit TaxRegistrationService(OrgAdminStore& store);

    // Errors: `forbidden` (not the owner), `invalid_value` at "gst_hst_number" / "qst_number".
    Result<TaxRegistrations> update(const Actor& actor, const TaxRegistrationsPatch& patch);

private:
    OrgAdminStore& m_store;
};

// The numbers a PATCH sets (cleared ones pass): `invalid_value` at "gst_hst_number" /
// "qst_number" for a malformed one. Used for the organization's and for a user's own numbers.
Status validateTaxRegistrations(const TaxRegistrationsPatch& patch);

// 9 digits, "RT", 4 digits (business number + program account), e.g. 123456789RT0001.
bool isGstHstNumber(std::string_view text);
// 10 digits, "TQ", 4 digits, e.g. 1234567890TQ0001.
bool isQstNumber(std::string_view text);

} // namespace fitflow::service
