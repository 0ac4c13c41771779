#pragma once
// The operations that write invoices: draft (create or replace), issue (number from the device's
// block, totals recomputed with the shared tax engine and compared with the device's), void,
// and credit notes (shared/invoice/CreditNote at the original's date, place and rates).
// Each runs inside the push transaction; an Error is a rejection, SQL failures throw.

#include "server/service/sync/money/MoneyOperation.h"
#include "server/storage/sync/SyncMutationActor.h"
#include "shared/core/Result.h"

namespace pqxx {
class transaction_base;
} // namespace pqxx

namespace fitflow::storage::money {

Status draftInvoice(pqxx::transaction_base& transaction, const SyncMutationActor& actor,
                    const std::string& invoiceId, const sync::money::DraftInvoiceOp& op);
Status issueInvoice(pqxx::transaction_base& transaction, const SyncMutationActor& actor,
                    const std::string& invoiceId, const sync::money::IssueInvoiceOp& op);
Status voidInvoice(pqxx::transaction_base& transaction, const SyncMutationActor& actor,
                   const std::string& invoiceId);
Status issueCreditNote(pqxx::transaction_base& transaction, const SyncMutationActor& actor,
                       const std::string& creditNoteId, const sync::money::IssueCreditNoteOp& op);

} // namespace fitflow::storage::money
