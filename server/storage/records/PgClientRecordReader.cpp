#include "server/storage/records/PgClientRecordReader.h"

#include "server/storage/PgErrors.h"
#include "server/storage/audit/PgAuditTrail.h"
#include "server/storage/records/PgRecordRows.h"

#include <pqxx/pqxx>

namespace fitflow::storage {

namespace {

using namespace records;

std::string clientSelect()
{
    return std::string("SELECT c.id::text AS id, c.given_name, c.family_name, c.email, c.phone, "
                       "c.home_location_id::text AS home_location_id, ") +
           kClientFactColumns + " FROM clients c WHERE c.org_id = $1::uuid AND NOT c.deleted ";
}

service::ClientRow clientOf(const pqxx::row& row)
{
    return service::ClientRow{.id = row["id"].as<std::string>(),
                              .firstName = row["given_name"].as<std::string>(),
                              .lastName = row["family_name"].as<std::string>(),
                              .email = optionalText(row["email"]),
                              .phone = optionalText(row["phone"]),
                              .homeLocationId = optionalText(row["home_location_id"]),
                              .facts = clientFactsOf(row)};
}

// The client is joined without its own filter: a note or invoice whose client the actor cannot
// see still comes back (the facts are then empty) and the matrix decides on the rest. Notes have
// no tombstone of their own: a note of a client deleted through sync is hidden with the client.
std::string noteSelect()
{
    return "SELECT n.id::text AS id, n.client_id::text AS client_id, "
           "n.session_id::text AS session_id, n.author_user_id::text AS author_user_id, "
           "n.format, n.shared_with_client, " +
           epochMillis("n.created_at") + " AS created_ms, " + epochMillis("n.signed_at") +
           " AS signed_ms, "
           "(SELECT r.body FROM note_revisions r WHERE r.org_id = n.org_id AND r.note_id = n.id "
           "AND NOT r.is_amendment ORDER BY r.revision_no DESC LIMIT 1) AS body, " +
           teamLeadsOf("n.author_user_id") + " AS author_team_lead_ids, " + kClientFactColumns +
           " FROM notes n LEFT JOIN clients c ON c.org_id = n.org_id AND c.id = n.client_id "
           "WHERE n.org_id = $1::uuid AND NOT coalesce(c.deleted, false) ";
}

service::NoteRow noteOf(const pqxx::row& row)
{
    service::NoteRow note;
    note.id = row["id"].as<std::string>();
    note.clientId = row["client_id"].as<std::string>();
    note.sessionId = optionalText(row["session_id"]);
    note.authorUserId = row["author_user_id"].as<std::string>();
    note.format = row["format"].as<std::string>();
    note.sharedWithClient = row["shared_with_client"].as<bool>();
    note.createdAt = instantOf(row["created_ms"]);
    note.signedAt = optionalInstant(row["signed_ms"]);
    note.text = optionalText(row["body"]).value_or(std::string());
    note.authorTeamLeadIds = idList(row["author_team_lead_ids"]);
    note.client = clientFactsOf(row);
    return note;
}

std::string invoiceSelect()
{
    return "SELECT i.id::text AS id, i.number, i.client_id::text AS client_id, i.status, i.kind, "
           "i.original_invoice_id::text AS original_invoice_id, i.currency, i.subtotal_cents, "
           "i.tax_cents, i.total_cents, to_char(i.tax_point_date, 'YYYY-MM-DD') AS tax_point, " +
           epochMillis("i.created_at") +
           " AS created_ms, i.trainer_user_id::text AS trainer_user_id, " +
           teamLeadsOf("i.trainer_user_id") + " AS trainer_team_lead_ids, " + kClientFactColumns +
           " FROM invoices i LEFT JOIN clients c ON c.org_id = i.org_id AND c.id = i.client_id "
           // Client invoices only: a trainer's contractor invoice to the studio (0019) is
           // nobody's client record and never reaches the portal.
           "WHERE i.org_id = $1::uuid AND i.recipient_kind = 'client' ";
}

service::InvoiceRow invoiceOf(const pqxx::row& row)
{
    service::InvoiceRow invoice;
    invoice.id = row["id"].as<std::string>();
    invoice.number = optionalText(row["number"]);
    invoice.clientId = row["client_id"].as<std::string>();
    invoice.status = row["status"].as<std::string>();
    invoice.kind = row["kind"].as<std::string>();
    invoice.originalInvoiceId = optionalText(row["original_invoice_id"]);
    invoice.currency = row["currency"].as<std::string>();
    invoice.subtotalCents = row["subtotal_cents"].as<std::int64_t>();
    invoice.taxCents = row["tax_cents"].as<std::int64_t>();
    invoice.totalCents = row["total_cents"].as<std::int64_t>();
    invoice.taxPointDate = optionalText(row["tax_point"]);
    invoice.createdAt = instantOf(row["created_ms"]);
    invoice.trainerUserId = optionalText(row["trainer_user_id"]);
    invoice.trainerTeamLeadIds = idList(row["trainer_team_lead_ids"]);
    invoice.client = clientFactsOf(row);
    return invoice;
}

template <typename Row> std::optional<Row> firstOf(std::vector<Row> rows)
{
    if (rows.empty()) {
        return std::nullopt;
    }
    return std::move(rows.front());
}

} // namespace

PgClientRecordReader::PgClientRecordReader(pqxx::transaction_base& transaction, std::string orgId)
    : m_tx(transaction)
    , m_orgId(std::move(orgId))
{
}

Result<std::vector<service::ClientRow>>
PgClientRecordReader::listClients(const service::ClientListQuery& query)
{
    try {
        const pqxx::result rows = m_tx.exec_params(
            clientSelect() + "AND ($2::text = '' OR lower(left(c.given_name, length($2::text))) = "
                             "lower($2::text)"
                             " OR lower(left(c.family_name, length($2::text))) = lower($2::text)) "
                             "ORDER BY c.family_name, c.given_name, c.id LIMIT $3 OFFSET $4",
            m_orgId, query.namePrefix, query.page.limit, query.page.offset);
        std::vector<service::ClientRow> clients;
        for (const auto& row : rows) {
            clients.push_back(clientOf(row));
        }
        return clients;
    } catch (...) {
        return errorFromCurrentException("list clients");
    }
}

Result<std::optional<service::ClientRow>>
PgClientRecordReader::findClient(const std::string& clientId)
{
    try {
        const pqxx::result rows =
            m_tx.exec_params(clientSelect() + "AND c.id = $2::uuid", m_orgId, clientId);
        return rows.empty() ? std::nullopt : std::optional(clientOf(rows[0]));
    } catch (...) {
        return errorFromCurrentException("read client");
    }
}

Result<std::optional<service::ClientRow>>
PgClientRecordReader::findClientOfUser(const std::string& userId)
{
    try {
        const pqxx::result rows =
            m_tx.exec_params(clientSelect() + "AND c.user_id = $2::uuid", m_orgId, userId);
        return rows.empty() ? std::nullopt : std::optional(clientOf(rows[0]));
    } catch (...) {
        return errorFromCurrentException("read own client");
    }
}

Result<std::vector<service::ConsentRow>>
PgClientRecordReader::latestConsents(const std::string& clientId)
{
    try {
        const pqxx::result rows = m_tx.exec_params(
            "SELECT DISTINCT ON (kind) kind, version, granted, " + epochMillis("recorded_at") +
                " AS recorded_ms FROM consents WHERE org_id = $1::uuid AND client_id = $2::uuid "
                "ORDER BY kind, recorded_at DESC, id DESC",
            m_orgId, clientId);
        std::vector<service::ConsentRow> consents;
        for (const auto& row : rows) {
            consents.push_back({row["kind"].as<std::string>(), row["version"].as<std::string>(),
                                row["granted"].as<bool>(), instantOf(row["recorded_ms"])});
        }
        return consents;
    } catch (...) {
        return errorFromCurrentException("read consents");
    }
}

Result<std::vector<service::NoteRow>> PgClientRecordReader::notesWhere(const std::string& condition,
                                                                       const std::string& id)
{
    try {
        const pqxx::result rows = m_tx.exec_params(
            noteSelect() + condition + " ORDER BY n.created_at DESC, n.id", m_orgId, id);
        std::vector<service::NoteRow> notes;
        for (const auto& row : rows) {
            notes.push_back(noteOf(row));
        }
        for (auto& note : notes) {
            const pqxx::result amendments = m_tx.exec_params(
                "SELECT revision_no, author_user_id::text AS author, " + epochMillis("created_at") +
                    " AS created_ms, body FROM note_revisions WHERE org_id = $1::uuid "
                    "AND note_id = $2::uuid AND is_amendment ORDER BY revision_no",
                m_orgId, note.id);
            for (const auto& row : amendments) {
                note.amendments.push_back(
                    {row["revision_no"].as<int>(), row["author"].as<std::string>(),
                     instantOf(row["created_ms"]), row["body"].as<std::string>()});
            }
        }
        return notes;
    } catch (...) {
        return errorFromCurrentException("read notes");
    }
}

Result<std::vector<service::NoteRow>> PgClientRecordReader::notesAbout(const std::string& clientId)
{
    return notesWhere("AND n.client_id = $2::uuid", clientId);
}

Result<std::optional<service::NoteRow>> PgClientRecordReader::findNote(const std::string& noteId)
{
    auto notes = notesWhere("AND n.id = $2::uuid", noteId);
    if (!notes) {
        return notes.error();
    }
    return firstOf(std::move(*notes));
}

Result<std::vector<service::SessionRow>>
PgClientRecordReader::sessionsIn(const service::TimeRange& range)
{
    try {
        const pqxx::result rows = m_tx.exec_params(
            "SELECT s.id::text AS id, s.client_id::text AS client_id, "
            "s.trainer_user_id::text AS trainer_user_id, s.location_id::text AS location_id, "
            "s.series_id::text AS series_id, s.status, " +
                epochMillis("s.starts_at") + " AS starts_ms, " + epochMillis("s.ends_at") +
                " AS ends_ms, " + teamLeadsOf("s.trainer_user_id") +
                " AS trainer_team_lead_ids, "
                "array_to_string(ARRAY(SELECT c.user_id::text FROM clients c "
                "WHERE c.org_id = s.org_id AND c.user_id IS NOT NULL AND (c.id = s.client_id "
                "OR c.id IN (SELECT sc.client_id FROM session_clients sc "
                "WHERE sc.org_id = s.org_id AND sc.session_id = s.id))), ',') AS portal_users "
                "FROM sessions s WHERE s.org_id = $1::uuid AND NOT s.deleted "
                "AND s.starts_at >= $2::timestamptz "
                "AND s.starts_at < $3::timestamptz ORDER BY s.starts_at, s.id",
            m_orgId, formatUtcInstant(range.from), formatUtcInstant(range.to));
        std::vector<service::SessionRow> sessions;
        for (const auto& row : rows) {
            service::SessionRow session;
            session.id = row["id"].as<std::string>();
            session.clientId = row["client_id"].as<std::string>();
            session.trainerUserId = row["trainer_user_id"].as<std::string>();
            session.locationId = row["location_id"].as<std::string>();
            session.seriesId = optionalText(row["series_id"]);
            session.startsAt = instantOf(row["starts_ms"]);
            session.endsAt = instantOf(row["ends_ms"]);
            session.status = row["status"].as<std::string>();
            session.trainerTeamLeadIds = idList(row["trainer_team_lead_ids"]);
            session.participantPortalUserIds = idList(row["portal_users"]);
            sessions.push_back(std::move(session));
        }
        return sessions;
    } catch (...) {
        return errorFromCurrentException("read sessions");
    }
}

Result<std::vector<service::InvoiceRow>>
PgClientRecordReader::listInvoices(const service::PageRequest& page)
{
    try {
        const pqxx::result rows = m_tx.exec_params(
            invoiceSelect() + "ORDER BY i.created_at DESC, i.id LIMIT $2 OFFSET $3", m_orgId,
            page.limit, page.offset);
        std::vector<service::InvoiceRow> invoices;
        for (const auto& row : rows) {
            invoices.push_back(invoiceOf(row));
        }
        return invoices;
    } catch (...) {
        return errorFromCurrentException("list invoices");
    }
}

Result<std::optional<service::InvoiceRow>>
PgClientRecordReader::findInvoice(const std::string& invoiceId)
{
    try {
        const pqxx::result rows =
            m_tx.exec_params(invoiceSelect() + "AND i.id = $2::uuid", m_orgId, invoiceId);
        return rows.empty() ? std::nullopt : std::optional(invoiceOf(rows[0]));
    } catch (...) {
        return errorFromCurrentException("read invoice");
    }
}

Result<std::vector<service::InvoiceLineRow>>
PgClientRecordReader::invoiceLines(const std::string& invoiceId)
{
    try {
        const pqxx::result rows = m_tx.exec_params(
            "SELECT line_no, description, quantity, unit_price_cents, amount_cents "
            "FROM invoice_lines WHERE org_id = $1::uuid AND invoice_id = $2::uuid "
            "ORDER BY line_no",
            m_orgId, invoiceId);
        std::vector<service::InvoiceLineRow> lines;
        for (const auto& row : rows) {
            lines.push_back({row["line_no"].as<int>(), row["description"].as<std::string>(),
                             row["quantity"].as<std::int64_t>(),
                             row["unit_price_cents"].as<std::int64_t>(),
                             row["amount_cents"].as<std::int64_t>()});
        }
        return lines;
    } catch (...) {
        return errorFromCurrentException("read invoice lines");
    }
}

Result<std::vector<service::PaymentRow>>
PgClientRecordReader::invoicePayments(const std::string& invoiceId)
{
    try {
        const pqxx::result rows =
            m_tx.exec_params("SELECT id::text AS id, kind, amount_cents, currency, "
                             "refunds_payment_id::text AS refunds, " +
                                 epochMillis("recorded_at") +
                                 " AS recorded_ms FROM payments WHERE org_id = $1::uuid "
                                 "AND invoice_id = $2::uuid ORDER BY recorded_at, id",
                             m_orgId, invoiceId);
        std::vector<service::PaymentRow> payments;
        for (const auto& row : rows) {
            payments.push_back({row["id"].as<std::string>(), row["kind"].as<std::string>(),
                                row["amount_cents"].as<std::int64_t>(),
                                row["currency"].as<std::string>(), optionalText(row["refunds"]),
                                instantOf(row["recorded_ms"])});
        }
        return payments;
    } catch (...) {
        return errorFromCurrentException("read payments");
    }
}

Result<std::int64_t> PgClientRecordReader::creditedCents(const std::string& invoiceId)
{
    try {
        return m_tx
            .exec_params1("SELECT coalesce(-sum(total_cents), 0) FROM invoices "
                          "WHERE org_id = $1::uuid AND original_invoice_id = $2::uuid "
                          "AND kind = 'credit_note' AND status = 'issued'",
                          m_orgId, invoiceId)[0]
            .as<std::int64_t>();
    } catch (...) {
        return errorFromCurrentException("read credit notes");
    }
}

Status PgClientRecordReader::appendAudit(const audit::AuditEvent& event)
{
    if (const Status valid = audit::validateAuditEvent(event); !valid) {
        return valid;
    }
    try {
        appendAuditEvent(m_tx, event);
        return {};
    } catch (...) {
        return errorFromCurrentException("append audit event");
    }
}

} // namespace fitflow::storage
