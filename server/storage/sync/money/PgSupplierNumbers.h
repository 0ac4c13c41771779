#pragma once
// The supplier's GST/HST and QST registration numbers at invoice issue. CRA and Revenu Québec
// require the supplier's number on an invoice that charges the tax, so a draft that claims a
// registration (supplier.gst_hst_registered / qst_registered) is issued only when the number is
// on record: the trainer's own (contractor invoice) or the organization's (client invoice).

#include "shared/core/Result.h"
#include "shared/invoice/InvoiceDraft.h"

#include <optional>
#include <string>

namespace pqxx {
class transaction_base;
} // namespace pqxx

namespace fitflow::storage::money {

// The supplier's registration numbers printed on an invoice (nullopt: none).
struct SupplierNumbers {
    std::optional<std::string> gstHst;
    std::optional<std::string> qst;
};

// The issuing trainer's numbers on record for each registration `draft` claims (none for one it
// does not claim). Error `invalid_value` at op.supplier when a claimed one is not on record.
Result<SupplierNumbers> contractorSupplierNumbers(pqxx::transaction_base& transaction,
                                                  const std::string& trainerUserId,
                                                  const invoice::InvoiceDraft& draft);

// The same rule for a client invoice, whose supplier is the organization `orgId` (numbers set
// by its owner, PATCH /api/v1/orgs/{org_id}). Error `invalid_value` at op.supplier.
Status requireOrganizationNumbers(pqxx::transaction_base& transaction, const std::string& orgId,
                                  const invoice::InvoiceDraft& draft);

// Writes the snapshot onto the invoice or credit note `id`.
void storeSupplierNumbers(pqxx::transaction_base& transaction, const std::string& orgId,
                          const std::string& id, const SupplierNumbers& numbers);

} // namespace fitflow::storage::money
