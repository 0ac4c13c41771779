#pragma once
// The money write path of a device (docs/sync-protocol.md, "Money"), for fitflow-cli and the
// desktop UI: every operation validates its input, changes the local rows and appends its
// `op` outbox entry in ONE store transaction, and works offline; sync pushes it and the server
// applies it again (recomputing totals, checking numbers and balances) or rejects it.
// Issuing takes the next number of the organization's reserved blocks (DeviceInvoiceNumbers) in
// the same transaction, so a number is never handed out twice, even across a crash.
// Use from the thread that owns `db`.

#include "shared/core/Result.h"
#include "shared/invoice/CreditNote.h"

#include <QSqlDatabase>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::desktop::money {

// Reserve a new block while online when fewer numbers than this remain.
inline constexpr std::int64_t kNumberRefillThreshold = 20;
inline constexpr std::int64_t kDefaultNumberBlockSize = 100;

class InvoiceOperations {
public:
    explicit InvoiceOperations(QSqlDatabase db);

    // A new draft; returns its id. `draft` is {"recipient" (optional: "client" (default) or
    // "organization", a contractor invoice to the studio: no client_id, location_id required, no
    // line_links), "client_id", "location_id" (optional),
    // "tax_point_date", "supplier", "place", "lines", "line_links" (optional: what lines bill,
    // [{"line": 0, "session_id": "…"}])} (the `invoice.draft` op without "type").
    // Errors: the field errors of the draft decoder with their path, `invalid_value` (org id).
    fitflow::Result<std::string> draft(const std::string& orgId, const nlohmann::json& draft);
    // Replaces a draft. Errors as draft(), `not_found`, `invoice_not_draft`, `invalid_value`
    // (path "recipient": a draft keeps its recipient).
    fitflow::Status redraft(const std::string& invoiceId, const nlohmann::json& draft);
    // Issues a draft with the next reserved number; returns the printed number.
    // Errors: `not_found`, `invoice_not_draft`, `invoice_numbers_exhausted` (reserve a block
    // while online first), `invalid_value` (path "supplier": a contractor invoice claims a
    // registration whose number is not in the cached profile, SupplierNumbersCheck).
    fitflow::Result<std::string> issue(const std::string& invoiceId);
    // Errors: `not_found`, `invoice_not_issued`, `invoice_has_payments`.
    fitflow::Status voidInvoice(const std::string& invoiceId);
    // `payment` is {"amount_cents", "method": cash|e_transfer|card, "received_on": "YYYY-MM-DD"};
    // returns the payment id. Errors: field errors, `not_found`, `invoice_not_issued`,
    // `overpayment`.
    fitflow::Result<std::string> recordPayment(const std::string& invoiceId,
                                               const nlohmann::json& payment);
    // Gives back part or all of a cash or e-transfer payment out of the client's credit on its
    // invoice (`payment.refund`); `refund` is {"amount_cents", "refunded_on": "YYYY-MM-DD"};
    // returns the refund's id. Errors: field errors, `not_found` (path "payment_id"), those of
    // invoice::checkRefund (`refund_of_refund`, `refund_exceeds_payment`,
    // `refund_exceeds_credit`, ...).
    fitflow::Result<std::string> refundPayment(const std::string& paymentId,
                                               const nlohmann::json& refund);
    // A credit note of an issued invoice (every line in full when `lines` is empty); returns its
    // id. Errors: `not_found`, `invoice_not_issued`, `credit_exceeds_original`,
    // `invalid_line_index`, `invoice_numbers_exhausted`.
    fitflow::Result<std::string>
    creditNote(const std::string& invoiceId,
               const std::optional<std::vector<invoice::CreditedLine>>& lines = std::nullopt);
    // Queues a request for `count` (1..1000) more numbers; the block arrives with the next pull.
    // Returns the block's id.
    fitflow::Result<std::string> reserveNumbers(const std::string& orgId,
                                                std::int64_t count = kDefaultNumberBlockSize);
    // Numbers this device can still issue offline in `orgId` (reserve more below
    // kNumberRefillThreshold).
    fitflow::Result<std::int64_t> remainingNumbers(const std::string& orgId) const;

private:
    QSqlDatabase m_db;
};

} // namespace fitflow::desktop::money
