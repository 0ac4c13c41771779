#pragma once
// The client-records queries, run inside a tenant transaction opened by PgClientRecordStore.
// Every query also names the organization explicitly; row-level security filters the rest.
// pqxx exceptions are caught per call and come back as fitflow::Error.

#include "server/service/records/ClientRecordReader.h"

namespace pqxx {
class transaction_base;
} // namespace pqxx

namespace fitflow::storage {

class PgClientRecordReader final : public service::ClientRecordReader {
public:
    // `transaction` must outlive this; `orgId` is the actor's organization.
    PgClientRecordReader(pqxx::transaction_base& transaction, std::string orgId);

    Result<std::vector<service::ClientRow>>
    listClients(const service::ClientListQuery& query) override;
    Result<std::optional<service::ClientRow>> findClient(const std::string& clientId) override;
    Result<std::optional<service::ClientRow>> findClientOfUser(const std::string& userId) override;
    Result<std::vector<service::ConsentRow>> latestConsents(const std::string& clientId) override;

    Result<std::vector<service::NoteRow>> notesAbout(const std::string& clientId) override;
    Result<std::optional<service::NoteRow>> findNote(const std::string& noteId) override;

    Result<std::vector<service::SessionRow>> sessionsIn(const service::TimeRange& range) override;

    Result<std::vector<service::InvoiceRow>>
    listInvoices(const service::PageRequest& page) override;
    Result<std::optional<service::InvoiceRow>> findInvoice(const std::string& invoiceId) override;
    Result<std::vector<service::InvoiceLineRow>>
    invoiceLines(const std::string& invoiceId) override;
    Result<std::vector<service::PaymentRow>> invoicePayments(const std::string& invoiceId) override;
    Result<std::int64_t> creditedCents(const std::string& invoiceId) override;

    Status appendAudit(const audit::AuditEvent& event) override;

private:
    Result<std::vector<service::NoteRow>> notesWhere(const std::string& condition,
                                                     const std::string& id);

    pqxx::transaction_base& m_tx;
    const std::string m_orgId;
};

} // namespace fitflow::storage
