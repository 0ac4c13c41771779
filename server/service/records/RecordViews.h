#pragma once
// What the client-records API reads: rows of clients, consents, notes, sessions and invoices as
// the storage returns them, each with the facts the permission matrix needs to relate the row to
// the acting user (see RecordRelation.h). Names follow the wire format; money is integer cents.

#include "shared/codec/TextFormats.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::service {

// Who a client is to the organization's users: their portal login, assigned trainers, those
// trainers' team leads, and the locations they belong to (home location and session locations).
struct ClientFacts {
    std::optional<std::string> portalUserId;
    std::vector<std::string> trainerUserIds;
    std::vector<std::string> trainerTeamLeadIds;
    std::vector<std::string> locationIds;
};

struct ClientRow {
    std::string id;
    std::string firstName;
    std::string lastName;
    std::optional<std::string> email;
    std::optional<std::string> phone;
    std::optional<std::string> homeLocationId;
    ClientFacts facts;
};

// The most recent consent record of one kind.
struct ConsentRow {
    std::string kind;
    std::string version;
    bool granted = false;
    Instant recordedAt{};
};

struct ClientDetail {
    ClientRow client;
    std::vector<ConsentRow> latestConsents; // one per kind, ordered by kind
};

struct NoteAmendmentRow {
    int revisionNo = 0;
    std::string authorUserId;
    Instant createdAt{};
    std::string text;
};

struct NoteRow {
    std::string id;
    std::string clientId;
    std::optional<std::string> sessionId;
    std::string authorUserId;
    std::string format; // "soap" or "free"
    bool sharedWithClient = false;
    Instant createdAt{};
    std::optional<Instant> signedAt;
    std::string text; // the latest revision that is not an amendment
    std::vector<NoteAmendmentRow> amendments;
    std::vector<std::string> authorTeamLeadIds;
    ClientFacts client;
};

struct SessionRow {
    std::string id;
    std::string clientId;
    std::string trainerUserId;
    std::string locationId;
    std::optional<std::string> seriesId;
    Instant startsAt{};
    Instant endsAt{};
    std::string status;
    std::vector<std::string> trainerTeamLeadIds;
    std::vector<std::string> participantPortalUserIds; // portal logins of its clients
};

struct InvoiceLineRow {
    int lineNo = 0;
    std::string description;
    std::int64_t quantity = 0;
    std::int64_t unitPriceCents = 0;
    std::int64_t amountCents = 0;
};

struct PaymentRow {
    std::string id;
    std::string kind; // card, cash, e_transfer, credit, refund
    std::int64_t amountCents = 0;
    std::string currency;
    std::optional<std::string> refundsPaymentId;
    Instant recordedAt{};
};

struct InvoiceRow {
    std::string id;
    std::optional<std::string> number;
    std::string clientId;
    std::string status; // draft, issued, paid, void
    std::string kind;   // invoice, credit_note
    std::optional<std::string> originalInvoiceId;
    std::string currency;
    std::int64_t subtotalCents = 0;
    std::int64_t taxCents = 0;
    std::int64_t totalCents = 0;
    std::optional<std::string> taxPointDate; // YYYY-MM-DD
    Instant createdAt{};
    std::optional<std::string> trainerUserId;
    std::vector<std::string> trainerTeamLeadIds;
    ClientFacts client;
};

struct InvoiceDetail {
    InvoiceRow invoice;
    std::vector<InvoiceLineRow> lines;
    std::vector<PaymentRow> payments;
    std::int64_t paidCents = 0;     // payments minus refunds
    std::int64_t creditedCents = 0; // credit notes issued against it
    // shared/invoice/InvoiceBalance.h: what is owed (never below 0) and what the invoice owes
    // back to the client (paid, then credited); both 0 unless it is an issued invoice.
    std::int64_t balanceCents = 0;
    std::int64_t creditCents = 0;
};

// limit/offset paging of list endpoints.
struct PageRequest {
    int limit = 50;
    int offset = 0;
};

struct ClientListQuery {
    std::string namePrefix; // empty: every visible client
    PageRequest page;
};

// A half-open UTC interval [from, to).
struct TimeRange {
    Instant from{};
    Instant to{};
};

} // namespace fitflow::service
