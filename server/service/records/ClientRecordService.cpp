#include "server/service/records/ClientRecordService.h"

#include "server/service/records/RecordRelation.h"
#include "shared/codec/TextFormats.h"
#include "shared/invoice/InvoiceBalance.h"
#include "shared/permissions/PermissionMatrix.h"

#include <algorithm>
#include <optional>

namespace fitflow::service {

namespace {

Error notFound()
{
    return makeError("not_found", "no such resource");
}

Status checkPage(const PageRequest& page)
{
    if (page.limit < 1 || page.limit > kMaxPageSize) {
        return makeError("invalid_argument", "limit must be between 1 and 200", "limit");
    }
    if (page.offset < 0) {
        return makeError("invalid_argument", "offset must not be negative", "offset");
    }
    return {};
}

Status checkRange(const TimeRange& range)
{
    if (range.to <= range.from) {
        return makeError("invalid_argument", "to must be after from", "to");
    }
    if (range.to - range.from > kMaxSessionRange) {
        return makeError("invalid_argument", "the range spans at most 93 days", "to");
    }
    return {};
}

// The audit event of one read: ids only. A list names the object type and no id.
audit::AuditEvent readEvent(const Actor& actor, std::string action, std::string objectType,
                            std::optional<std::string> objectId)
{
    return audit::AuditEvent{.orgId = actor.orgId,
                             .actorUserId = actor.userId,
                             .deviceId = actor.deviceId,
                             .action = std::move(action),
                             .objectType = std::move(objectType),
                             .objectId = std::move(objectId)};
}

bool mayReadClient(const Actor& actor, const ClientFacts& facts)
{
    return isAllowed(actor.role, Action::Read, Resource::Client, relationToClient(actor, facts));
}

bool mayReadNote(const Actor& actor, const NoteRow& note)
{
    return isAllowed(actor.role, Action::Read, Resource::Note, relationToNote(actor, note));
}

bool mayReadSession(const Actor& actor, const SessionRow& session)
{
    return isAllowed(actor.role, Action::Read, Resource::Session,
                     relationToSession(actor, session));
}

// The portal never sees drafts: a draft is not yet an invoice to the client.
bool mayReadInvoice(const Actor& actor, const InvoiceRow& invoice)
{
    if (actor.role == Role::Client && invoice.status == "draft") {
        return false;
    }
    return isAllowed(actor.role, Action::Read, Resource::Invoice,
                     relationToInvoice(actor, invoice));
}

// Rows the matrix refuses are dropped after paging: row-level security already applied the same
// rules, so in practice nothing is dropped; this guards against a policy that drifts from the
// matrix, at the cost of a short page if it ever did.
template <typename Row, typename Predicate>
std::vector<Row> keepIf(std::vector<Row> rows, Predicate allowed)
{
    rows.erase(
        std::remove_if(rows.begin(), rows.end(), [&](const Row& row) { return !allowed(row); }),
        rows.end());
    return rows;
}

Result<ClientDetail> detailOf(ClientRecordReader& reader, ClientRow client)
{
    auto consents = reader.latestConsents(client.id);
    if (!consents) {
        return consents.error();
    }
    return ClientDetail{std::move(client), std::move(*consents)};
}

// The invoice as the shared balance rule sees it: payments and refunds apart.
invoice::InvoiceAmounts amountsOf(const InvoiceDetail& detail)
{
    invoice::InvoiceAmounts amounts{detail.invoice.kind == "invoice" &&
                                        detail.invoice.status == "issued",
                                    detail.invoice.totalCents, detail.creditedCents, 0, 0};
    for (const auto& payment : detail.payments) {
        (payment.kind == "refund" ? amounts.refundedCents : amounts.paidCents) +=
            payment.amountCents;
    }
    return amounts;
}

std::int64_t paidCents(const std::vector<PaymentRow>& payments)
{
    std::int64_t paid = 0;
    for (const auto& payment : payments) {
        paid += payment.kind == "refund" ? -payment.amountCents : payment.amountCents;
    }
    return paid;
}

} // namespace

ClientRecordService::ClientRecordService(ClientRecordStore& store)
    : m_store(store)
{
}

Result<std::vector<ClientRow>> ClientRecordService::listClients(const Actor& actor,
                                                                const ClientListQuery& query)
{
    if (const Status page = checkPage(query.page); !page) {
        return page.error();
    }
    if (query.namePrefix.size() > static_cast<std::size_t>(kMaxNamePrefixBytes)) {
        return makeError("invalid_argument", "q is at most 100 bytes", "q");
    }
    std::vector<ClientRow> clients;
    const Status done = m_store.read(actor, [&](ClientRecordReader& reader) -> Status {
        auto rows = reader.listClients(query);
        if (!rows) {
            return rows.error();
        }
        clients = keepIf(std::move(*rows),
                         [&](const ClientRow& row) { return mayReadClient(actor, row.facts); });
        return reader.appendAudit(readEvent(actor, "client.list", "client", std::nullopt));
    });
    if (!done) {
        return done.error();
    }
    return clients;
}

Result<ClientDetail> ClientRecordService::readClient(const Actor& actor,
                                                     const std::string& clientId)
{
    if (!isCanonicalUuid(clientId)) {
        return notFound();
    }
    std::optional<ClientDetail> detail;
    const Status done = m_store.read(actor, [&](ClientRecordReader& reader) -> Status {
        auto client = reader.findClient(clientId);
        if (!client) {
            return client.error();
        }
        if (!*client || !mayReadClient(actor, (*client)->facts)) {
            return notFound();
        }
        auto found = detailOf(reader, std::move(**client));
        if (!found) {
            return found.error();
        }
        detail = std::move(*found);
        return reader.appendAudit(readEvent(actor, "client.read", "client", clientId));
    });
    if (!done) {
        return done.error();
    }
    return std::move(*detail);
}

Result<ClientDetail> ClientRecordService::readOwnClient(const Actor& actor)
{
    std::optional<ClientDetail> detail;
    const Status done = m_store.read(actor, [&](ClientRecordReader& reader) -> Status {
        auto client = reader.findClientOfUser(actor.userId);
        if (!client) {
            return client.error();
        }
        if (!*client || !mayReadClient(actor, (*client)->facts)) {
            return notFound();
        }
        const std::string clientId = (*client)->id;
        auto found = detailOf(reader, std::move(**client));
        if (!found) {
            return found.error();
        }
        detail = std::move(*found);
        return reader.appendAudit(readEvent(actor, "client.read", "client", clientId));
    });
    if (!done) {
        return done.error();
    }
    return std::move(*detail);
}

Result<std::vector<NoteRow>> ClientRecordService::listNotesAbout(const Actor& actor,
                                                                 const std::string& clientId)
{
    if (!isCanonicalUuid(clientId)) {
        return notFound();
    }
    std::vector<NoteRow> notes;
    const Status done = m_store.read(actor, [&](ClientRecordReader& reader) -> Status {
        auto client = reader.findClient(clientId);
        if (!client) {
            return client.error();
        }
        if (!*client || !mayReadClient(actor, (*client)->facts)) {
            return notFound();
        }
        auto rows = reader.notesAbout(clientId);
        if (!rows) {
            return rows.error();
        }
        notes =
            keepIf(std::move(*rows), [&](const NoteRow& note) { return mayReadNote(actor, note); });
        return reader.appendAudit(readEvent(actor, "note.list", "note", std::nullopt));
    });
    if (!done) {
        return done.error();
    }
    return notes;
}

Result<NoteRow> ClientRecordService::readNote(const Actor& actor, const std::string& noteId)
{
    if (!isCanonicalUuid(noteId)) {
        return notFound();
    }
    std::optional<NoteRow> note;
    const Status done = m_store.read(actor, [&](ClientRecordReader& reader) -> Status {
        auto row = reader.findNote(noteId);
        if (!row) {
            return row.error();
        }
        if (!*row || !mayReadNote(actor, **row)) {
            return notFound();
        }
        note = std::move(**row);
        return reader.appendAudit(readEvent(actor, "note.read", "note", noteId));
    });
    if (!done) {
        return done.error();
    }
    return std::move(*note);
}

Result<std::vector<SessionRow>> ClientRecordService::listSessions(const Actor& actor,
                                                                  const TimeRange& range)
{
    if (const Status valid = checkRange(range); !valid) {
        return valid.error();
    }
    std::vector<SessionRow> sessions;
    const Status done = m_store.read(actor, [&](ClientRecordReader& reader) -> Status {
        auto rows = reader.sessionsIn(range);
        if (!rows) {
            return rows.error();
        }
        sessions = keepIf(std::move(*rows), [&](const SessionRow& session) {
            return mayReadSession(actor, session);
        });
        return reader.appendAudit(readEvent(actor, "session.list", "session", std::nullopt));
    });
    if (!done) {
        return done.error();
    }
    return sessions;
}

Result<std::vector<InvoiceRow>> ClientRecordService::listInvoices(const Actor& actor,
                                                                  const PageRequest& page)
{
    if (const Status valid = checkPage(page); !valid) {
        return valid.error();
    }
    std::vector<InvoiceRow> invoices;
    const Status done = m_store.read(actor, [&](ClientRecordReader& reader) -> Status {
        auto rows = reader.listInvoices(page);
        if (!rows) {
            return rows.error();
        }
        invoices = keepIf(std::move(*rows), [&](const InvoiceRow& invoice) {
            return mayReadInvoice(actor, invoice);
        });
        return reader.appendAudit(readEvent(actor, "invoice.list", "invoice", std::nullopt));
    });
    if (!done) {
        return done.error();
    }
    return invoices;
}

Result<InvoiceDetail> ClientRecordService::readInvoice(const Actor& actor,
                                                       const std::string& invoiceId)
{
    if (!isCanonicalUuid(invoiceId)) {
        return notFound();
    }
    std::optional<InvoiceDetail> detail;
    const Status done = m_store.read(actor, [&](ClientRecordReader& reader) -> Status {
        auto invoice = reader.findInvoice(invoiceId);
        if (!invoice) {
            return invoice.error();
        }
        if (!*invoice || !mayReadInvoice(actor, **invoice)) {
            return notFound();
        }
        auto lines = reader.invoiceLines(invoiceId);
        if (!lines) {
            return lines.error();
        }
        auto payments = reader.invoicePayments(invoiceId);
        if (!payments) {
            return payments.error();
        }
        auto credited = reader.creditedCents(invoiceId);
        if (!credited) {
            return credited.error();
        }
        InvoiceDetail found{std::move(**invoice), std::move(*lines), std::move(*payments)};
        found.paidCents = paidCents(found.payments);
        found.creditedCents = *credited;
        const invoice::InvoiceAmounts amounts = amountsOf(found);
        found.balanceCents = invoice::owedCents(amounts);
        found.creditCents = invoice::creditCents(amounts);
        detail = std::move(found);
        return reader.appendAudit(readEvent(actor, "invoice.read", "invoice", invoiceId));
    });
    if (!done) {
        return done.error();
    }
    return std::move(*detail);
}

} // namespace fitflow::service
