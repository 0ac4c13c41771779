#include "server/storage/sync/money/PgMoneyOperations.h"

#include "server/service/audit/AuditEvent.h"
#include "server/storage/audit/PgAuditTrail.h"
#include "server/storage/sync/money/PgContractorInvoices.h"
#include "server/storage/sync/money/PgInvoiceOperations.h"
#include "server/storage/sync/money/PgInvoiceState.h"
#include "server/storage/sync/money/SyncMoneyActor.h"
#include "shared/codec/TextFormats.h"
#include "shared/invoice/InvoiceBalance.h"

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

// The refunded payment as the shared refund rule sees it, and its invoice; nothing when it does
// not exist in this organization or is not visible to the acting role.
struct RefundedPayment {
    std::string invoiceId;
    invoice::RefundablePayment payment;
};

std::optional<RefundedPayment> findRefundedPayment(pqxx::transaction_base& tx,
                                                   const std::string& orgId,
                                                   const std::string& paymentId)
{
    const auto rows = tx.exec_params(
        "SELECT p.invoice_id::text, p.kind, p.amount_cents, "
        "coalesce((SELECT sum(r.amount_cents) FROM payments r WHERE r.org_id = p.org_id "
        "          AND r.refunds_payment_id = p.id), 0) "
        "FROM payments p WHERE p.org_id = $1 AND p.id = $2",
        orgId, paymentId);
    if (rows.empty()) {
        return std::nullopt;
    }
    const std::string kind = rows[0][1].as<std::string>();
    return RefundedPayment{
        rows[0][0].as<std::string>(),
        invoice::RefundablePayment{kind == "refund", kind == "cash" || kind == "e_transfer",
                                   rows[0][2].as<std::int64_t>(), rows[0][3].as<std::int64_t>()}};
}

Status refundPayment(pqxx::transaction_base& tx, const SyncMutationActor& actor,
                     const std::string& refundId, const RefundPaymentOp& op)
{
    if (auto role = actAs(tx, actor, Action::Create, Resource::Payment); !role) {
        return role.error();
    }
    const auto unlocked = findRefundedPayment(tx, actor.orgId, op.paymentId);
    if (!unlocked) {
        return makeError("not_found", "no such payment", "op.payment_id");
    }
    // The invoice's lock serialises every payment and refund of it; the refunds of the payment
    // are read again under it.
    const auto locked = lockInvoice(tx, actor.orgId, unlocked->invoiceId);
    if (!locked) {
        return makeError("not_found", "no such payment", "op.payment_id");
    }
    if (auto issuer = requireIssuingTrainer(*locked, actor); !issuer) {
        return issuer;
    }
    const auto refunded = findRefundedPayment(tx, actor.orgId, op.paymentId);
    if (auto allowed = invoice::checkRefund(refunded->payment, locked->amounts(), op.amountCents);
        !allowed) {
        return allowed.error().path.empty() ? allowed.error()
                                            : withPathPrefix(allowed.error(), "op");
    }
    tx.exec_params("INSERT INTO payments (org_id, id, invoice_id, kind, amount_cents, "
                   "refunds_payment_id, recorded_by_user_id, received_on, device_id) "
                   "VALUES ($1, $2, $3, 'refund', $4, $5, $6, $7::date, $8)",
                   actor.orgId, refundId, unlocked->invoiceId, op.amountCents, op.paymentId,
                   actor.userId, formatIsoDate(op.refundedOn), actor.deviceId);
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
    if (const auto* refund = std::get_if<RefundPaymentOp>(&operation.body)) {
        return refundPayment(tx, actor, id, *refund);
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
