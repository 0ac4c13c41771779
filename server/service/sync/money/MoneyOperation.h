#pragma once
// A money operation as pushed in a sync mutation's `op` (docs/sync-protocol.md, "Money"):
// invoices, payments, credit notes and number blocks change only through these, never by
// per-field merge. Decoding is strict (unknown fields, wrong types, bad ids are errors with the
// field's path) and checks everything that needs no stored state; the storage applies the rest.

#include "shared/codec/EnumNames.h"
#include "shared/core/Result.h"
#include "shared/invoice/CreditNote.h"
#include "shared/invoice/InvoiceDraft.h"

#include <nlohmann/json.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace fitflow::sync::money {

// A block reserved in one operation holds at most this many numbers.
inline constexpr std::int64_t kMaxReservedBlock = 1000;

enum class PaymentMethod { Cash, ETransfer, Card };

inline constexpr std::array<EnumName<PaymentMethod>, 3> kPaymentMethodNames{{
    {PaymentMethod::Cash, "cash"},
    {PaymentMethod::ETransfer, "e_transfer"},
    {PaymentMethod::Card, "card"},
}};

// What one line of a draft bills: exactly one of a session or a package of the organization.
struct InvoiceLineLink {
    std::size_t line = 0; // index into the draft's lines
    std::string sessionId;
    std::string packageId;
};

// Who an invoice is addressed to: a client (the default), or the organization itself (a
// trainer's contractor invoice to the studio for the sessions they ran at one of its locations).
enum class InvoiceRecipient { Client, Organization };

inline constexpr std::array<EnumName<InvoiceRecipient>, 2> kInvoiceRecipientNames{{
    {InvoiceRecipient::Client, "client"},
    {InvoiceRecipient::Organization, "organization"},
}};

struct DraftInvoiceOp {
    InvoiceRecipient recipient = InvoiceRecipient::Client;
    std::string clientId; // empty for a contractor invoice (recipient organization)
    std::optional<std::string> locationId; // required for a contractor invoice
    nlohmann::json draftJson;    // tax_point_date, supplier, place, lines: as sent, validated
    invoice::InvoiceDraft draft; // the same, decoded
    std::vector<InvoiceLineLink> lineLinks; // `line_links`, at most one per line
};

struct IssueInvoiceOp {
    std::int64_t number = 0;
    nlohmann::json totals; // what the device computed (invoiceTotalsToJson)
};

struct VoidInvoiceOp {};

struct RecordPaymentOp {
    std::string invoiceId;
    std::int64_t amountCents = 0;
    PaymentMethod method = PaymentMethod::Cash;
    std::chrono::year_month_day receivedOn{};
};

// Gives back `amountCents` of a cash or e-transfer payment out of the client's credit on its
// invoice (design §2: a refund is its own payment event pointing at the payment it refunds).
struct RefundPaymentOp {
    std::string paymentId; // the payment refunded
    std::int64_t amountCents = 0;
    std::chrono::year_month_day refundedOn{};
};

struct IssueCreditNoteOp {
    std::string originalInvoiceId;
    std::int64_t number = 0;
    std::optional<std::vector<invoice::CreditedLine>> lines; // none: every line in full
    nlohmann::json totals;
};

struct ReserveNumberBlockOp {
    std::int64_t count = 0;
};

using MoneyOperationBody =
    std::variant<DraftInvoiceOp, IssueInvoiceOp, VoidInvoiceOp, RecordPaymentOp, IssueCreditNoteOp,
                 ReserveNumberBlockOp, RefundPaymentOp>;

struct MoneyOperation {
    std::string orgId;
    std::string entity;   // "invoice", "payment" or "number_block"
    std::string entityId; // the invoice, credit note, payment or block (minted by the device)
    MoneyOperationBody body;
};

// The wire name of the operation, e.g. "invoice.issue" (also its audit action after "sync.").
std::string_view operationType(const MoneyOperationBody& body);

// True when a pushed mutation carries an `op` (and so is routed here, not to the LWW writer).
bool isMoneyMutation(const nlohmann::json& mutation);

// Decodes a whole pushed mutation {"id", "org_id", "entity", "entity_id", "op"}. Errors (a
// rejection of this mutation): `unknown_field`, `missing_field`, `wrong_type`, `invalid_value`,
// `out_of_range` with the path of the field, `unsupported_operation` for an unknown op type or
// an op sent for the wrong entity.
Result<MoneyOperation> decodeMoneyOperation(const nlohmann::json& mutation);

} // namespace fitflow::sync::money
