#pragma once
// The stored state of one invoice or credit note that the money operations decide on: its kind,
// status, number, draft and amounts, and what was paid and credited against it. Loaded with a
// row lock (FOR UPDATE), so two pushes touching one invoice are applied one after the other and
// a balance check cannot race a concurrent payment.

#include "shared/invoice/InvoiceBalance.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace pqxx {
class transaction_base;
} // namespace pqxx

namespace fitflow::storage::money {

struct InvoiceState {
    std::string id;
    std::string kind;   // "invoice" or "credit_note"
    std::string status; // "draft", "issued", "paid" (seeded rows), "void"
    std::optional<std::string> number;
    std::string recipientKind;           // "client" or "organization" (migration 0019)
    std::optional<std::string> clientId; // none for an invoice to the organization
    std::optional<std::string> trainerUserId;
    nlohmann::json draft; // null for rows not made through sync
    std::int64_t totalCents = 0;
    std::int64_t paidCents = 0;     // payments received; refunds are not deducted
    std::int64_t refundedCents = 0; // refunds given back out of those payments
    std::int64_t creditedCents = 0; // credit notes issued against it, as a positive amount

    bool isOpenInvoice() const { return kind == "invoice" && status == "issued"; }
    // A trainer's contractor invoice to the organization (or a credit note of one).
    bool isToOrganization() const { return recipientKind == "organization"; }
    // The amounts the shared balance rule (shared/invoice/InvoiceBalance.h) decides on.
    invoice::InvoiceAmounts amounts() const;
    // What is still owed: never below zero.
    std::int64_t balanceCents() const;
};

// The invoice `id` of the current organization as the acting role sees it, locked; nothing when
// it does not exist or is not visible. Throws pqxx exceptions.
std::optional<InvoiceState> lockInvoice(pqxx::transaction_base& transaction,
                                        const std::string& orgId, const std::string& id);

} // namespace fitflow::storage::money
