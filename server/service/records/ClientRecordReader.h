#pragma once
// The port through which the client-records use cases read, inside ONE database transaction
// that runs under the actor's row-level security context, and append the audit event of that
// read to the same transaction. Every method returns only rows the database lets the actor see.

#include "server/service/audit/AuditEvent.h"
#include "server/service/records/RecordViews.h"
#include "server/service/tenancy/Actor.h"
#include "shared/core/Result.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::service {

class ClientRecordReader {
public:
    virtual ~ClientRecordReader() = default;

    // Ordered by last name, first name, id.
    virtual Result<std::vector<ClientRow>> listClients(const ClientListQuery& query) = 0;
    virtual Result<std::optional<ClientRow>> findClient(const std::string& clientId) = 0;
    // The client record whose portal login is `userId`.
    virtual Result<std::optional<ClientRow>> findClientOfUser(const std::string& userId) = 0;
    virtual Result<std::vector<ConsentRow>> latestConsents(const std::string& clientId) = 0;

    // Newest first.
    virtual Result<std::vector<NoteRow>> notesAbout(const std::string& clientId) = 0;
    virtual Result<std::optional<NoteRow>> findNote(const std::string& noteId) = 0;

    // Sessions starting in `range`, ordered by start.
    virtual Result<std::vector<SessionRow>> sessionsIn(const TimeRange& range) = 0;

    // Newest first.
    virtual Result<std::vector<InvoiceRow>> listInvoices(const PageRequest& page) = 0;
    virtual Result<std::optional<InvoiceRow>> findInvoice(const std::string& invoiceId) = 0;
    virtual Result<std::vector<InvoiceLineRow>> invoiceLines(const std::string& invoiceId) = 0;
    virtual Result<std::vector<PaymentRow>> invoicePayments(const std::string& invoiceId) = 0;
    // What the issued credit notes of the invoice credit, as a positive amount.
    virtual Result<std::int64_t> creditedCents(const std::string& invoiceId) = 0;

    virtual Status appendAudit(const audit::AuditEvent& event) = 0;
};

// Opens the transaction the reader works in.
class ClientRecordStore {
public:
    using Work = std::function<Status(ClientRecordReader&)>;

    virtual ~ClientRecordStore() = default;

    // Runs `work` in one transaction under `actor`'s tenant context. Commits when `work`
    // succeeds, rolls back (nothing appended) when it fails; returns `work`'s error or a
    // storage error.
    virtual Status read(const Actor& actor, const Work& work) = 0;
};

} // namespace fitflow::service
