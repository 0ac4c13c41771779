#include "desktop/sync/money/InvoiceOperations.h"

#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/StoreTransaction.h"
#include "desktop/storage/UuidV7.h"
#include "desktop/storage/money/MoneyRepository.h"
#include "desktop/sync/money/MoneyComputation.h"
#include "desktop/sync/money/SupplierNumbersCheck.h"
#include "shared/codec/EnumNames.h"
#include "shared/codec/JsonReader.h"
#include "shared/codec/TextFormats.h"
#include "shared/invoice/DeviceInvoiceNumbers.h"
#include "shared/invoice/InvoiceBalance.h"
#include "shared/invoice/InvoiceJson.h"
#include "shared/invoice/InvoiceTotalsJson.h"

#include <algorithm>
#include <array>
#include <set>

namespace fitflow::desktop::money {

namespace {

constexpr std::int64_t kMaxReservedBlock = 1000;

std::string newId()
{
    return generateUuidV7().toStdString();
}

// `line_links` as docs/sync-protocol.md has it: each entry names one line (an index into
// `lineCount` lines, once) and exactly one session or package it bills.
nlohmann::json readLineLinks(JsonReader& reader, std::int64_t lineCount)
{
    std::set<std::int64_t> linked;
    const auto entries = reader.array("line_links", [&](JsonReader& entry) {
        nlohmann::json link{{"line", entry.int64("line", 0, lineCount - 1)}};
        for (const char* key : {"session_id", "package_id"}) {
            if (entry.has(key)) {
                link[key] = entry.uuid(key);
            }
        }
        if (entry.ok() && link.size() != 2) {
            entry.fail("invalid_value", "a line bills exactly one session or one package");
        } else if (entry.ok() && !linked.insert(link["line"].get<std::int64_t>()).second) {
            entry.fail("invalid_value", "a line is linked once", "line");
        }
        return link;
    });
    return nlohmann::json(entries);
}

enum class Recipient { Client, Organization };

constexpr std::array<EnumName<Recipient>, 2> kRecipients{
    {{Recipient::Client, "client"}, {Recipient::Organization, "organization"}}};

// Who the invoice is addressed to: a client (client_id required), or the studio itself for a
// contractor invoice (no client, the location where the services were supplied, no links).
void readRecipient(JsonReader& reader, Recipient& recipient, nlohmann::json& clientId,
                   nlohmann::json& locationId)
{
    if (reader.has("recipient")) {
        recipient = reader.enumeration("recipient", kRecipients);
    }
    if (recipient == Recipient::Client) {
        clientId = reader.uuid("client_id");
        if (reader.has("location_id")) {
            locationId = reader.uuid("location_id");
        }
        return;
    }
    if (reader.has("client_id")) {
        reader.fail("invalid_value", "an invoice to the organization has no client", "client_id");
    }
    locationId = reader.uuid("location_id");
    if (reader.has("line_links")) {
        reader.fail("invalid_value", "an invoice to the organization bills no client's sessions",
                    "line_links");
    }
}

// The recipient/client/location part of a draft checked, the rest decoded; returns the invoice
// values.
fitflow::Result<nlohmann::json> draftValues(const nlohmann::json& input)
{
    nlohmann::json draft = nlohmann::json::object();
    Recipient recipient = Recipient::Client;
    nlohmann::json clientId;
    nlohmann::json locationId;
    nlohmann::json links = nlohmann::json::array();
    auto read = readJsonObject(input, [&](JsonReader& reader) {
        readRecipient(reader, recipient, clientId, locationId);
        for (const char* key : {"tax_point_date", "supplier", "place", "lines"}) {
            draft[key] = reader.raw(key);
        }
        if (reader.ok() && recipient == Recipient::Client && reader.has("line_links")) {
            const auto lineCount =
                draft["lines"].is_array() ? static_cast<std::int64_t>(draft["lines"].size()) : 0;
            links = readLineLinks(reader, lineCount);
        }
        return 0;
    });
    if (!read) {
        return read.error();
    }
    auto decoded = decodeDraft(draft);
    if (!decoded) {
        return decoded.error();
    }
    auto totals = draftTotals(*decoded);
    if (!totals) {
        return totals.error();
    }
    return nlohmann::json{{"kind", "invoice"},
                          {"status", "draft"},
                          {"number", nullptr},
                          {"sequence_number", nullptr},
                          {"client_id", clientId},
                          {"location_id", locationId},
                          {"trainer_id", nullptr},
                          {"original_invoice_id", nullptr},
                          {"currency", "CAD"},
                          {"draft", draft},
                          {"totals", *totals},
                          {"paid_cents", 0},
                          {"credited_cents", 0},
                          {"balance_cents", 0},
                          {"line_links", links},
                          {"recipient", std::string(enumToName(kRecipients, recipient))},
                          {"supplier_registration_numbers", nullptr}};
}

nlohmann::json draftOp(const nlohmann::json& values)
{
    nlohmann::json op = values["draft"];
    op["type"] = "invoice.draft";
    if (values["recipient"] == "organization") {
        op["recipient"] = "organization";
    } else {
        op["client_id"] = values["client_id"];
    }
    if (!values["location_id"].is_null()) {
        op["location_id"] = values["location_id"];
    }
    if (!values["line_links"].empty()) {
        op["line_links"] = values["line_links"];
    }
    return op;
}

std::int64_t balanceOf(const nlohmann::json& values)
{
    return invoice::owedCents(invoiceAmountsOf(values));
}

// One operation: its local effect and its outbox entry, committed together.
class OperationWriter {
public:
    explicit OperationWriter(const QSqlDatabase& db)
        : m_db(db)
        , m_money(db)
    {
    }

    fitflow::Status begin()
    {
        auto transaction = StoreTransaction::begin(m_db);
        if (!transaction) {
            return transaction.error();
        }
        m_transaction.emplace(std::move(*transaction));
        return {};
    }

    MoneyRepository& money() { return m_money; }

    fitflow::Result<LocalInvoice> invoice(const std::string& id)
    {
        auto found = m_money.findInvoice(id);
        if (!found) {
            return found.error();
        }
        if (!*found) {
            return makeError("not_found", "no invoice " + id);
        }
        return std::move(**found);
    }

    // The next number of the organization's blocks, consumed in this transaction.
    fitflow::Result<std::int64_t> takeNumber(const std::string& orgId)
    {
        auto held = m_money.heldNumbers(orgId);
        if (!held) {
            return held.error();
        }
        auto numbers = invoice::DeviceInvoiceNumbers::restore(held->blocks, held->consumed);
        if (!numbers) {
            return numbers.error();
        }
        auto number = numbers->takeNext();
        if (!number) {
            return makeError(number.error().code,
                             "no reserved invoice numbers left: reserve a block and sync while "
                             "online");
        }
        if (auto saved = m_money.saveConsumed(orgId, numbers->consumedCount()); !saved) {
            return saved.error();
        }
        return *number;
    }

    fitflow::Status finish(const std::string& orgId, const std::string& entity,
                           const std::string& entityId, nlohmann::json op)
    {
        auto appended = OutboxRepository(m_db).append(
            OutboxEntry{0, orgId, entity, entityId, {{"op", std::move(op)}}});
        if (!appended) {
            return appended.error();
        }
        return m_transaction->commit();
    }

    // A payment event (a payment or a refund) with its invoice's new amounts, then the operation.
    fitflow::Result<std::string> finishPayment(const LocalPayment& payment,
                                               const LocalInvoice& invoice, nlohmann::json op)
    {
        if (auto saved = m_money.savePayment(payment); !saved) {
            return saved.error();
        }
        if (auto saved = m_money.saveInvoice(invoice); !saved) {
            return saved.error();
        }
        if (auto done = finish(invoice.orgId, "payment", payment.id, std::move(op)); !done) {
            return done.error();
        }
        return payment.id;
    }

private:
    QSqlDatabase m_db;
    MoneyRepository m_money;
    std::optional<StoreTransaction> m_transaction;
};

} // namespace

InvoiceOperations::InvoiceOperations(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Result<std::string> InvoiceOperations::draft(const std::string& orgId,
                                                      const nlohmann::json& input)
{
    if (!isCanonicalUuid(orgId)) {
        return makeError("invalid_value", "the organization id is not a canonical UUID", "org");
    }
    auto values = draftValues(input);
    if (!values) {
        return values.error();
    }
    OperationWriter writer(m_db);
    if (auto begun = writer.begin(); !begun) {
        return begun.error();
    }
    const std::string id = newId();
    if (auto saved = writer.money().saveInvoice({id, orgId, *values}); !saved) {
        return saved.error();
    }
    if (auto done = writer.finish(orgId, "invoice", id, draftOp(*values)); !done) {
        return done.error();
    }
    return id;
}

fitflow::Status InvoiceOperations::redraft(const std::string& invoiceId,
                                           const nlohmann::json& input)
{
    auto values = draftValues(input);
    if (!values) {
        return values.error();
    }
    OperationWriter writer(m_db);
    if (auto begun = writer.begin(); !begun) {
        return begun;
    }
    auto stored = writer.invoice(invoiceId);
    if (!stored) {
        return stored.error();
    }
    if (stored->kind() != "invoice" || stored->status() != "draft") {
        return makeError("invoice_not_draft", "only a draft can be changed");
    }
    if (stored->recipient() != (*values)["recipient"].get<std::string>()) {
        return makeError("invalid_value", "a draft keeps its recipient", "recipient");
    }
    if (auto saved = writer.money().saveInvoice({invoiceId, stored->orgId, *values}); !saved) {
        return saved;
    }
    return writer.finish(stored->orgId, "invoice", invoiceId, draftOp(*values));
}

fitflow::Result<std::string> InvoiceOperations::issue(const std::string& invoiceId)
{
    OperationWriter writer(m_db);
    if (auto begun = writer.begin(); !begun) {
        return begun.error();
    }
    auto stored = writer.invoice(invoiceId);
    if (!stored) {
        return stored.error();
    }
    if (stored->kind() != "invoice" || stored->status() != "draft") {
        return makeError("invoice_not_draft", "only a draft can be issued");
    }
    if (stored->isContractorInvoice()) {
        if (auto numbers = checkSupplierNumbersOnRecord(m_db, stored->values["draft"]); !numbers) {
            return numbers.error();
        }
    }
    auto draft = decodeDraft(stored->values["draft"]);
    if (!draft) {
        return draft.error();
    }
    auto totals = draftTotals(*draft);
    if (!totals) {
        return totals.error();
    }
    auto number = writer.takeNumber(stored->orgId);
    if (!number) {
        return number.error();
    }
    auto printed = printedNumber(false, *draft, *number);
    if (!printed) {
        return printed.error();
    }
    stored->values["status"] = "issued";
    stored->values["number"] = *printed;
    stored->values["sequence_number"] = *number;
    stored->values["totals"] = *totals;
    stored->values["balance_cents"] = balanceOf(stored->values);
    if (auto saved = writer.money().saveInvoice(*stored); !saved) {
        return saved.error();
    }
    nlohmann::json op{{"type", "invoice.issue"}, {"number", *number}, {"totals", *totals}};
    if (auto done = writer.finish(stored->orgId, "invoice", invoiceId, std::move(op)); !done) {
        return done.error();
    }
    return *printed;
}

fitflow::Status InvoiceOperations::voidInvoice(const std::string& invoiceId)
{
    OperationWriter writer(m_db);
    if (auto begun = writer.begin(); !begun) {
        return begun;
    }
    auto stored = writer.invoice(invoiceId);
    if (!stored) {
        return stored.error();
    }
    if (stored->kind() != "invoice" || stored->status() != "issued") {
        return makeError("invoice_not_issued", "only an issued invoice can be voided");
    }
    if (stored->cents("paid_cents") > 0 || stored->cents("credited_cents") > 0) {
        return makeError("invoice_has_payments",
                         "an invoice with payments or credit notes is credited, not voided");
    }
    stored->values["status"] = "void";
    stored->values["balance_cents"] = 0;
    if (auto saved = writer.money().saveInvoice(*stored); !saved) {
        return saved;
    }
    return writer.finish(stored->orgId, "invoice", invoiceId, {{"type", "invoice.void"}});
}

fitflow::Result<std::string> InvoiceOperations::recordPayment(const std::string& invoiceId,
                                                              const nlohmann::json& payment)
{
    static constexpr std::array<EnumName<int>, 3> kMethods{
        {{0, "cash"}, {1, "e_transfer"}, {2, "card"}}};
    nlohmann::json op{{"type", "payment.record"}, {"invoice_id", invoiceId}};
    auto read = readJsonObject(payment, [&](JsonReader& reader) {
        op["amount_cents"] = reader.int64("amount_cents", 1, kMaxCents);
        op["method"] = std::string(enumToName(kMethods, reader.enumeration("method", kMethods)));
        op["received_on"] = formatIsoDate(reader.date("received_on"));
        return 0;
    });
    if (!read) {
        return read.error();
    }
    OperationWriter writer(m_db);
    if (auto begun = writer.begin(); !begun) {
        return begun.error();
    }
    auto stored = writer.invoice(invoiceId);
    if (!stored) {
        return stored.error();
    }
    if (stored->kind() != "invoice" || stored->status() != "issued") {
        return makeError("invoice_not_issued", "payments are recorded on issued invoices only");
    }
    const std::int64_t amount = op["amount_cents"].get<std::int64_t>();
    if (amount > stored->cents("balance_cents")) {
        return makeError("overpayment", "the payment exceeds the invoice's balance",
                         "amount_cents");
    }
    const std::string id = newId();
    LocalPayment local{id,
                       stored->orgId,
                       {{"invoice_id", invoiceId},
                        {"method", op["method"]},
                        {"amount_cents", amount},
                        {"received_on", op["received_on"]},
                        {"recorded_by", nullptr}}};
    stored->values["paid_cents"] = stored->cents("paid_cents") + amount;
    stored->values["balance_cents"] = balanceOf(stored->values);
    return writer.finishPayment(local, *stored, std::move(op));
}

fitflow::Result<std::string> InvoiceOperations::refundPayment(const std::string& paymentId,
                                                              const nlohmann::json& refund)
{
    nlohmann::json op{{"type", "payment.refund"}, {"payment_id", paymentId}};
    auto read = readJsonObject(refund, [&](JsonReader& reader) {
        op["amount_cents"] = reader.int64("amount_cents", 1, kMaxCents);
        op["refunded_on"] = formatIsoDate(reader.date("refunded_on"));
        return 0;
    });
    if (!read) {
        return read.error();
    }
    OperationWriter writer(m_db);
    if (auto begun = writer.begin(); !begun) {
        return begun.error();
    }
    auto payment = writer.money().findPayment(paymentId);
    if (!payment) {
        return payment.error();
    }
    if (!*payment) {
        return makeError("not_found", "no payment " + paymentId, "payment_id");
    }
    const std::string invoiceId = (*payment)->values.value("invoice_id", std::string());
    auto stored = writer.invoice(invoiceId);
    if (!stored) {
        return stored.error();
    }
    auto siblings = writer.money().invoicePayments(invoiceId);
    if (!siblings) {
        return siblings.error();
    }
    const std::int64_t amount = op["amount_cents"].get<std::int64_t>();
    if (auto allowed = invoice::checkRefund(refundablePaymentOf(**payment, *siblings),
                                            invoiceAmountsOf(stored->values), amount);
        !allowed) {
        return allowed.error();
    }
    const std::string id = newId();
    LocalPayment local{id,
                       stored->orgId,
                       {{"invoice_id", invoiceId},
                        {"method", "refund"},
                        {"amount_cents", amount},
                        {"received_on", op["refunded_on"]},
                        {"recorded_by", nullptr},
                        {"refunds_payment_id", paymentId}}};
    stored->values["refunded_cents"] = stored->cents("refunded_cents") + amount;
    stored->values["balance_cents"] = balanceOf(stored->values);
    return writer.finishPayment(local, *stored, std::move(op));
}

fitflow::Result<std::string>
InvoiceOperations::creditNote(const std::string& invoiceId,
                              const std::optional<std::vector<invoice::CreditedLine>>& lines)
{
    OperationWriter writer(m_db);
    if (auto begun = writer.begin(); !begun) {
        return begun.error();
    }
    auto original = writer.invoice(invoiceId);
    if (!original) {
        return original.error();
    }
    if (original->kind() != "invoice" || original->status() != "issued") {
        return makeError("invoice_not_issued", "only an issued invoice can be credited");
    }
    auto draft = decodeDraft(original->values["draft"]);
    if (!draft) {
        return draft.error();
    }
    auto note = creditNoteOf(original->values.value("number", std::string()), *draft, lines);
    if (!note) {
        return note.error();
    }
    const std::int64_t credited = -note->totals.total.cents();
    if (original->cents("credited_cents") + credited >
        original->values["totals"].value("total_cents", std::int64_t{0})) {
        return makeError("credit_exceeds_original",
                         "the credit notes would exceed the original invoice");
    }
    auto number = writer.takeNumber(original->orgId);
    if (!number) {
        return number.error();
    }
    auto printed = printedNumber(true, *draft, *number);
    if (!printed) {
        return printed.error();
    }
    nlohmann::json noteDraft = original->values["draft"];
    noteDraft["lines"] = nlohmann::json::array();
    for (const auto& line : note->credited.lines) {
        noteDraft["lines"].push_back(invoice::invoiceLineToJson(line));
    }
    const nlohmann::json totals = invoice::invoiceTotalsToJson(note->totals);
    const std::string id = newId();
    nlohmann::json values = original->values;
    values.update({{"kind", "credit_note"},
                   {"status", "issued"},
                   {"number", *printed},
                   {"sequence_number", *number},
                   {"original_invoice_id", invoiceId},
                   {"draft", noteDraft},
                   {"totals", totals},
                   {"paid_cents", 0},
                   {"credited_cents", 0},
                   {"balance_cents", 0},
                   {"line_links", nlohmann::json::array()}}); // a credit note bills nothing
    original->values["credited_cents"] = original->cents("credited_cents") + credited;
    original->values["balance_cents"] = balanceOf(original->values);
    if (auto saved = writer.money().saveInvoice({id, original->orgId, values}); !saved) {
        return saved.error();
    }
    if (auto saved = writer.money().saveInvoice(*original); !saved) {
        return saved.error();
    }
    nlohmann::json op{{"type", "credit_note.issue"},
                      {"original_invoice_id", invoiceId},
                      {"number", *number},
                      {"totals", totals}};
    if (lines) {
        op["lines"] = nlohmann::json::array();
        for (const auto& line : *lines) {
            op["lines"].push_back({{"line", line.lineIndex}, {"quantity", line.quantity}});
        }
    }
    if (auto done = writer.finish(original->orgId, "invoice", id, std::move(op)); !done) {
        return done.error();
    }
    return id;
}

fitflow::Result<std::string> InvoiceOperations::reserveNumbers(const std::string& orgId,
                                                               std::int64_t count)
{
    if (!isCanonicalUuid(orgId)) {
        return makeError("invalid_value", "the organization id is not a canonical UUID", "org");
    }
    if (count < 1 || count > kMaxReservedBlock) {
        return makeError("out_of_range", "a block holds 1 to 1000 numbers", "count");
    }
    OperationWriter writer(m_db);
    if (auto begun = writer.begin(); !begun) {
        return begun.error();
    }
    const std::string id = newId();
    if (auto done = writer.finish(orgId, "number_block", id,
                                  {{"type", "number_block.reserve"}, {"count", count}});
        !done) {
        return done.error();
    }
    return id;
}

fitflow::Result<std::int64_t> InvoiceOperations::remainingNumbers(const std::string& orgId) const
{
    auto held = MoneyRepository(m_db).heldNumbers(orgId);
    if (!held) {
        return held.error();
    }
    auto numbers = invoice::DeviceInvoiceNumbers::restore(held->blocks, held->consumed);
    if (!numbers) {
        return numbers.error();
    }
    return numbers->remaining();
}

} // namespace fitflow::desktop::money
