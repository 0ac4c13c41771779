#pragma once
// What the lines of a pushed draft bill (migration 0017): each linked session or package must be
// one the actor sees, of the invoice's client, and billed by no other invoice that is not void.
// The pull reads the links back as the invoice's `line_links`.

#include "server/service/sync/money/MoneyOperation.h"
#include "shared/core/Result.h"

#include <nlohmann/json.hpp>

#include <string>

namespace pqxx {
class transaction_base;
} // namespace pqxx

namespace fitflow::storage::money {

// Errors (a rejection of the draft): `not_found` (no such session/package visible to the actor),
// `invalid_value` (another client's), `already_billed` (another invoice bills it), each with the
// path of the link.
Status checkLineLinks(pqxx::transaction_base& transaction, const std::string& orgId,
                      const std::string& invoiceId, const sync::money::DraftInvoiceOp& op);

// Parses the pull's line-links column (JSON text, [{"line": 0, "session_id": "…"}, ...]); an
// empty array for anything unexpected.
nlohmann::json lineLinksFromText(const char* text);

} // namespace fitflow::storage::money
