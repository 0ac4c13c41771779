#pragma once
// An invoice or credit note as a synced entity (design §2): who issues it to whom, its number and
// status, its lines and the totals computed when it was made. Totals are persisted and never
// recomputed, so history survives rate changes. Issued by an organization (to a client or an
// organization), or by a trainer as a contractor invoice to the organization (studio) that
// engaged them; in both cases `orgId` is the organization whose books hold the invoice.
// Credit notes follow CreditNote.h: positive credited lines, negative totals.

#include "shared/codec/EnumNames.h"
#include "shared/codec/TextFormats.h"
#include "shared/core/Result.h"
#include "shared/invoice/InvoiceLine.h"
#include "shared/invoice/InvoiceTotals.h"
#include "shared/money/CurrencyCode.h"

#include <nlohmann/json.hpp>

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::invoice {

enum class InvoiceKind { Invoice, CreditNote };
// A void invoice was issued and then cancelled: it keeps its number (numbers are never reused).
enum class InvoiceStatus { Draft, Issued, Void };
enum class IssuerKind { Organization, Trainer };
enum class RecipientKind { Client, Organization };

inline constexpr std::array<EnumName<InvoiceKind>, 2> kInvoiceKindNames{{
    {InvoiceKind::Invoice, "invoice"},
    {InvoiceKind::CreditNote, "credit_note"},
}};

inline constexpr std::array<EnumName<InvoiceStatus>, 3> kInvoiceStatusNames{{
    {InvoiceStatus::Draft, "draft"},
    {InvoiceStatus::Issued, "issued"},
    {InvoiceStatus::Void, "void"},
}};

inline constexpr std::array<EnumName<IssuerKind>, 2> kIssuerKindNames{{
    {IssuerKind::Organization, "organization"},
    {IssuerKind::Trainer, "trainer"},
}};

inline constexpr std::array<EnumName<RecipientKind>, 2> kRecipientKindNames{{
    {RecipientKind::Client, "client"},
    {RecipientKind::Organization, "organization"},
}};

// An organization id, or a trainer's user id.
struct InvoiceIssuer {
    IssuerKind kind = IssuerKind::Organization;
    std::string id;

    friend bool operator==(const InvoiceIssuer&, const InvoiceIssuer&) = default;
};

// A client id, or an organization id.
struct InvoiceRecipient {
    RecipientKind kind = RecipientKind::Client;
    std::string id;

    friend bool operator==(const InvoiceRecipient&, const InvoiceRecipient&) = default;
};

// InvoiceLine.h declares no equality; entity comparison (sync round trips) needs one.
bool operator==(const InvoiceLine& a, const InvoiceLine& b);

struct Invoice {
    std::string id; // UUIDv7
    std::string orgId;
    InvoiceKind kind = InvoiceKind::Invoice;
    std::optional<std::string> originalInvoiceId; // required for, and only for, credit notes
    std::optional<std::string> number;            // absent on drafts, present once issued
    InvoiceStatus status = InvoiceStatus::Draft;
    InvoiceIssuer issuer;
    InvoiceRecipient recipient;
    money::CurrencyCode currency;
    std::chrono::year_month_day taxPointDate{};
    std::optional<Instant> issuedAt; // absent on drafts, present once issued
    std::optional<std::chrono::year_month_day> dueDate;
    std::optional<std::string> paymentTerms;             // e.g. "Net 30", printed as given
    std::optional<std::string> gstHstRegistrationNumber; // the supplier's, as printed
    std::optional<std::string> qstRegistrationNumber;
    std::vector<InvoiceLine> lines;
    InvoiceTotals totals; // its placeOfSupply is the invoice's place of supply

    nlohmann::json toJson() const;
    // Field errors as JsonReader's; cross-field rules (checkInvoiceRules) as `invalid_value`.
    static Result<Invoice> fromJson(const nlohmann::json& json);

    friend bool operator==(const Invoice&, const Invoice&) = default;
};

} // namespace fitflow::invoice
