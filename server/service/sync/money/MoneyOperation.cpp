#include "server/service/sync/money/MoneyOperation.h"

#include "shared/codec/JsonReader.h"
#include "shared/invoice/InvoiceTotalsJson.h"

namespace fitflow::sync::money {

namespace {

template <typename... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};

// The largest sequence number an operation may name (formatInvoiceNumber prints 12 digits).
constexpr std::int64_t kMaxSequenceNumber = 999'999'999'999;

// `line_links`: [{"line": 0, "session_id": "…"} | {"line": 1, "package_id": "…"}], one entry
// per line at most, each naming exactly one thing billed.
std::vector<InvoiceLineLink> readLineLinks(JsonReader& reader, std::size_t lineCount)
{
    std::vector<bool> linked(lineCount, false);
    return reader.array("line_links", [&](JsonReader& entry) {
        InvoiceLineLink link;
        link.line = static_cast<std::size_t>(
            entry.int64("line", 0, static_cast<std::int64_t>(lineCount) - 1));
        if (entry.has("session_id")) {
            link.sessionId = entry.uuid("session_id");
        }
        if (entry.has("package_id")) {
            link.packageId = entry.uuid("package_id");
        }
        if (!entry.ok()) {
            return link;
        }
        if (link.sessionId.empty() == link.packageId.empty()) {
            entry.fail("invalid_value", "a line bills exactly one session or one package");
        } else if (linked[link.line]) {
            entry.fail("invalid_value", "a line is linked once", "line");
        } else {
            linked[link.line] = true;
        }
        return link;
    });
}

DraftInvoiceOp readDraft(JsonReader& reader)
{
    DraftInvoiceOp op;
    if (reader.has("recipient")) {
        op.recipient = reader.enumeration("recipient", kInvoiceRecipientNames);
    }
    const bool toOrganization = op.recipient == InvoiceRecipient::Organization;
    if (!toOrganization) {
        op.clientId = reader.uuid("client_id");
    } else if (reader.ok() && reader.has("client_id")) {
        reader.fail("invalid_value", "an invoice to the organization has no client", "client_id");
    }
    if (reader.has("location_id")) {
        op.locationId = reader.uuid("location_id");
    } else if (toOrganization && reader.ok()) {
        reader.fail("missing_field",
                    "an invoice to the organization names the location where the services were "
                    "supplied",
                    "location_id");
    }
    op.draftJson = nlohmann::json::object();
    for (const char* key : {"tax_point_date", "supplier", "place", "lines"}) {
        op.draftJson[key] = reader.raw(key);
    }
    if (!reader.ok()) {
        return op;
    }
    auto draft = invoice::invoiceDraftFromJson(op.draftJson);
    if (!draft) {
        reader.fail(draft.error().code, draft.error().message, draft.error().path);
        return op;
    }
    if (draft->lines.empty()) {
        reader.fail("invalid_value", "an invoice needs at least one line", "lines");
    }
    op.draft = std::move(*draft);
    if (reader.ok() && reader.has("line_links") && toOrganization) {
        reader.fail("invalid_value",
                    "an invoice to the organization bills no client's sessions or packages",
                    "line_links");
    } else if (reader.ok() && reader.has("line_links")) {
        op.lineLinks = readLineLinks(reader, op.draft.lines.size());
    }
    return op;
}

// Device-computed totals: only their shape is checked here; the store compares them with its
// own computation.
nlohmann::json readTotals(JsonReader& reader)
{
    nlohmann::json totals = reader.raw("totals");
    if (reader.ok() && !totals.is_object()) {
        reader.fail("wrong_type", "expected an object", "totals");
    }
    return totals;
}

std::vector<invoice::CreditedLine> readCreditedLines(JsonReader& reader)
{
    auto lines = reader.array("lines", [](JsonReader& line) {
        invoice::CreditedLine credited;
        credited.lineIndex = static_cast<std::size_t>(line.int64("line", 0, 999));
        credited.quantity = line.int64("quantity", 1, invoice::kMaxLineQuantity);
        return credited;
    });
    if (reader.ok() && lines.empty()) {
        reader.fail("invalid_value", "a credit note credits at least one line", "lines");
    }
    return lines;
}

Result<MoneyOperationBody> readBody(const std::string& entity, const nlohmann::json& op)
{
    return readJsonObject(op, [&](JsonReader& reader) -> MoneyOperationBody {
        const std::string type = reader.string("type");
        const bool isInvoice = entity == "invoice";
        if (type == "invoice.draft" && isInvoice) {
            return readDraft(reader);
        }
        if (type == "invoice.issue" && isInvoice) {
            IssueInvoiceOp issue;
            issue.number = reader.int64("number", 1, kMaxSequenceNumber);
            issue.totals = readTotals(reader);
            return issue;
        }
        if (type == "invoice.void" && isInvoice) {
            return VoidInvoiceOp{};
        }
        if (type == "credit_note.issue" && isInvoice) {
            IssueCreditNoteOp credit;
            credit.originalInvoiceId = reader.uuid("original_invoice_id");
            credit.number = reader.int64("number", 1, kMaxSequenceNumber);
            if (reader.has("lines")) {
                credit.lines = readCreditedLines(reader);
            }
            credit.totals = readTotals(reader);
            return credit;
        }
        if (type == "payment.record" && entity == "payment") {
            RecordPaymentOp payment;
            payment.invoiceId = reader.uuid("invoice_id");
            payment.amountCents = reader.int64("amount_cents", 1, kMaxCents);
            payment.method = reader.enumeration("method", kPaymentMethodNames);
            payment.receivedOn = reader.date("received_on");
            return payment;
        }
        if (type == "payment.refund" && entity == "payment") {
            RefundPaymentOp refund;
            refund.paymentId = reader.uuid("payment_id");
            refund.amountCents = reader.int64("amount_cents", 1, kMaxCents);
            refund.refundedOn = reader.date("refunded_on");
            return refund;
        }
        if (type == "number_block.reserve" && entity == "number_block") {
            return ReserveNumberBlockOp{reader.int64("count", 1, kMaxReservedBlock)};
        }
        if (reader.ok()) {
            reader.fail("unsupported_operation",
                        "no operation " + type + " for a " + entity +
                            " (see docs/sync-protocol.md)",
                        "type");
        }
        return VoidInvoiceOp{};
    });
}

} // namespace

std::string_view operationType(const MoneyOperationBody& body)
{
    return std::visit(
        Overloaded{
            [](const DraftInvoiceOp&) { return std::string_view("invoice.draft"); },
            [](const IssueInvoiceOp&) { return std::string_view("invoice.issue"); },
            [](const VoidInvoiceOp&) { return std::string_view("invoice.void"); },
            [](const RecordPaymentOp&) { return std::string_view("payment.record"); },
            [](const IssueCreditNoteOp&) { return std::string_view("credit_note.issue"); },
            [](const ReserveNumberBlockOp&) { return std::string_view("number_block.reserve"); },
            [](const RefundPaymentOp&) { return std::string_view("payment.refund"); },
        },
        body);
}

bool isMoneyMutation(const nlohmann::json& mutation)
{
    return mutation.is_object() && mutation.contains("op");
}

Result<MoneyOperation> decodeMoneyOperation(const nlohmann::json& mutation)
{
    MoneyOperation operation;
    nlohmann::json op;
    auto envelope = readJsonObject(mutation, [&](JsonReader& reader) {
        reader.int64("id", 1);
        operation.orgId = reader.uuid("org_id");
        operation.entity = reader.string("entity");
        operation.entityId = reader.uuid("entity_id");
        op = reader.raw("op");
        if (reader.ok() && operation.entity != "invoice" && operation.entity != "payment" &&
            operation.entity != "number_block") {
            reader.fail("unsupported_operation",
                        "operations change invoices, payments and number blocks", "entity");
        }
        return 0;
    });
    if (!envelope) {
        return envelope.error();
    }
    auto body = readBody(operation.entity, op);
    if (!body) {
        return withPathPrefix(body.error(), "op");
    }
    operation.body = std::move(*body);
    return operation;
}

} // namespace fitflow::sync::money
