#pragma once
// The read side of client records for the portal and web views: clients, their notes, sessions
// and invoices. Each use case runs in one transaction under the actor's row-level security
// context, checks every row against the permission matrix with the row's relation to the actor,
// and appends exactly one audit event (ids only) when it answers with data. A record the actor
// may not see is `not_found`, exactly like one that does not exist.

#include "server/service/records/ClientRecordReader.h"
#include "server/service/records/RecordViews.h"
#include "server/service/tenancy/Actor.h"
#include "shared/core/Result.h"

#include <chrono>
#include <string>
#include <vector>

namespace fitflow::service {

inline constexpr int kMaxPageSize = 200;
inline constexpr int kMaxNamePrefixBytes = 100;
inline constexpr auto kMaxSessionRange = std::chrono::days{93};

class ClientRecordService {
public:
    // `store` must outlive this. Thread-safe when the store is.
    explicit ClientRecordService(ClientRecordStore& store);

    // Errors of every method: `invalid_argument` (with the parameter as path), `not_found`,
    // storage errors.
    Result<std::vector<ClientRow>> listClients(const Actor& actor, const ClientListQuery& query);
    Result<ClientDetail> readClient(const Actor& actor, const std::string& clientId);
    // The client record whose portal login is the actor.
    Result<ClientDetail> readOwnClient(const Actor& actor);

    Result<std::vector<NoteRow>> listNotesAbout(const Actor& actor, const std::string& clientId);
    Result<NoteRow> readNote(const Actor& actor, const std::string& noteId);

    // At most kMaxSessionRange long.
    Result<std::vector<SessionRow>> listSessions(const Actor& actor, const TimeRange& range);

    Result<std::vector<InvoiceRow>> listInvoices(const Actor& actor, const PageRequest& page);
    Result<InvoiceDetail> readInvoice(const Actor& actor, const std::string& invoiceId);

private:
    ClientRecordStore& m_store;
};

} // namespace fitflow::service
