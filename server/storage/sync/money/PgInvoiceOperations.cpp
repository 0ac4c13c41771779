#include "server/storage/sync/money/PgInvoiceOperations.h"

#include "server/storage/sync/money/PgContractorInvoices.h"
#include "server/storage/sync/money/PgInvoiceLinks.h"
#include "server/storage/sync/money/PgInvoiceState.h"
#include "server/storage/sync/money/PgSupplierNumbers.h"
#include "server/storage/sync/money/SyncMoneyActor.h"
#include "shared/codec/TextFormats.h"
#include "shared/invoice/InvoiceJson.h"
#include "shared/invoice/InvoiceNumberFormat.h"
#include "shared/invoice/InvoiceTotalsCalculator.h"
#include "shared/invoice/InvoiceTotalsJson.h"
#include "shared/tax/TaxTable.h"

#include <pqxx/pqxx>

namespace fitflow::storage::money {

namespace {

using invoice::InvoiceDraft;
using invoice::InvoiceTotals;

const Result<tax::TaxTable>& taxTable()
{
    static const Result<tax::TaxTable> table = tax::TaxTable::bundledCanada();
    return table;
}

Result<InvoiceDraft> decodeStoredDraft(const nlohmann::json& draft)
{
    if (draft.is_null()) {
        return makeError("invalid_value", "this invoice was not made through sync");
    }
    return invoice::invoiceDraftFromJson(draft);
}

Result<InvoiceTotals> computeTotals(const InvoiceDraft& draft)
{
    if (!taxTable()) {
        return taxTable().error();
    }
    return invoice::computeInvoiceTotals(draft, *taxTable());
}

// Every line of `lines` replaces the invoice's lines (drafts change, issued lines are frozen);
// `links` name what some of them bill (credit notes pass none).
void writeLines(pqxx::transaction_base& tx, const std::string& orgId, const std::string& invoiceId,
                const std::vector<invoice::InvoiceLine>& lines,
                const std::vector<sync::money::InvoiceLineLink>& links = {})
{
    tx.exec_params("DELETE FROM invoice_lines WHERE org_id = $1 AND invoice_id = $2", orgId,
                   invoiceId);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& line = lines[i];
        std::string sessionId;
        std::string packageId;
        for (const auto& link : links) {
            if (link.line == i) {
                sessionId = link.sessionId;
                packageId = link.packageId;
            }
        }
        tx.exec_params(
            "INSERT INTO invoice_lines (org_id, invoice_id, line_no, description, "
            "quantity, unit_price_cents, amount_cents, discount_cents, category, "
            "tax_included, session_id, package_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
            "$10, NULLIF($11, '')::uuid, NULLIF($12, '')::uuid)",
            orgId, invoiceId, static_cast<int>(i + 1), line.description, line.quantity,
            line.unitPrice.cents(), line.quantity * line.unitPrice.cents(), line.discount.cents(),
            std::string(enumToName(tax::kTaxCategoryNames, line.category)), line.taxIncluded,
            sessionId, packageId);
    }
}

// The number must lie in a block this device reserved, and no visible invoice may use it (the
// unique constraint on (org_id, sequence_number) catches the invisible ones).
Status checkNumber(pqxx::transaction_base& tx, const SyncMutationActor& actor, std::int64_t number)
{
    const auto block =
        tx.exec_params("SELECT 1 FROM invoice_number_blocks WHERE org_id = $1 AND device_id = $2 "
                       "AND $3 BETWEEN first_number AND last_number",
                       actor.orgId, actor.deviceId, number);
    if (block.empty()) {
        return makeError("number_outside_block",
                         "the number is not in a block reserved by this device");
    }
    const auto used = tx.exec_params(
        "SELECT 1 FROM invoices WHERE org_id = $1 AND sequence_number = $2", actor.orgId, number);
    if (!used.empty()) {
        return makeError("number_used", "the number was already used");
    }
    return {};
}

Result<std::string> printedNumber(const char* prefix, std::chrono::year_month_day taxPointDate,
                                  std::int64_t number)
{
    return invoice::formatInvoiceNumber(invoice::InvoiceNumberFormat{prefix, 6},
                                        taxPointDate.year(), number);
}

Status checkTotals(const InvoiceTotals& computed, const nlohmann::json& sent)
{
    if (invoice::invoiceTotalsToJson(computed) != sent) {
        return makeError("totals_mismatch",
                         "the totals differ from the server's computation with the shared tax "
                         "engine");
    }
    return {};
}

void storeAmounts(pqxx::transaction_base& tx, const std::string& orgId, const std::string& id,
                  const InvoiceTotals& totals)
{
    tx.exec_params("UPDATE invoices SET subtotal_cents = $3, tax_cents = $4, total_cents = $5, "
                   "totals = $6::jsonb WHERE org_id = $1 AND id = $2",
                   orgId, id, totals.subtotal.cents(), totals.taxTotal.cents(),
                   totals.total.cents(), invoice::invoiceTotalsToJson(totals).dump());
}

nlohmann::json draftToJson(const nlohmann::json& originalDraft, const InvoiceDraft& credited)
{
    nlohmann::json draft = originalDraft;
    draft["lines"] = nlohmann::json::array();
    for (const auto& line : credited.lines) {
        draft["lines"].push_back(invoice::invoiceLineToJson(line));
    }
    return draft;
}

} // namespace

Status draftInvoice(pqxx::transaction_base& tx, const SyncMutationActor& actor,
                    const std::string& invoiceId, const sync::money::DraftInvoiceOp& op)
{
    auto totals = computeTotals(op.draft);
    if (!totals) {
        return withPathPrefix(totals.error(), "op");
    }
    const bool toOrganization = op.recipient == sync::money::InvoiceRecipient::Organization;
    auto role = toOrganization ? actAsContractor(tx, actor, op.locationId.value_or(""))
                               : actAs(tx, actor, Action::Update, Resource::Invoice);
    if (!role) {
        return role.error();
    }
    const auto existing = lockInvoice(tx, actor.orgId, invoiceId);
    if (existing && (existing->kind != "invoice" || existing->status != "draft")) {
        return makeError("invoice_not_draft", "only a draft can be replaced");
    }
    if (existing && existing->isToOrganization() != toOrganization) {
        return makeError("invalid_value", "a draft keeps its recipient", "op.recipient");
    }
    if (existing) {
        if (auto issuer = requireIssuingTrainer(*existing, actor); !issuer) {
            return issuer;
        }
    }
    if (!existing && !toOrganization) {
        role = actAs(tx, actor, Action::Create, Resource::Invoice);
        if (!role) {
            return role.error();
        }
    }
    if (!toOrganization) {
        const auto client =
            tx.exec_params("SELECT 1 FROM clients WHERE org_id = $1 AND id = $2 AND NOT deleted",
                           actor.orgId, op.clientId);
        if (client.empty()) {
            return makeError("not_found", "no such client", "op.client_id");
        }
        if (auto billable = checkLineLinks(tx, actor.orgId, invoiceId, op); !billable) {
            return billable;
        }
    }
    // A contractor invoice is always the sending trainer's own.
    const bool billsAsTrainer = *role == Role::Trainer || *role == Role::TrainerAdmin;
    const std::string location = op.locationId.value_or("");
    if (existing) {
        tx.exec_params("UPDATE invoices SET client_id = NULLIF($3, '')::uuid, "
                       "location_id = NULLIF($4, '')::uuid, draft = $5::jsonb "
                       "WHERE org_id = $1 AND id = $2",
                       actor.orgId, invoiceId, op.clientId, location, op.draftJson.dump());
    } else {
        tx.exec_params("INSERT INTO invoices (org_id, id, client_id, status, currency, "
                       "subtotal_cents, tax_cents, total_cents, kind, trainer_user_id, "
                       "location_id, draft, recipient_kind) VALUES ($1, $2, NULLIF($3, '')::uuid, "
                       "'draft', 'CAD', 0, 0, 0, 'invoice', NULLIF($4, '')::uuid, "
                       "NULLIF($5, '')::uuid, $6::jsonb, $7)",
                       actor.orgId, invoiceId, op.clientId,
                       billsAsTrainer ? actor.userId : std::string(), location, op.draftJson.dump(),
                       toOrganization ? "organization" : "client");
    }
    storeAmounts(tx, actor.orgId, invoiceId, *totals);
    writeLines(tx, actor.orgId, invoiceId, op.draft.lines, op.lineLinks);
    return {};
}

Status issueInvoice(pqxx::transaction_base& tx, const SyncMutationActor& actor,
                    const std::string& invoiceId, const sync::money::IssueInvoiceOp& op)
{
    if (auto role = actAs(tx, actor, Action::Issue, Resource::Invoice); !role) {
        return role.error();
    }
    const auto stored = lockInvoice(tx, actor.orgId, invoiceId);
    if (!stored) {
        return invoiceNotWritable(tx, actor.orgId, invoiceId);
    }
    if (auto issuer = requireIssuingTrainer(*stored, actor); !issuer) {
        return issuer;
    }
    if (stored->kind != "invoice" || stored->status != "draft") {
        return makeError("invoice_not_draft", "only a draft can be issued");
    }
    auto draft = decodeStoredDraft(stored->draft);
    if (!draft) {
        return draft.error();
    }
    SupplierNumbers supplierNumbers;
    if (stored->isToOrganization()) {
        auto onRecord = contractorSupplierNumbers(tx, actor.userId, *draft);
        if (!onRecord) {
            return onRecord.error();
        }
        supplierNumbers = std::move(*onRecord);
    } else if (auto registered = requireOrganizationNumbers(tx, actor.orgId, *draft); !registered) {
        return registered;
    }
    auto totals = computeTotals(*draft);
    if (!totals) {
        return totals.error();
    }
    if (auto same = checkTotals(*totals, op.totals); !same) {
        return same;
    }
    if (auto free = checkNumber(tx, actor, op.number); !free) {
        return free;
    }
    auto number = printedNumber("INV", draft->taxPointDate, op.number);
    if (!number) {
        return number.error();
    }
    tx.exec_params("UPDATE invoices SET status = 'issued', number = $3, sequence_number = $4, "
                   "tax_point_date = $5::date, issued_at = now(), issued_by_device_id = $6 "
                   "WHERE org_id = $1 AND id = $2",
                   actor.orgId, invoiceId, *number, op.number, formatIsoDate(draft->taxPointDate),
                   actor.deviceId);
    storeAmounts(tx, actor.orgId, invoiceId, *totals);
    storeSupplierNumbers(tx, actor.orgId, invoiceId, supplierNumbers);
    return {};
}

Status voidInvoice(pqxx::transaction_base& tx, const SyncMutationActor& actor,
                   const std::string& invoiceId)
{
    if (auto role = actAs(tx, actor, Action::Void, Resource::Invoice); !role) {
        return role.error();
    }
    const auto stored = lockInvoice(tx, actor.orgId, invoiceId);
    if (!stored) {
        return invoiceNotWritable(tx, actor.orgId, invoiceId);
    }
    if (auto issuer = requireIssuingTrainer(*stored, actor); !issuer) {
        return issuer;
    }
    if (!stored->isOpenInvoice()) {
        return makeError("invoice_not_issued", "only an issued invoice can be voided");
    }
    if (stored->paidCents > 0 || stored->creditedCents > 0) {
        return makeError("invoice_has_payments",
                         "an invoice with payments or credit notes is credited, not voided");
    }
    tx.exec_params("UPDATE invoices SET status = 'void' WHERE org_id = $1 AND id = $2", actor.orgId,
                   invoiceId);
    return {};
}

Status issueCreditNote(pqxx::transaction_base& tx, const SyncMutationActor& actor,
                       const std::string& creditNoteId, const sync::money::IssueCreditNoteOp& op)
{
    if (auto role = actAs(tx, actor, Action::Issue, Resource::Invoice); !role) {
        return role.error();
    }
    const auto original = lockInvoice(tx, actor.orgId, op.originalInvoiceId);
    if (!original) {
        return invoiceNotWritable(tx, actor.orgId, op.originalInvoiceId, "op.original_invoice_id");
    }
    if (auto issuer = requireIssuingTrainer(*original, actor); !issuer) {
        return issuer;
    }
    if (!original->isOpenInvoice() || !original->number) {
        return makeError("invoice_not_issued", "only an issued invoice can be credited");
    }
    auto draft = decodeStoredDraft(original->draft);
    if (!draft) {
        return draft.error();
    }
    if (!taxTable()) {
        return taxTable().error();
    }
    auto note = op.lines
                    ? invoice::makeCreditNote(*original->number, *draft, *op.lines, *taxTable())
                    : invoice::makeFullCreditNote(*original->number, *draft, *taxTable());
    if (!note) {
        return withPathPrefix(note.error(), "op");
    }
    if (auto same = checkTotals(note->totals, op.totals); !same) {
        return same;
    }
    if (original->creditedCents - note->totals.total.cents() > original->totalCents) {
        return makeError("credit_exceeds_original",
                         "the credit notes would exceed the original invoice");
    }
    if (auto free = checkNumber(tx, actor, op.number); !free) {
        return free;
    }
    auto number = printedNumber("CN", draft->taxPointDate, op.number);
    if (!number) {
        return number.error();
    }
    tx.exec_params(
        "INSERT INTO invoices (org_id, id, number, sequence_number, client_id, status, "
        "currency, subtotal_cents, tax_cents, total_cents, tax_point_date, kind, "
        "original_invoice_id, trainer_user_id, draft, issued_at, "
        "issued_by_device_id, recipient_kind, location_id, supplier_gst_hst_number, "
        "supplier_qst_number) SELECT $1, $2, $3, $4, o.client_id, 'issued', "
        "o.currency, 0, 0, 0, $5::date, 'credit_note', o.id, o.trainer_user_id, "
        "$6::jsonb, now(), $7, o.recipient_kind, "
        // Addressed like the original and booked at its location, so a studio's revenue and
        // tax by location net the credit against the invoice it reverses.
        "o.location_id, "
        "o.supplier_gst_hst_number, o.supplier_qst_number "
        "FROM invoices o WHERE o.org_id = $1 AND o.id = $8",
        actor.orgId, creditNoteId, *number, op.number, formatIsoDate(draft->taxPointDate),
        draftToJson(original->draft, note->credited).dump(), actor.deviceId, op.originalInvoiceId);
    storeAmounts(tx, actor.orgId, creditNoteId, note->totals);
    writeLines(tx, actor.orgId, creditNoteId, note->credited.lines);
    // The original's balance changed: it travels again.
    tx.exec_params("UPDATE invoices SET server_version = server_version "
                   "WHERE org_id = $1 AND id = $2",
                   actor.orgId, op.originalInvoiceId);
    return {};
}

} // namespace fitflow::storage::money
