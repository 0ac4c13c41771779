#include "server/storage/sync/money/PgMoneyOperations.h"

#include "server/service/audit/AuditEvent.h"
#include "server/storage/audit/PgAuditTrail.h"
#include "server/storage/sync/money/PgContractorInvoices.h"
#include "server/storage/sync/money/PgInvoiceOperations.h"
#include "server/storage/sync/money/PgInvoiceState.h"
#include "server/storage/sync/money/SyncMoneyActor.h"
#include "shared/codec/TextFormats.h"

#include <pqxx/pqxx>

namespace fitflow::storage::money {

namespace {

using namespace sync::money;

Status recordPayment(pqxx::transaction_base& tx, const SyncMutationActor& actor,
                     const std::string& paymentId, const RecordPaymentOp& op)
{
    if (auto role = actAs(tx, actor, Action::Create, Resource::Payment); !role) {
        return role.error();
    }
    const auto invoice = lockInvoice(tx, actor.orgId, op.invoiceId);
    if (!invoice) {
        return invoiceNotWritable(tx, actor.orgId, op.invoiceId, "op.invoice_id");
    }
    if (auto issuer = requireIssuingTrainer(*invoice, actor); !issuer) {
        return issuer;
    }
    if (!invoice->isOpenInvoice()) {
        return makeError("invoice_not_issued", "payments are recorded on issued invoices only");
    }
    if (op.amountCents > invoice->balanceCents()) {
        return makeError("overpayment", "the payment exceeds the invoice's balance",
                         "op.amount_cents");
    }
    tx.exec_params("INSERT INTO payments (org_id, id, invoice_id, kind, amount_cents, "
                   "recorded_by_user_id, received_on, device_id) "
                   "VALUES ($1, $2, $3, $4, $5, $6, $7::date, $8)",
                   actor.orgId, paymentId, op.invoiceId,
                   std::string(enumToName(kPaymentMethodNames, op.method)), op.amountCents,
                   actor.userId, formatIsoDate(op.receivedOn), actor.deviceId);
    return {};
}

Status reserveNumberBlock(pqxx::transaction_base& tx, const SyncMutationActor& actor,
                          const std::string& blockId, const ReserveNumberBlockOp& op)
{
    if (auto role = actAs(tx, actor, Action::Issue, Resource::Invoice); !role) {
        return role.error();
    }
    const auto first =
        tx.exec_params1("SELECT reserve_invoice_number_block($1::uuid, $2::uuid, $3)", blockId,
                        actor.deviceId, op.count);
    if (first[0].is_null()) {
        return makeError("forbidden", "your role or device may not reserve invoice numbers");
    }
    return {};
}

Status dispatch(pqxx::transaction_base& tx, const SyncMutationActor& actor,
                const MoneyOperation& operation)
{
    const std::string& id = operation.entityId;
    if (const auto* draft = std::get_if<DraftInvoiceOp>(&operation.body)) {
        return draftInvoice(tx, actor, id, *draft);
    }
    if (const auto* issue = std::get_if<IssueInvoiceOp>(&operation.body)) {
        return issueInvoice(tx, actor, id, *issue);
    }
    if (std::holds_alternative<VoidInvoiceOp>(operation.body)) {
        return voidInvoice(tx, actor, id);
    }
    if (const auto* payment = std::get_if<RecordPaymentOp>(&operation.body)) {
        return recordPayment(tx, actor, id, *payment);
    }
    if (const auto* credit = std::get_if<IssueCreditNoteOp>(&operation.body)) {
        return issueCreditNote(tx, actor, id, *credit);
    }
    return reserveNumberBlock(tx, actor, id, std::get<ReserveNumberBlockOp>(operation.body));
}

} // namespace

Status applyMoneyOperation(pqxx::transaction_base& transaction, const sync::PushCommand& command,
                           const MoneyOperation& operation)
{
    const auto roles = command.rolesByOrg.find(operation.orgId);
    if (roles == command.rolesByOrg.end()) {
        return makeError("not_found", "no such organization");
    }
    const SyncMutationActor actor{operation.orgId, command.userId, command.deviceId, roles->second};
    if (auto applied = dispatch(transaction, actor, operation); !applied) {
        return applied;
    }
    appendAuditEvent(transaction,
                     audit::AuditEvent{operation.orgId, command.userId, command.deviceId,
                                       "sync." + std::string(operationType(operation.body)),
                                       operation.entity, operation.entityId});
    return {};
}

} // namespace fitflow::storage::money
